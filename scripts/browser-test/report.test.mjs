// Opens a claimcheck report in headless Chromium and uses it as a reader would: the index's
// filters, search and sorting, a claim link followed to its document's page, a timeline row, the
// document page's filters and search; no console error, no page error and no content-security-
// policy violation anywhere; no sideways scrolling at 390 px. Saves screenshots of the index and
// of a document page.
//
// Usage: node report.test.mjs REPORT_DIR SCREENSHOT_DIR
// The browser is $CHROMIUM, else /usr/bin/chromium. Opens only file: URLs; nothing else is
// allowed to load (any other request fails the test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [reportDir, shotDir] = process.argv.slice(2);
if (!reportDir || !shotDir) {
  console.error('usage: node report.test.mjs REPORT_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const index = pathToFileURL(path.resolve(reportDir, 'report.html')).href;
fs.mkdirSync(shotDir, { recursive: true });

const problems = [];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  timeout: 60_000,
});
let checks = 0;
function check(name, fn) {
  return fn().then(() => { checks++; console.log('ok   ' + name); },
    (e) => { problems.push(name + ': ' + e.message); console.log('FAIL ' + name + ': ' + e.message); });
}

async function open(url, width = 1280) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') {
      problems.push('console error on ' + page.url() + ': ' + m.text());
    }
  });
  page.on('pageerror', (e) => problems.push('page error on ' + page.url() + ': ' + e.message));
  page.on('dialog', async (d) => { problems.push('a dialog opened: ' + d.message()); await d.dismiss(); });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) {
      problems.push('the page requested ' + r.url());
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function violations(page) {
  return page.evaluate(() => window.__violations);
}

async function visibleRows(page, table) {
  return page.$$eval(table + ' tbody tr', (rows) => rows.filter((r) => r.offsetParent !== null)
    .map((r) => ({ cls: r.className, text: r.textContent })));
}

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

try {
  const page = await open(index);
  let documentUrl = null;

  await check('the index opens with its totals and the claims needing attention', async () => {
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'claimcheck report');
    const rows = await visibleRows(page, '#attention');
    assert.ok(rows.length > 0, 'no claim needing attention is listed');
    assert.ok(rows.some((r) => r.cls === 'row-CONTESTED'), 'no contested claim is listed');
    assert.ok(rows.some((r) => r.cls === 'row-UNSOURCED'), 'no unsourced claim is listed');
  });

  await check('a status filter hides its rows and shows them again', async () => {
    const before = (await visibleRows(page, '#attention')).length;
    await page.click('.filters input[value=UNSOURCED]');
    const after = await visibleRows(page, '#attention');
    assert.ok(after.length > 0 && after.length < before, `rows ${before} → ${after.length}`);
    assert.ok(after.every((r) => r.cls !== 'row-UNSOURCED'), 'an unsourced row is still shown');
    await page.click('.filters input[value=UNSOURCED]');
    assert.equal((await visibleRows(page, '#attention')).length, before);
  });

  await check('search keeps only the rows holding the text', async () => {
    const before = (await visibleRows(page, '#attention')).length;
    await page.type('input.search', 'founded');
    const rows = await visibleRows(page, '#attention');
    assert.ok(rows.length > 0 && rows.length < before, `rows ${before} → ${rows.length}`);
    assert.ok(rows.every((r) => r.text.toLowerCase().includes('founded')));
    assert.match(await page.$eval('#attention-found', (s) => s.textContent), /^\d+ found$/);
    await page.$eval('input.search', (f) => { f.value = ''; f.dispatchEvent(new Event('input')); });
    assert.equal((await visibleRows(page, '#attention')).length, before);
  });

  await check('a header sorts the rows, and again the other way', async () => {
    const dates = async () => page.$$eval('#attention tbody tr', (rows) => rows.map((r) => r.cells[1].textContent));
    const button = await page.$('#attention thead th:nth-child(2) button');
    await button.click();
    const down = await dates();
    assert.deepEqual(down, [...down].sort((a, b) => b.localeCompare(a)));
    await button.click();
    const up = await dates();
    assert.deepEqual(up, [...up].sort((a, b) => a.localeCompare(b)));
    assert.equal(await page.$eval('#attention thead th:nth-child(2)', (th) => th.getAttribute('aria-sort')), 'ascending');
  });

  await check('a claim link leads to the claim on its document page', async () => {
    const href = await page.$eval('#attention tbody tr.row-CONTESTED a', (a) => a.getAttribute('href'));
    assert.match(href, /^report\/doc-[^#]+\.html#c-/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#attention tbody tr.row-CONTESTED a')]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const claim = await page.evaluate((i) => {
      const e = document.getElementById(i);
      return e && { cls: e.className, text: e.textContent };
    }, id);
    assert.ok(claim, 'no element ' + id + ' on ' + page.url());
    assert.match(claim.cls, /claim st-CONTESTED/);
    const badge = await page.evaluate((i) => {
      const b = document.getElementById(i).nextElementSibling;
      return b && b.classList.contains('badge') ? b.textContent : null;
    }, id);
    assert.equal(badge, 'CONTESTED', 'the status is not shown beside the claim');
    documentUrl = page.url().split('#')[0];
    assert.deepEqual(await violations(page), []);
  });

  await check('the index has no CSP violation and no sideways scrolling at 390 px', async () => {
    const fresh = await open(index, 390);
    assert.deepEqual(await violations(fresh), []);
    assert.ok(await overflow(fresh) <= 0, 'scrolls sideways by ' + await overflow(fresh) + ' px');
    await fresh.screenshot({ path: path.join(shotDir, 'index-390.png') });
    await fresh.close();
  });

  await check('a timeline row leads to its claims', async () => {
    const fresh = await open(index);
    const href = await fresh.$eval('.timeline a', (a) => a.getAttribute('href'));
    await Promise.all([fresh.waitForNavigation({ waitUntil: 'load' }), fresh.click('.timeline a')]);
    assert.ok(fresh.url().endsWith(href), fresh.url());
    assert.ok((await visibleRows(fresh, 'table.list')).length > 0, 'the timeline page lists no claim');
    assert.deepEqual(await violations(fresh), []);
    await fresh.close();
  });

  await check('a document page filters and searches its text, without sideways scrolling at 390 px', async () => {
    assert.ok(documentUrl, 'no document page was reached');
    const doc = await open(documentUrl);
    const shown = async () => doc.$$eval('.doc .body > p', (ps) => ps.filter((p) => p.offsetParent !== null).length);
    const all = await shown();
    const word = await doc.$eval('.doc .body > p .claim', (c) => c.textContent.trim().split(/\s+/).pop()
      .replace(/[^\p{L}\p{N}]/gu, ''));
    await doc.type('input.search', word);
    const hits = await shown();
    assert.ok(hits >= 1 && hits <= all, `paragraphs ${all} → ${hits}`);
    await doc.$eval('input.search', (f) => { f.value = ''; f.dispatchEvent(new Event('input')); });
    const status = await doc.$eval('.filters input', (b) => b.value);
    await doc.click('.filters input');
    assert.ok(await doc.$eval('body', (b, s) => b.classList.contains('hide-' + s), status));
    const colour = await doc.$eval('.claim.st-' + status, (c) => getComputedStyle(c).backgroundColor);
    assert.equal(colour, 'rgba(0, 0, 0, 0)', 'a hidden status keeps its highlight');
    await doc.click('.filters input');
    await doc.screenshot({ path: path.join(shotDir, 'document.png') });
    await doc.setViewport({ width: 390, height: 844 });
    assert.ok(await overflow(doc) <= 0, 'scrolls sideways by ' + await overflow(doc) + ' px');
    assert.deepEqual(await violations(doc), []);
    await doc.close();
  });

  await check('every list page opens without errors and fits 390 px', async () => {
    const folder = path.resolve(reportDir, 'report');
    const lists = fs.readdirSync(folder).filter((f) => !f.startsWith('doc-')).slice(0, 20);
    assert.ok(lists.length > 0);
    for (const f of lists) {
      const p = await open(pathToFileURL(path.join(folder, f)).href, 390);
      assert.deepEqual(await violations(p), [], f);
      assert.ok(await overflow(p) <= 0, f + ' scrolls sideways by ' + await overflow(p) + ' px');
      await p.close();
    }
  });

  await check('article markup stays text', async () => {
    const folder = path.resolve(reportDir, 'report');
    for (const f of fs.readdirSync(folder).filter((n) => n.startsWith('doc-'))) {
      const html = fs.readFileSync(path.join(folder, f), 'utf8');
      if (html.includes('&lt;script&gt;alert(')) {
        const p = await open(pathToFileURL(path.join(folder, f)).href);
        assert.equal(await p.$$eval('script', (s) => s.length), 1, 'a second script element on ' + f);
        assert.ok((await p.$eval('body', (b) => b.textContent)).includes('<script>alert('));
        assert.deepEqual(await violations(p), []);
        await p.close();
        return;
      }
    }
    throw new Error('no document page holds the fixture with a script in its text');
  });

  await page.goto(index, { waitUntil: 'load' });
  await page.setViewport({ width: 1280, height: 1000 });
  await page.screenshot({ path: path.join(shotDir, 'index.png') });
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n` + problems.map((p) => '  ' + p).join('\n'));
  process.exit(1);
}
console.log(`\nall ${checks} checks passed; screenshots in ${shotDir}`);
