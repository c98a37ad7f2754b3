import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeViewer, screenshotDirectory as screenshots } from './describeViewer.js';

/** The two classroom screens of issue 18: a projector at 1024×768 with Large text, and a phone at 390×844 (CSS px). */
const screens = [
  { name: 'projector', width: 1024, height: 768, large: true },
  { name: 'phone', width: 390, height: 844, large: false },
] as const;

/** Page-level horizontal overflow in CSS px (scrollWidth − clientWidth of the scrolling element): 0 when the page never scrolls sideways. */
const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** Every chart text drawn smaller than 12 px (computed font size), as `font-size px: text`; empty when none is. */
const smallChartText = (page: Page): Promise<string[]> =>
  page.$$eval('svg text', (texts) => texts
    .filter((t) => t.getClientRects().length > 0)
    .map((t) => ({ size: Number.parseFloat(getComputedStyle(t).fontSize), text: t.textContent ?? '' }))
    .filter((t) => !(t.size >= 12))
    .map((t) => `${t.size} px: ${t.text}`));

describeViewer('projector and phone layout', ({ problems, open }) => {
  for (const screen of screens) {
    it(`${screen.name} (${screen.width}×${screen.height}${screen.large ? ', Large text: chart text ≥ 12 px' : ''}): explorer and runner, after a run too, fit the width, Run above the fold`, async () => {
      const large = screen.large ? '&large=1' : '';
      const explorer = await open(`?v=1${large}`);
      await explorer.setViewportSize({ width: screen.width, height: screen.height });
      await explorer.waitForSelector('.chart-card svg text');
      // The slow views (worker) redraw their cards after the first frame: wait for the local-control chart too.
      await explorer.locator('[data-readout="lc-selected"]').waitFor();
      await expect.poll(() => horizontalOverflow(explorer)).toBeLessThanOrEqual(0);
      // Not vacuous: the explorer's charts draw dozens of texts (axis ticks, labels, legends).
      expect(await explorer.$$eval('svg text', (texts) => texts.filter((t) => t.getClientRects().length > 0).length)).toBeGreaterThan(20);
      if (screen.large) await expect.poll(() => smallChartText(explorer)).toEqual([]);
      await explorer.screenshot({ path: `${screenshots}/layout-${screen.name}-explorer.png` });
      await explorer.close();

      const runner = await open(`?view=runner${large}`);
      await runner.setViewportSize({ width: screen.width, height: screen.height });
      const run = runner.getByRole('button', { name: 'Run', exact: true });
      await run.waitFor();
      await expect.poll(() => horizontalOverflow(runner)).toBeLessThanOrEqual(0);
      await expect.poll(async () => (await run.boundingBox())?.y !== undefined).toBe(true);
      const box = await run.boundingBox();
      expect(box === null ? Infinity : box.y + box.height).toBeLessThanOrEqual(screen.height);
      if (screen.large) expect(await smallChartText(runner)).toEqual([]);
      await runner.screenshot({ path: `${screenshots}/layout-${screen.name}-runner.png` });
      await runner.close();

      // After a run: the results' cards, the local-control strata with their Arm drop-down of long "name (id)"
      // options among them (420–519 px wide before it could shrink), fit the width too.
      const results = await open(`?view=runner&scenario=local-control-over-time.yaml${large}`);
      await results.setViewportSize({ width: screen.width, height: screen.height });
      await expect.poll(() => results.locator('.scenario-summary').textContent()).toContain('local control over time');
      await results.locator('#run-patients').fill('1000');
      await results.getByRole('button', { name: 'Run', exact: true }).click();
      await results.locator('#stratum-arm').waitFor({ timeout: 60_000 });
      await results.locator('#stratum-arm').selectOption({ index: 2 }); // the longest name: RT alone, unresected
      await expect.poll(() => horizontalOverflow(results)).toBeLessThanOrEqual(0);
      const armSelect = await results.locator('#stratum-arm').boundingBox();
      expect(armSelect === null ? Infinity : armSelect.x + armSelect.width).toBeLessThanOrEqual(screen.width);
      await results.screenshot({ path: `${screenshots}/layout-${screen.name}-runner-results.png` });
      await results.close();
      expect(problems).toEqual([]);
    }, 120_000); // three pages and a run of 1000 patients on a shared machine
  }
});
