// Every list view on a phone (390 × 844), on the release build: the results
// come first, the filters wait in a drawer that says how many are on, the
// "N of M" line and "Clear all" stay in view, touch targets are 44 px, and
// nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, siteUrl, axeViolations } from './browser.mjs';

const PHONE = { width: 390, height: 844 };
// What a person came for on each view: its first result.
const FIRST_RESULT = {
  '#/claims': '.claim-row',
  '#/compare': 'table.contested',
  '#/diplomacy': '.event-card',
  '#/map': '.map-svg',
  '#/sources': '.source-card',
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function phone(hash, { scheme = 'light', audit = false } = {}) {
  const page = await browser.newPage({ viewport: PHONE, colorScheme: scheme, bypassCSP: audit, hasTouch: true });
  await page.goto(siteUrl(hash));
  await page.waitForSelector('main[data-route]');
  return page;
}

/** Top and bottom of the first element matching `selector`, in CSS px from the page's top. */
async function box(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height };
  });
}

for (const [hash, first] of Object.entries(FIRST_RESULT)) {
  test(`${hash} at 390 px: the first result and "N of M" are on the first screen, nothing scrolls sideways`, async () => {
    const page = await phone(hash);
    const result = await box(page, first);
    assert.ok(result.top < PHONE.height, `${first} starts ${result.top} px down`);
    const count = await box(page, '.results-bar .result-count');
    assert.ok(count.bottom <= PHONE.height, `"N of M" ends ${count.bottom} px down`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${hash} is ${width} px wide`);
    await page.close();
  });
}

test('at 390 px every control is at least 44 px tall, in the page and in the open drawer', async () => {
  for (const hash of Object.keys(FIRST_RESULT)) {
    const page = await phone(hash);
    if (await page.locator('.filters-toggle').count()) await page.locator('.filters-toggle').click();
    const small = await page.evaluate(() => {
      const controls = document.querySelectorAll(
        'button, select, input:not([type=checkbox]), summary, .site-header a, .facet li label');
      return [...controls]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 30)}” ${el.getBoundingClientRect().height}px`);
    });
    assert.deepEqual(small, [], `${hash}: controls under 44 px`);
    await page.close();
  }
});

test('the Filters drawer: hidden until asked, ticking a side narrows the list and the count follows', async () => {
  const page = await phone('#/claims');
  const nOfM = async () => (await page.textContent('#result-count')).match(/\d+/g).map(Number);
  const [all] = await nOfM();
  assert.equal(await page.isVisible('#claims-search'), false, 'the filters wait in the drawer');
  assert.equal(await page.textContent('.filters-toggle'), 'Filters');
  await page.locator('.filters-toggle').click();
  assert.equal(await page.isVisible('#claims-search'), true, 'the drawer shows the filters');
  const drawer = await box(page, '#filter-drawer');
  assert.ok(drawer.height >= PHONE.height - 1, `the drawer covers the screen (${drawer.height} px)`);
  await page.locator('#filter-drawer label[for="facet-side-armenia"]').click();
  await page.waitForFunction(() => location.hash.includes('side=armenia'));
  assert.equal(await page.textContent('#filter-drawer .drawer-title'), 'Filters (1)');
  const [shown] = await nOfM();
  assert.ok(shown < all, `${shown} of ${all} after ticking Armenia`);
  assert.equal(await page.textContent('#filter-drawer .drawer-close'), `Show ${shown} claims`);
  await page.locator('#filter-drawer .drawer-close').click();
  assert.equal(await page.isVisible('#claims-search'), false, 'closed again');
  assert.equal(await page.textContent('.filters-toggle'), 'Filters (1)');
  const sides = await page.$$eval('.claim-row .badge.side', (bs) => [...new Set(bs.map((b) => b.textContent))]);
  assert.deepEqual(sides, ['Armenia']);
  await page.close();
});

test('scrolled down a phone, "N of M", Filters and Clear all stay at the top', async () => {
  const page = await phone('#/claims?side=azerbaijan');
  await page.evaluate(() => scrollTo(0, 3000));
  const bar = await page.locator('.results-bar').evaluate((el) => el.getBoundingClientRect().toJSON());
  assert.ok(bar.top >= 0 && bar.bottom < 200, `the bar is at ${bar.top}–${bar.bottom}`);
  await page.locator('.results-bar .clear-all').click();
  await page.waitForFunction(() => !location.hash.includes('side='));
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG A or AA violation on the claims view at 390 px with the drawer open (${scheme})`, async () => {
    const page = await phone('#/claims', { scheme, audit: true });
    await page.locator('.filters-toggle').click();
    await page.locator('.claim-row .cite-toggle').first().evaluate((b) => b.click());
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}
