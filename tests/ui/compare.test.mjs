// The side-by-side view on the release build, as a reader sees it: its
// length, the chart's colours and points, opening a row in place, the
// filters, a phone's width, and axe-core in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, pageSize } from './browser.mjs';

// Counted from data/records by hand (an independent script, not the app's
// code): they change when the data does.
const EXPECTED_POINTS = 12;
const EXPECTED_ALL = { rows: 13, lines: 56 };
const EXPECTED_CASUALTIES = { rows: 7, lines: 17 };
const EXPECTED_CONTESTED = { rows: 2, lines: 5 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('at 1280 × 900 the view is at most six screens tall and does not scroll sideways', async () => {
  const page = await open(browser, '#/compare');
  const { height, width } = await pageSize(page);
  assert.ok(height <= 5400, `#/compare is ${height} px tall`);
  assert.ok(width <= 1280, `#/compare is ${width} px wide`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('at 390 px nothing scrolls sideways', async () => {
  const page = await open(browser, '#/compare', { width: 390 });
  const { width } = await pageSize(page);
  assert.ok(width <= 390, `#/compare is ${width} px wide at 390`);
  await page.close();
});

test("the Armenian side's markers and Azerbaijan's never share a colour, nor the link colour", async () => {
  const page = await open(browser, '#/compare');
  const colours = await page.evaluate(() => {
    const of = (sel) => [...document.querySelectorAll(sel)].map((m) => getComputedStyle(m).stroke);
    const link = getComputedStyle(document.querySelector('a')).color;
    return { armenian: of('.series-armenian .marker'), azerbaijani: of('.series-azerbaijani .marker'), link };
  });
  assert.ok(colours.armenian.length > 0 && colours.azerbaijani.length > 0, JSON.stringify(colours));
  const am = new Set(colours.armenian);
  const az = new Set(colours.azerbaijani);
  assert.equal(am.size, 1, `Armenian markers in several colours: ${[...am]}`);
  assert.equal(az.size, 1, `Azerbaijani markers in several colours: ${[...az]}`);
  assert.notEqual([...am][0], [...az][0]);
  assert.ok(!am.has(colours.link) && !az.has(colours.link), `a marker is in the link colour ${colours.link}`);
  await page.close();
});

test('the chart draws one point per fact, naming its other reports', async () => {
  const page = await open(browser, '#/compare');
  const points = await page.$$eval('.chart-point', (as) => as.map((a) => a.dataset.recordId));
  // The killed and wounded figures of either side, one per same_fact cluster.
  assert.equal(points.length, EXPECTED_POINTS);
  const rows = await page.$$eval('.chart-table tbody tr', (trs) => trs.length);
  assert.equal(rows, EXPECTED_POINTS, 'the data table lists the same points');
  await page.close();
});

test('opening a row shows its quote in place and writes it into the URL', async () => {
  const page = await open(browser, '#/compare');
  const line = page.locator('.claim-line').first();
  const id = await line.getAttribute('data-record-id');
  assert.equal(await line.locator('.line-details .quote').isVisible(), false, 'closed by default');
  await line.locator('.line-toggle').click();
  await page.waitForFunction((id) => location.hash.includes(`open=${id}`), id);
  assert.equal(await line.locator('.line-details .quote').isVisible(), true, 'open');
  const quote = await line.locator('.line-details .quote').textContent();
  assert.ok(quote.length > 20, quote);
  assert.equal(await line.locator('.line-toggle').getAttribute('aria-expanded'), 'true');
  // The link keeps it open.
  const again = await open(browser, `#/compare?open=${id}`);
  assert.equal(await again.locator(`.claim-line[data-record-id="${id}"] .line-details .quote`).textContent(), quote);
  await again.close();
  await page.close();
});

test('the filters and "Only contested" narrow the rows', async () => {
  const rows = async (hash) => {
    const page = await open(browser, hash);
    const n = await page.locator('.compare-row:not(.compare-head)').count();
    // The lines a reader sees: statements by others stay folded.
    const lines = await page.$$eval('.claim-line', (ls) => ls.filter((l) => l.offsetParent !== null).length);
    await page.close();
    return { rows: n, lines };
  };
  const all = await rows('#/compare');
  const casualties = await rows('#/compare?category=casualties');
  const contested = await rows('#/compare?contested=1');
  assert.deepEqual(all, EXPECTED_ALL);
  assert.deepEqual(casualties, EXPECTED_CASUALTIES);
  assert.deepEqual(contested, EXPECTED_CONTESTED);
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG A or AA violation on #/compare in the ${scheme} theme`, async () => {
    const page = await open(browser, '#/compare?contested=1', { scheme, audit: true });
    await page.locator('.claim-line .line-toggle').first().click();
    await page.locator('#all-others').click();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}
