// Times how long a page takes to open in headless Chromium: DOMContentLoaded and load, from
// navigation start, over several loads (the first one warms the browser and is not counted).
// Usage: node load-time.mjs FILE [RUNS]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const url = pathToFileURL(path.resolve(file)).href;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const t = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    await page.close();
    if (i > 0) {
      times.push(t);
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${file}: DOMContentLoaded median ${median(times.map((t) => t.dcl)).toFixed(0)} ms, `
    + `max ${Math.max(...times.map((t) => t.dcl)).toFixed(0)} ms; load median `
    + `${median(times.map((t) => t.load)).toFixed(0)} ms (${runs} loads)`);
} finally {
  await browser.close();
}
