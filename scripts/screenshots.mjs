// Screenshots of the built site on a 360-px phone, for the README's section on design:
//   npm run build:test && npm run screenshots
// Uses Debian's Chromium; Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk),
// which the site itself never loads (it uses the reader's system fonts).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const OUT = 'tests/screenshots';
const SHOTS = [
  ['map', '/map/#by-city-heading'],
  ['map-city', `/map/?city=${encodeURIComponent('朔州市')}#by-city-heading`],
  ['school', '/schools/shanxi-changzhi-weisheng-xuexiao/'],
  ['school-routes', '/schools/shanxi-changzhi-weisheng-xuexiao/#map-heading'],
  ['data', '/data/'],
  ['document-clause', '/policies/opinion-2023/#clause-6'],
];

mkdirSync(OUT, { recursive: true });
const { server, url } = await startServer({ root: 'dist', base: '/', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  for (const [name, path] of SHOTS) {
    await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${OUT}/${name}-360.png` });
    console.log(`${OUT}/${name}-360.png`);
  }
} finally {
  await browser.close();
  server.close();
}
