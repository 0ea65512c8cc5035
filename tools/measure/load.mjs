// Measures loading a large dataset file in headless Chromium, on the release
// build (served dist/ or the offline file): how long until the new data is
// shown, how the progress bar moved, and how long the page took to answer a
// click on a view tab made every 50 ms throughout the load.
//
//   node tools/measure/load.mjs big.json [URL]
//
// URL defaults to the offline file (dist/karabakh-explorer.html); a served
// site is e.g. http://127.0.0.1:8080/. Not a test: it prints figures for
// README.md's performance section.
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join, basename } from 'node:path';
import { chromium } from 'playwright-core';

const [file, url] = process.argv.slice(2);
if (!file) throw new Error('usage: node tools/measure/load.mjs big.json [URL]');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = (url || pathToFileURL(join(root, 'dist', 'karabakh-explorer.html')).href) + '#/claims';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-dev-shm-usage', '--proxy-server=http://127.0.0.1:9'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const requests = [];
page.on('request', (r) => requests.push(r.url()));
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(target);
await page.waitForSelector('main[data-route]');
const firstVisit = requests.filter((u) => /loader/.test(u));

// In the page: each click's delay (from the input's time stamp to its
// handler) and, from the Event Timing API, its duration to the next paint.
await page.evaluate(() => {
  window.__delays = [];
  window.__durations = [];
  document.addEventListener('click', (e) => window.__delays.push(performance.now() - e.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') window.__durations.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: false });
  window.__bar = [];
  new MutationObserver(() => {
    const p = document.querySelector('#load-progress');
    if (p) window.__bar.push([Math.round(performance.now()), Number(p.getAttribute('value')), document.querySelector('.load-progress label')?.textContent]);
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
});

// The Claims tab (the view shown) and the dataset panel's summary, which
// opens and closes it: neither starts another view's own work.
const boxes = [await page.getByRole('link', { name: 'Claims', exact: true }).boundingBox(),
  await page.locator('#dataset-which').boundingBox()];

const t0 = Date.now();
await page.setInputFiles('#dataset-file', file);
let clicks = 0;
let done = false;
// Done when the panel names the file (a build without a progress bar too),
// or refuses it.
const finished = page.waitForFunction((name) => document.querySelector('.notice.refused')
  || (document.querySelector('#dataset-which')?.textContent || '').includes(name), basename(file),
{ timeout: 120000, polling: 20 }).then(() => { done = true; });
while (!done) {
  const b = boxes[clicks % 2];
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  clicks++;
  await new Promise((r) => setTimeout(r, 50));
}
await finished;
const elapsed = Date.now() - t0;
const result = await page.evaluate(() => ({
  long: window.__long,
  delays: window.__delays, durations: window.__durations, bar: window.__bar,
  which: document.querySelector('#dataset-which')?.textContent,
  refused: document.querySelector('.notice.refused')?.textContent,
}));
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1) : '-');
  return `n=${s.length} median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${s.length ? s[s.length - 1].toFixed(1) : '-'} ms`;
};
console.log(`file: ${basename(file)}; page: ${url ? 'served' : 'offline file'}`);
console.log(`loader requested on first visit: ${firstVisit.length ? firstVisit.join(', ') : 'nothing'}`);
console.log(`load, from choosing the file to the data shown: ${elapsed} ms`);
console.log(`click delay (input to handler): ${stats(result.delays)}`);
console.log(`click duration to next paint, over 16 ms (Event Timing): ${stats(result.durations)}`);
const steps = [...new Set(result.bar.map((b) => b[2]))];
console.log(`progress bar: ${result.bar.length} updates, values ${result.bar.map((b) => b[1]).filter((v, i, a) => v !== a[i - 1]).join(' ')}`);
const start = result.bar.length ? result.bar[0][0] : (result.long.length ? result.long[0][0] : 0);
const firstAt = steps.filter((l) => l).map((l) => `${Math.round(result.bar.find((b) => b[2] === l)[0] - start)} ms ${(l || '').replace(/^Load(ing|ed) “[^”]*”: /, '')}`);
console.log(`long tasks (start from the first bar, duration): ${result.long.filter((t) => t[0] >= start - 200).map((t) => `${t[0] - start}+${t[1]}`).join(' ')}`);
console.log(`steps, from the first bar: ${firstAt.join(' | ')}`);
console.log(`dataset: ${result.which || ''}${result.refused ? ` REFUSED: ${result.refused}` : ''}`);
if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
await browser.close();
