import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../sim/inProcessCli.js';
import { repositoryRoot as root, screenshotDirectory } from './describeViewer.js';

// report.html on a phone (audit 41): the page must not scroll sideways (the header's library hash widened it to
// 759 px at 390), and charts keep their drawn size, so their text stays legible, scrolling in their own box instead.
const directory = mkdtempSync(join(tmpdir(), 'rtsim-report-layout-'));
let browser: Browser;
const reports = new Map<string, string>();

beforeAll(async () => {
  const run = inProcessCli(directory);
  // default: the header, the arms, the LC chart and the forest plot; local-control-over-time: the stratum charts' grid.
  for (const name of ['default', 'local-control-over-time']) {
    const result = await run('run', `${root}scenarios/${name}.yaml`, '--patients', '600', '--workers', '0', '--out', name);
    expect(result.status, result.stderr).toBe(0);
    reports.set(name, readFileSync(join(directory, name, 'report.html'), 'utf8'));
  }
  await mkdir(screenshotDirectory, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env['RTSIM_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The page's sideways overflow (document scroll width − client width, CSS px) and, per chart, its drawn and designed width and its box's overflow. */
const measure = (page: Page) =>
  page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    charts: [...document.querySelectorAll('svg')].map((svg) => {
      const box = svg.parentElement as HTMLElement;
      return { drawn: svg.getBoundingClientRect().width, designed: Number(svg.getAttribute('width')), boxClass: box.className, boxOverflow: box.scrollWidth - box.clientWidth };
    }),
  }));

async function open(name: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  await page.setContent(reports.get(name) ?? '');
  return page;
}

describe('report.html layout', () => {
  for (const name of ['default', 'local-control-over-time']) {
    it(`${name}: at 390 px the document is no wider than the window, and every chart keeps its drawn width in a box that scrolls`, async () => {
      const page = await open(name, 390);
      const { overflow, charts } = await measure(page);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(charts.filter((chart) => chart.designed > 358).length).toBeGreaterThan(2);
      for (const chart of charts) {
        expect(chart.boxClass).toBe('chart-scroll');
        expect(chart.drawn).toBeCloseTo(chart.designed, 0);
        // A chart wider than the 358 px column (390 − 2 × 16 px padding) scrolls in its box by the difference.
        expect(chart.boxOverflow).toBeCloseTo(Math.max(0, chart.designed - 358), 0);
      }
      await page.screenshot({ path: `${screenshotDirectory}/report-${name}-390.png`, fullPage: true });
      await page.close();
    });

    it(`${name}: at 1280 px no chart box scrolls and the page fits`, async () => {
      const page = await open(name, 1280);
      const { overflow, charts } = await measure(page);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const chart of charts) {
        expect(chart.drawn).toBeCloseTo(chart.designed, 0);
        expect(chart.boxOverflow).toBe(0);
      }
      await page.close();
    });
  }
});
