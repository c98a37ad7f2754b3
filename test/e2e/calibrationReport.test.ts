import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { calibrationReportHtml } from '../../packages/sim/src/report/calibrationReportHtml.js';
import type { CalibrationResults } from '../../packages/sim/src/calibration/CalibrationResults.js';
import { repositoryRoot as root, screenshotDirectory } from './describeViewer.js';

// The shipped calibration report (calibration/result/calibration.html) is the report of the shipped
// calibration.json and DATA file: rendered again here, it must be the same text, and no table may push the page past
// the window's right edge (issue 18: the parameter table was cut at the right edge).
it('calibration.html is the report of calibration.json, and its tables fit the window at 1280, 1024 and 390 px', async () => {
  const results = JSON.parse(await readFile(`${root}calibration/result/calibration.json`, 'utf8')) as CalibrationResults;
  const html = calibrationReportHtml(results, await readFile(`${root}calibration/sts-series.yaml`, 'utf8'));
  expect(await readFile(`${root}calibration/result/calibration.html`, 'utf8')).toBe(html);
  await mkdir(screenshotDirectory, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env['RTSIM_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const [width, height] of [[1280, 900], [1024, 768], [390, 844]] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.setContent(html);
      const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(sizes.scroll, `${width} px`).toBeLessThanOrEqual(sizes.client);
      if (width === 1024) await page.locator('section').first().screenshot({ path: `${screenshotDirectory}/calibration-parameters-1024.png` });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
