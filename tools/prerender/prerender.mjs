// Prerenders the claims list into the built site, so that a first visit reads
// it before the wasm has arrived (a static page's first render).
//
//   node tools/prerender/prerender.mjs [DIST]     # default: dist/
//
// It opens the single-file build (DIST/karabakh-explorer.html) from disk in
// headless Chromium, kept offline, waits until the app has rendered the
// claims list, and takes the nodes the app added to <body>: the app's own
// markup, so nothing here restates a view. It writes them, inert and without
// the `data-route` that tests and tools wait for, between the
// `<!-- prerendered: begin -->` and `<!-- prerendered: end -->` markers of
// DIST/index.html and DIST/karabakh-explorer.html; running it again replaces
// what it wrote before. No script is added, so the pages' Content-Security-
// Policy still holds. The block goes when the app mounts (Yew empties <body>,
// then renders in the same task: src/main.rs); index.html's first script
// hides it when the address asks for another view.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = resolve(process.argv[2] || join(root, 'dist'));
const pages = ['index.html', 'karabakh-explorer.html'].map((f) => join(dist, f));
const BEGIN = '<!-- prerendered: begin -->';
const END = '<!-- prerendered: end -->';
const NOTE = 'Starting the explorer…';

function fail(message) {
  console.error(`prerender: error: ${message}`);
  process.exit(1);
}

for (const p of pages) if (!existsSync(p)) fail(`${p} is missing: build the site first`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--proxy-server=http://127.0.0.1:9'],
});
let markup;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Before any script of the page: mark what <body> holds of its own
  // (<noscript>, #fatal-error, a previous prerendered block), so that what
  // the app adds can be told apart.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const n of document.body.childNodes) n.__fromHtml = true;
    });
  });
  await page.goto(pathToFileURL(pages[1]).href + '#/claims');
  await page.waitForSelector('main[data-route="claims"] .claim-list li', { timeout: 60000 });
  // Let the effects of the first render settle: two frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (errors.length) fail(`the page reported errors: ${errors.join('; ')}`);
  markup = await page.evaluate(() => {
    const nodes = [...document.body.childNodes].filter((n) => !n.__fromHtml && n.nodeType === Node.ELEMENT_NODE);
    const copy = nodes.map((n) => n.cloneNode(true));
    for (const n of copy) {
      for (const el of [n, ...n.querySelectorAll('[data-route]')]) el.removeAttribute?.('data-route');
    }
    return copy.map((n) => n.outerHTML).join('');
  });
} finally {
  await browser.close();
}
if (!markup.includes('claim-list')) fail('the captured page holds no claims list');

// The note stands outside the inert block, which is also hidden from
// assistive technology, so that a screen reader can announce it.
const block = `${BEGIN}<div id="prerendered" inert>${markup}</div>` +
  `<p class="prerender-note" role="status">${NOTE}</p>${END}`;
for (const p of pages) {
  const html = readFileSync(p, 'utf8');
  const start = html.indexOf(BEGIN);
  const end = html.indexOf(END, start);
  if (start < 0 || end < 0) fail(`${p} has no ${BEGIN} … ${END} markers (see index.html)`);
  writeFileSync(p, html.slice(0, start) + block + html.slice(end + END.length));
}
console.error(`prerender: wrote the claims list (${(markup.length / 1024).toFixed(0)} KiB of markup) into ${pages.join(' and ')}`);
