// Shared by the UI tests (tests/ui/*.test.mjs, run with `node --test`):
// headless Chromium, kept offline, on the single-file build opened from disk,
// with axe-core at hand for accessibility checks.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const offline = join(root, 'dist', 'karabakh-explorer.html');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The offline file's URL with `hash` (e.g. "#/compare"). */
export function siteUrl(hash) {
  if (!existsSync(offline)) throw new Error(`${offline} is missing: build the site first (bash scripts/test.sh)`);
  return pathToFileURL(offline).href + hash;
}

/** A headless Chromium that can reach nothing but loopback. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--proxy-server=http://127.0.0.1:9'],
  });
}

/**
 * A page of `width` × 900 px in `scheme` ("light" or "dark"), opened at `hash`,
 * rendered. `audit` lets axe-core's script past the page's Content-Security-Policy.
 */
export async function open(browser, hash, { width = 1280, scheme = 'light', audit = false } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: audit });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(siteUrl(hash));
  await page.waitForSelector('main[data-route]');
  page.errors = errors;
  return page;
}

/** axe-core's WCAG 2.x A and AA violations on the page, as "rule: target" lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary.split('\n')[1] || ''})`));
}

/** The document's height and width in CSS pixels. */
export async function pageSize(page) {
  return page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
}

/**
 * dist/ over http on 127.0.0.1 (the served site, beside the offline file the
 * other helpers open): `{ url(hash), close() }`.
 */
export async function serveDist() {
  const { createServer } = await import('node:http');
  const dist = join(root, 'dist');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(dist, path === '/' ? 'index.html' : path.slice(1));
    if (path.includes('..') || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return { url: (hash) => base + hash, close: () => new Promise((r) => server.close(r)) };
}
