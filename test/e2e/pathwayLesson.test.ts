import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Lesson } from '../../packages/viz/src/explorer/lessons/Lesson.js';
import { findLesson } from '../../packages/viz/src/explorer/lessons/lessons.js';
import { lessonStepState } from '../../packages/viz/src/explorer/lessons/lessonStepState.js';
import { pathwayReadoutRows } from '../../packages/viz/src/explorer/pathway/pathwayReadoutRows.js';
import { pathwayTimeline } from '../../packages/viz/src/explorer/pathway/pathwayTimeline.js';
import { describeViewer, screenshotDirectory as screenshots } from './describeViewer.js';

const lesson = findLesson('pathway') as Lesson;

/**
 * Scrolls the pathway panel on screen (the cohort runs only there), waits until the cohort run has caught up with
 * the sliders, then returns the table's cells by read-out.
 */
async function settledCohort(page: Page): Promise<Record<string, readonly [string, string]>> {
  await page.locator('.pathway-panel').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.pathway-status').textContent()).toBe('Cohort: up to date with the sliders.');
  const rows = await page.$$eval('tr[data-readout^="pathway"]', (trs) => trs.map((tr) => [
    (tr as HTMLElement).dataset['readout'] ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  ] as const));
  return Object.fromEntries(rows.map(([key, cells]) => [key, [cells[0] ?? '', cells[1] ?? ''] as const]));
}

/** The one-patient read-outs the page shows, by `data-readout`. */
const shownTimeline = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('dd[data-readout^="pathway"]', (cells) => Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset['readout'] ?? '', c.textContent ?? ''])));

const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describeViewer('pathway lesson end-to-end', ({ problems, open }) => {
  it('a slider moves the one-patient read-outs at once and the cohort’s outcomes after its run; the link restores the step', async () => {
    const page = await open('?lesson=pathway&step=2');
    await expect.poll(() => page.locator('.lesson-step-count').textContent()).toBe(`Step 2 of ${lesson.steps.length}`);
    const expected = Object.fromEntries(pathwayReadoutRows.map((r) => [r.key, r.value(pathwayTimeline(lessonStepState(lesson, 1)))]));
    await expect.poll(() => shownTimeline(page)).toEqual(expected);
    expect(expected['pathwayDays']).toBe('146 days');
    // Below the fold the cohort waits: no run until the card is scrolled to (well past the 400 ms debounce).
    await page.waitForTimeout(1500);
    expect(await page.locator('.pathway-status').textContent()).toBe('Cohort: runs once the sliders settle with this card on screen…');
    expect(await page.locator('.pathway-table').count()).toBe(0);
    const before = await settledCohort(page);
    // The slider pathway (90 days at the local hospital) waits longer than current care (29 days).
    expect(Number(before['pathwayCohortDays']?.[1])).toBeGreaterThan(Number(before['pathwayCohortDays']?.[0]));

    // The share link carries the step and the sliders; a fresh page opens the same step with the same numbers.
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/pwsc=90.*lesson=pathway&step=2/);
    const { search } = new URL(await page.evaluate(() => window.location.href));
    const again = await open(search);
    await expect.poll(() => again.locator('.lesson-step-count').textContent()).toBe(`Step 2 of ${lesson.steps.length}`);
    expect(await again.locator('#control-secondaryCareDays-value').inputValue()).toBe('90');
    await expect.poll(() => shownTimeline(again)).toEqual(expected);
    expect(await settledCohort(again)).toEqual(before);
    await again.close();

    // Move the local hospital's slider to 0 days by its number field: the patient's wait falls at once, and the
    // cohort's local control under this pathway rises once the worker has run.
    const field = page.locator('#control-secondaryCareDays-value');
    await field.fill('0');
    await field.press('Enter');
    await expect.poll(async () => (await shownTimeline(page))['pathwayDays']).toBe('56 days');
    await expect.poll(async () => (await settledCohort(page))['pathwayLc5y']?.[1]).not.toBe(before['pathwayLc5y']?.[1]);
    const after = await settledCohort(page);
    expect(Number.parseFloat(after['pathwayLc5y']?.[1] ?? '')).toBeGreaterThan(Number.parseFloat(before['pathwayLc5y']?.[1] ?? ''));
    expect(Number(after['pathwayCohortDays']?.[1])).toBeLessThan(Number(before['pathwayCohortDays']?.[1]));
    // Current care is the same cohort on the same seed: unchanged.
    expect(after['pathwayLc5y']?.[0]).toBe(before['pathwayLc5y']?.[0]);
    await page.close();
    expect(problems).toEqual([]);
  });

  for (const screen of [{ name: 'phone', width: 390, height: 844 }, { name: 'projector', width: 1024, height: 768 }] as const) {
    it(`the last step fits a ${screen.name} (${screen.width}×${screen.height}) without sideways scroll`, async () => {
      const page = await open(`?lesson=pathway&step=${lesson.steps.length}`);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.locator('#card-pathway svg text').first().waitFor();
      await settledCohort(page);
      await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.locator('#card-pathway').scrollIntoViewIfNeeded();
      await page.locator('#card-pathway').screenshot({ path: `${screenshots}/lesson-pathway-${screen.name}.png` });
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});
