// The map and the time axes on the release build, as a reader uses them:
// dragging across an axis sets the dates, the arrow keys move between marks,
// the map is keyboard-usable and accessible, and nothing is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Drags across `selector`'s middle, from `a` to `b` (fractions of its width). */
async function drag(page, selector, a, b) {
  const box = await page.locator(selector).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * a, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((a + b) / 2), y);
  await page.mouse.move(box.x + box.width * b, y);
  await page.mouse.up();
}

test('dragging across the diplomacy axis sets its dates in the URL and narrows the events', async () => {
  const page = await open(browser, '#/diplomacy');
  const before = await page.locator('.event-card').count();
  await drag(page, '.event-axis > svg', 0.45, 0.7);
  await page.waitForFunction(() => /from=2020-\d\d-\d\d&to=2020-\d\d-\d\d/.test(location.hash));
  const after = await page.locator('.event-card').count();
  assert.ok(after > 0 && after < before, `${after} of ${before} events after brushing`);
  assert.equal(await page.inputValue('#events-from') !== '', true);
  await page.close();
});

test('dragging across the claims histogram sets the claims dates', async () => {
  const page = await open(browser, '#/claims');
  await drag(page, '.claims-histogram > svg', 0.2, 0.5);
  await page.waitForFunction(() => /#\/claims\?from=2020-\d\d-\d\d&to=2020-\d\d-\d\d/.test(location.hash));
  const from = await page.inputValue('#date-from');
  assert.match(from, /^2020-(09|10)-\d\d$/);
  await page.close();
});

test('on the event axis the arrow keys move between marks and Enter opens the event', async () => {
  const page = await open(browser, '#/diplomacy');
  const first = page.locator('.event-mark[tabindex="0"]');
  await first.focus();
  const id0 = await page.evaluate(() => document.activeElement.dataset.recordId);
  await page.keyboard.press('ArrowRight');
  const id1 = await page.evaluate(() => document.activeElement.dataset.recordId);
  assert.notEqual(id1, id0);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.recordId), id0);
  await page.keyboard.press('Enter');
  const card = await page.evaluate(() => [document.activeElement.className, document.activeElement.dataset.recordId]);
  assert.deepEqual(card, [card[0], id0]);
  assert.match(card[0], /event-card/);
  await page.close();
});

test('on the map the arrow keys move between places and Enter chooses one', async () => {
  const page = await open(browser, '#/map');
  await page.locator('.map-svg.overview .place-mark[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  const place = await page.evaluate(() => document.activeElement.dataset.place);
  assert.ok(place);
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => location.hash.includes(`place=${p}`), place);
  await page.close();
});

test('the map makes no request: its outlines are in the bundle', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const { siteUrl } = await import('./browser.mjs');
  await page.goto(siteUrl('#/map'));
  await page.waitForSelector('.map-svg .country');
  assert.ok(await page.locator('.map-svg.overview .country').count() >= 3);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  for (const route of ['#/map?place=stepanakert', '#/diplomacy']) {
    test(`axe-core finds no WCAG A or AA violation on ${route} in the ${scheme} theme`, async () => {
      const page = await open(browser, route, { scheme, audit: true });
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
}
