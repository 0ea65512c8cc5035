// Every view on paper, on the release build: no navigation or controls, the
// active filters as one line at the top, every quote with its source and
// date, links as record ids, the chart readable in black and white, and
// #/compare in two columns on at most 15 A4 pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

const ROUTES = ['#/claims', '#/compare', '#/diplomacy', '#/map', '#/sources', '#/record/c-004-aliyev-10-civilians-killed'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

async function printed(hash) {
  const page = await open(browser, hash);
  await page.emulateMedia({ media: 'print' });
  return page;
}

test('#/compare prints on at most 15 A4 pages, in two columns', async () => {
  const page = await open(browser, '#/compare');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pageCount(pdf);
  assert.ok(pages >= 2 && pages <= 15, `#/compare prints on ${pages} A4 pages`);
  await page.emulateMedia({ media: 'print' });
  const columns = await page.$eval('.compare-row:not(.compare-head)', (r) => getComputedStyle(r).gridTemplateColumns.split(' ').length);
  assert.equal(columns, 3, 'a date, then the two sides side by side');
  await page.close();
});

for (const hash of ROUTES) {
  test(`${hash} on paper: no navigation or controls, the filters on one line at the top`, async () => {
    const page = await printed(hash);
    const seen = await page.evaluate(() => {
      const visible = (el) => el.checkVisibility({ visibilityProperty: true });
      return {
        nav: [...document.querySelectorAll('nav, .site-header')].filter(visible).length,
        controls: [...document.querySelectorAll('button:not(.line-toggle), input, select, textarea')].filter(visible)
          .map((el) => `${el.tagName} ${el.className} ${el.textContent.trim().slice(0, 30)}`),
        heading: visible(document.querySelector('.print-heading')) ? document.querySelector('.print-heading').textContent : null,
        first: document.querySelector('.print-heading')?.getBoundingClientRect().top ?? null,
      };
    });
    assert.equal(seen.nav, 0, 'no navigation');
    assert.deepEqual(seen.controls, [], 'no controls');
    assert.ok(seen.heading && seen.heading.includes('Filters: '), `the heading: ${seen.heading}`);
    assert.ok(seen.first < 60, `the heading is at the top (${seen.first} px)`);
    await page.close();
  });
}

test('the filters print in words, on one line', async () => {
  const page = await printed('#/claims?side=armenia&category=casualties&q=killed');
  const heading = await page.textContent('.print-heading');
  assert.match(heading, /Filters: Side: Armenia; Category: casualties; Text: “killed”/);
  const lines = await page.$eval('.print-heading', (p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
  assert.equal(lines, 1);
  await page.close();
});

test('on paper every claim of #/compare shows its quote in full with its source and date, and links show record ids', async () => {
  const page = await printed('#/compare');
  const lines = await page.$$eval('.compare-row .claim-line', (ls) => ls.map((l) => ({
    id: l.dataset.recordId,
    quote: l.querySelector('.quote').checkVisibility(),
    source: l.querySelector('.source-link')?.checkVisibility() ?? false,
    date: l.querySelector('.line-source time')?.checkVisibility() ?? false,
    link: getComputedStyle(l.querySelector('a.details'), '::after').content,
  })));
  assert.ok(lines.length > 50, `${lines.length} lines`);
  for (const l of lines) {
    assert.ok(l.quote && l.source && l.date, `${l.id}: quote ${l.quote}, source ${l.source}, date ${l.date}`);
    assert.ok(l.link.includes(l.id), `${l.id}'s link prints as ${l.link}`);
  }
  await page.close();
});

test('the chart on paper: every series black, told apart by marker shape and dash', async () => {
  const page = await printed('#/compare');
  const items = await page.$$eval('.chart-legend .legend-item', (lis) => lis.map((li) => {
    const mark = li.querySelector('.marker');
    return {
      colour: getComputedStyle(li).color,
      look: `${mark.tagName} ${mark.getAttribute('class')} ${li.querySelector('line').getAttribute('stroke-dasharray') || 'solid'}`,
    };
  }));
  assert.ok(items.length >= 2, `${items.length} series`);
  assert.deepEqual([...new Set(items.map((i) => i.colour))], ['rgb(0, 0, 0)']);
  assert.equal(new Set(items.map((i) => i.look)).size, items.length, JSON.stringify(items.map((i) => i.look)));
  await page.close();
});
