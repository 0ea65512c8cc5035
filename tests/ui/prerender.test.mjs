// The prerendered claims list (tools/prerender): on the served site, before
// the wasm has arrived, a visitor reads the first page of claims, which
// nothing can be clicked or typed into and which says the explorer is
// starting; when the app mounts, its own list replaces it, showing the same
// claims, with one of everything on the page. An address for another view
// never shows it, and without JavaScript it is what a reader gets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, siteUrl } from './browser.mjs';

const PAGE = 25; // claims on a page of the list

let browser;
let site;
before(async () => { browser = await launch(); site = await serveDist(); });
// The browser first: a held request keeps its connection, and the server waits for it.
after(async () => { await browser.close(); await site.close(); });

/** A page at `hash` whose wasm request waits until `release()` is called. */
async function withWasmHeld(hash) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(site.url(hash));
  return { page, release };
}

/** The text of every node of `role` that assistive technology is given. */
async function announced(page, role) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n) => (n.role?.value === 'StaticText' ? n.name?.value || ''
    : (n.childIds || []).map((id) => byId.get(id)).filter(Boolean).map(text).join(''));
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map(text);
}

/** What a person sees of the list: each visible claim's summary. */
function summaries(page) {
  return page.$$eval('.claim-list .claim-card .summary', (els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent.trim()));
}

test('before the wasm arrives, the claims list is on screen, read-only, and says the explorer is starting', async () => {
  const { page, release } = await withWasmHeld('#/claims');
  await page.waitForSelector('#prerendered .claim-list li', { state: 'visible' });
  const shown = await summaries(page);
  assert.equal(shown.length, PAGE);
  assert.equal(await page.locator('main[data-route]').count(), 0, 'the app has not mounted yet');
  assert.match(await page.locator('#prerendered').innerText(), /114 of 114 claims shown/);
  // Shown, and announced: the note is outside the inert block, which
  // assistive technology does not see (Chromium's accessibility tree).
  assert.deepEqual(await announced(page, 'status'), ['Starting the explorer…']);
  assert.ok(await page.locator('.prerender-note').isVisible(), '"Starting the explorer…" is shown');
  // Inert: a click on the search box neither focuses it nor lets typing in.
  await page.click('#claims-search', { force: true });
  await page.keyboard.type('Ganja');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await page.inputValue('#claims-search'), '');

  release();
  await page.waitForSelector('main[data-route="claims"]');
  assert.equal(await page.locator('#prerendered').count(), 0, 'the prerendered block is gone');
  for (const one of ['main', '.claim-list', '#claims-search', '.site-header']) {
    assert.equal(await page.locator(one).count(), 1, `one ${one}`);
  }
  assert.deepEqual(await summaries(page), shown, 'the app shows the claims the prerendered list showed');
  await page.close();
});

test('an address for another view never shows the prerendered claims', async () => {
  const { page, release } = await withWasmHeld('#/diplomacy');
  await page.waitForSelector('#prerendered', { state: 'attached' });
  assert.equal(await page.locator('#prerendered .claim-list').isVisible(), false);
  assert.equal(await page.locator('.prerender-note').isVisible(), false);
  release();
  await page.waitForSelector('main[data-route="diplomacy"]');
  assert.equal(await page.locator('.claim-list').count(), 0);
  await page.close();
});

test('without JavaScript, the offline file still shows the first page of claims and says why the rest is missing', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(siteUrl('#/claims'));
  assert.equal((await summaries(page)).length, PAGE);
  assert.ok(await page.locator('.noscript').isVisible(), 'the page says it needs JavaScript');
  assert.equal(await page.locator('.prerender-note').isVisible(), false, 'no "Starting…" when nothing will start');
  await context.close();
});
