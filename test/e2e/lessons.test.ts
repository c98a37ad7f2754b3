import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { explorerFastViews } from '../../packages/viz/src/explorer/explorerModel.js';
import type { ExplorerState } from '../../packages/viz/src/explorer/explorerState.js';
import type { Lesson, WatchedReadout } from '../../packages/viz/src/explorer/lessons/Lesson.js';
import { lessons } from '../../packages/viz/src/explorer/lessons/lessons.js';
import { lessonStepState } from '../../packages/viz/src/explorer/lessons/lessonStepState.js';
import { readoutRows } from '../../packages/viz/src/explorer/readoutRows.js';
import { describeViewer, screenshotDirectory as screenshots } from './describeViewer.js';

/** The read-outs card as the page shows it, by `data-readout` name (the local-control rows included). */
const shownReadouts = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('[data-readout]', (cells) => Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset['readout'] ?? '', c.textContent ?? ''])));

/** The read-outs card's rows for a state, as the model formats them: the page has settled on a step when it shows these. */
const expectedReadouts = (state: ExplorerState): Record<string, string> => {
  const readouts = explorerFastViews(state).readouts;
  return Object.fromEntries(readoutRows.map((row) => [row.key, row.value(readouts, state)]));
};

/** A watched read-out's number as a student reads it off the page (the 5-year cell of the local-control row for `lc5y`). */
function shownNumber(shown: Record<string, string>, readout: WatchedReadout): number {
  if (readout === 'lc5y') return Number((shown['lc-selected'] ?? '').match(/(\d+\.\d)%/g)?.[1]?.replace('%', ''));
  return Number.parseFloat((shown[readout] ?? '').replace('−', '-'));
}

const pick = (shown: Record<string, string>, keys: readonly string[]): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, shown[key] ?? '']));

describeViewer('lessons end-to-end', ({ problems, open }) => {
  const fastKeys = readoutRows.map((row) => row.key);

  /** Waits until the page shows the step: its counter, its controls' values and the model's read-outs for its state. */
  async function settled(page: Page, lesson: Lesson, step: number): Promise<Record<string, string>> {
    const state = lessonStepState(lesson, step);
    await expect.poll(() => page.locator('.lesson-step-count').textContent()).toBe(`Step ${step + 1} of ${lesson.steps.length}`);
    await expect.poll(async () => pick(await shownReadouts(page), fastKeys)).toEqual(expectedReadouts(state));
    expect(Number(await page.locator('#control-fractions-value').inputValue())).toBe(state.reference.fractions);
    expect(Number(await page.locator('#control-dose-value').inputValue())).toBe(state.reference.dose);
    expect(Number(await page.locator('#control-alphaBeta-value').inputValue())).toBe(state.alphaBeta);
    expect(await page.locator('#control-model').inputValue()).toBe(state.model);
    expect(await page.locator('#control-margin').inputValue()).toBe(state.marginClass);
    return shownReadouts(page);
  }

  it('every lesson walks by keyboard from its first step to its question, moving the read-outs as narrated', async () => {
    const page = await open();
    await page.waitForSelector('[data-readout="tcp"]');
    for (const lesson of lessons) {
      await page.locator(`.lesson-start[data-lesson="${lesson.id}"]`).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#lesson-heading').textContent()).toBe(lesson.title);
      let before = await settled(page, lesson, 0);
      for (let step = 1; step < lesson.steps.length; step++) {
        await page.locator('.lesson-next').focus();
        await page.keyboard.press('Enter');
        const watch = lesson.steps[step]?.watch ?? [];
        await settled(page, lesson, step);
        // The local-control row comes from the worker: wait until every watched read-out has moved as narrated.
        await expect.poll(async () => {
          const after = await shownReadouts(page);
          return watch.map(({ readout }) => {
            const a = shownNumber(before, readout);
            const b = shownNumber(after, readout);
            return { readout, change: b > a ? 'up' : b < a ? 'down' : b === a ? 'same' : 'unreadable' };
          });
        }).toEqual(watch);
        expect(await page.locator('.lesson-text').textContent()).toBe(lesson.steps[step]?.text);
        before = await shownReadouts(page);
      }
      // The last step asks the question and takes the keyboard focus there (Next is disabled).
      await expect.poll(() => page.locator('.lesson-question').isVisible()).toBe(true);
      expect(await page.locator('.lesson-question').textContent()).toBe(`Question for the class: ${lesson.question}`);
      expect(await page.locator('.lesson-next').isDisabled()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('lesson-question');
      const focusChart = lesson.steps[lesson.steps.length - 1]?.chart;
      expect(await page.locator('.chart-card.lesson-focus').count()).toBe(1);
      await page.locator('.chart-card.lesson-focus svg').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${screenshots}/lesson-${lesson.id}.png` });
      // The handout: one printed page with every step, the question and the last step's chart.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.lesson-handout').isVisible()).toBe(true);
      expect(await page.locator('.controls').isVisible()).toBe(false);
      expect(await page.locator('.chart-card:visible').count()).toBe(1);
      expect(focusChart).toBeDefined();
      await page.screenshot({ path: `${screenshots}/lesson-${lesson.id}-handout.png`, fullPage: true });
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
        expect({ format, pages: pdf.match(/\/Type\s*\/Page\b/g)?.length }).toEqual({ format, pages: 1 });
      }
      await page.emulateMedia({ media: 'screen' });
      // Previous goes back one step and sets its state again.
      await page.locator('.lesson-previous').focus();
      await page.keyboard.press('Enter');
      await settled(page, lesson, lesson.steps.length - 2);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a lesson link opens the lesson at its step in a fresh page, old links open none, and Print handout prints the last step', async () => {
    const lesson = lessons.find((l) => l.id === 'sbrt') as Lesson;
    const page = await open('?lesson=sbrt&step=2');
    const atStep2 = await settled(page, lesson, 1);
    // The page rewrites its address with the whole state and the position; that link reopens the same step.
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/model=lq-l.*lesson=sbrt&step=2/);
    const { search } = new URL(await page.evaluate(() => window.location.href));
    const again = await open(search);
    expect(pick(await settled(again, lesson, 1), fastKeys)).toEqual(pick(atStep2, fastKeys));
    expect(await again.locator('#lesson-heading').textContent()).toBe(lesson.title);
    await again.close();

    // Print handout from step 2: it goes to the last step and prints once that step's chart has been redrawn.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => { counted.printed += 1; };
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await settled(page, lesson, lesson.steps.length - 1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // Close lesson: the card goes, the link loses its lesson.
    await page.getByRole('button', { name: 'Close lesson' }).click();
    expect(await page.locator('.lesson-card').isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toMatch(/lesson=/);
    await page.close();

    const old = await open('?v=1&ab=3&d=2.5&n=20');
    await expect.poll(() => old.locator('#control-alphaBeta-value').inputValue()).toBe('3');
    expect(await old.locator('.lesson-card').isVisible()).toBe(false);
    expect(await old.locator('.url-notice').count()).toBe(0);
    await old.close();

    const unknown = await open('?lesson=__proto__&step=2');
    await expect.poll(() => unknown.locator('.url-notice').textContent()).toContain('lesson');
    expect(await unknown.locator('.lesson-card').isVisible()).toBe(false);
    await unknown.close();
    expect(problems).toEqual([]);
  });
});
