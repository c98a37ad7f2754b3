import { describe, expect, it } from 'vitest';
import { explorerFastViews } from '../../packages/viz/src/explorer/explorerModel.js';
import type { ExplorerState } from '../../packages/viz/src/explorer/explorerState.js';
import { findLesson, lessons } from '../../packages/viz/src/explorer/lessons/lessons.js';
import type { Lesson, WatchedReadout } from '../../packages/viz/src/explorer/lessons/Lesson.js';
import { lessonStepState } from '../../packages/viz/src/explorer/lessons/lessonStepState.js';
import { localControlViews } from '../../packages/viz/src/explorer/localControlViews.js';
import { pathwayReadoutRows } from '../../packages/viz/src/explorer/pathway/pathwayReadoutRows.js';
import { pathwayTimeline } from '../../packages/viz/src/explorer/pathway/pathwayTimeline.js';
import { presets } from '../../packages/viz/src/explorer/presets.js';
import { readoutRows } from '../../packages/viz/src/explorer/readoutRows.js';
import { decodeExplorerState, encodeExplorerState } from '../../packages/viz/src/explorer/urlState.js';

/** A watched read-out as the page displays it, parsed back to a number (what a student reads, and the e2e test compares). */
function displayed(state: ExplorerState, readout: WatchedReadout): number {
  const pathwayRow = pathwayReadoutRows.find((r) => r.key === readout);
  if (pathwayRow) return Number.parseFloat(pathwayRow.value(pathwayTimeline(state)));
  if (readout === 'lc5y') return Number(((localControlViews(state).readouts[0]?.at5 ?? NaN) * 100).toFixed(1));
  const row = readoutRows.find((r) => r.key === readout);
  if (!row) throw new Error(`no read-out row ${readout}`);
  return Number.parseFloat(row.value(explorerFastViews(state).readouts, state).replace('−', '-'));
}

const states = (lesson: Lesson): ExplorerState[] => lesson.steps.map((_, k) => lessonStepState(lesson, k));

describe('lessons', () => {
  it('lessons has the six lessons of issue 18 and the pathway lesson of issue 17, with unique ids that findLesson finds', () => {
    expect(lessons.map((lesson) => lesson.id)).toEqual(['alpha-beta', 'repopulation', 'sbrt', 'margins', 'myxoid-liposarcoma', 'gard', 'pathway']);
    for (const lesson of lessons) expect(findLesson(lesson.id)).toBe(lesson);
    expect(findLesson('toString')).toBeUndefined();
    expect(findLesson('__proto__')).toBeUndefined();
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: has steps with text and sources, and ends with a question', (_, lesson) => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.question.trim()).toMatch(/\?$/);
    expect(lesson.sources.length).toBeGreaterThan(0);
    // A handout prints the sources: no drafting placeholder such as "(authors recall)".
    for (const source of lesson.sources) expect(source).not.toMatch(/recall|TODO|\?\?/i);
    expect(lesson.steps[0]?.watch).toEqual([]);
    for (const step of lesson.steps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.text.length).toBeGreaterThan(40);
      if (step.preset !== undefined) expect(presets.map((preset) => preset.id)).toContain(step.preset);
    }
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: every step state is in range (a link round trip changes nothing)', (_, lesson) => {
    for (const state of states(lesson)) {
      const decoded = decodeExplorerState(encodeExplorerState(state));
      expect(decoded.ignored).toEqual([]);
      expect(decoded.state).toEqual(state);
      expect(state.gapAfter).toBeLessThan(state.reference.fractions);
      expect(explorerFastViews(state).warnings).toEqual([]);
    }
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: each step moves the read-outs it names the way it says, as displayed', (_, lesson) => {
    const all = states(lesson);
    for (let k = 1; k < all.length; k++) {
      for (const { readout, change } of lesson.steps[k]?.watch ?? []) {
        const before = displayed(all[k - 1], readout);
        const after = displayed(all[k], readout);
        const seen = after > before ? 'up' : after < before ? 'down' : 'same';
        expect({ step: k + 1, readout, change: seen }).toEqual({ step: k + 1, readout, change });
      }
    }
  });

  // The single-tumour TCP of a whole tumour is often 0% where the population TCP is not (subtype and GARD lessons): a
  // step that narrates the population TCP must outline the chart that draws it, or the outlined dot contradicts the text.
  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: a step that watches the population TCP outlines the population chart', (_, lesson) => {
    for (const [k, step] of lesson.steps.entries()) {
      if (step.watch.some((w) => w.readout === 'tcpPopulation')) expect({ step: k + 1, chart: step.chart }).toEqual({ step: k + 1, chart: 'population' });
    }
  });

  it('lessonStepState clamps the step and starts from the defaults', () => {
    const lesson = lessons[0];
    expect(lessonStepState(lesson, -3)).toEqual(lessonStepState(lesson, 0));
    expect(lessonStepState(lesson, 99)).toEqual(lessonStepState(lesson, lesson.steps.length - 1));
  });
});

// The numbers the narration states, recomputed by hand (formulas of docs/models.md) and compared with the model.
describe('lesson narration numbers', () => {
  const readouts = (id: string, step: number) => explorerFastViews(lessonStepState(findLesson(id) as Lesson, step - 1)).readouts;

  it('alpha-beta: BED 75 Gy for 25 × 2 Gy and 5 × 6 Gy at α/β 4 Gy; EQD2 40 Gy at 10 Gy; 52.6 and 54 Gy at 3.3 Gy', () => {
    expect(readouts('alpha-beta', 1).bed).toBeCloseTo(50 * (1 + 2 / 4), 9); // 75
    expect(readouts('alpha-beta', 2).bed).toBeCloseTo(30 * (1 + 6 / 4), 9); // 75
    expect(readouts('alpha-beta', 3).eqd2).toBeCloseTo((30 * 1.6) / 1.2, 9); // 40
    expect(readouts('alpha-beta', 4).eqd2).toBeCloseTo(52.64, 2); // 30 × 9.3/5.3
    expect(readouts('alpha-beta', 4).eqd2Late).toBeCloseTo(54, 9); // 30 × 3/(5/3)
  });

  it('alpha-beta, step 3: at α/β 10 Gy with a 2 Gy fraction killing as before, 25 × 2 Gy keeps its TCP and 5 × 6 Gy falls short', () => {
    const lesson = findLesson('alpha-beta') as Lesson;
    const [fiveBySix, twentyFiveByTwo] = explorerFastViews(lessonStepState(lesson, 2)).tcpDose;
    // By hand (Python math): 25 × 2 Gy, −ln S = 25 × (0.375 × 2 + 0.0375 × 4) = 22.5, TCP = exp(−10⁹ e^−22.5) = 0.8443,
    // as at step 1 (25 × 0.9); 5 × 6 Gy, −ln S = 5 × (0.375 × 6 + 0.0375 × 36) = 18, TCP = exp(−10⁹ e^−18) = 2.4e-7.
    expect(twentyFiveByTwo?.label).toBe('25 × 2 Gy, 5/week');
    expect(twentyFiveByTwo?.prescribed?.tcp).toBeCloseTo(0.8443, 4);
    expect(readouts('alpha-beta', 1).tcp).toBeCloseTo(0.8443, 4);
    expect(fiveBySix?.prescribed?.tcp).toBeCloseTo(2.43e-7, 8);
    // Step 4 keeps the 2 Gy kill too (0.28 × (2 + 4/3.3) = 0.899): 5 × 6 Gy a little above 25 × 2 Gy, 0.9490 against 0.8422.
    expect(readouts('alpha-beta', 4).tcp).toBeCloseTo(0.9490, 3);
  });

  it('repopulation: a 14-day gap past T_k costs 14 ln 2/(α T_d) of BED: 3.23 Gy at T_d 10 d', () => {
    expect(readouts('repopulation', 2).bed - readouts('repopulation', 3).bed).toBeCloseTo((14 * Math.LN2) / 3, 9);
    // 9.24 Gy with T_d 3.5 d: compare the same kinetics with and without the gap.
    const lesson = findLesson('repopulation') as Lesson;
    const fast = lessonStepState(lesson, 3);
    const noGap = explorerFastViews({ ...fast, gapAfter: 0, gapDays: 0 }).readouts.bed;
    expect(noGap - explorerFastViews(fast).readouts.bed).toBeCloseTo((14 * Math.LN2) / (0.3 * 3.5), 9);
  });

  it('sbrt: BED 297 Gy under LQ and 189 Gy under LQ-L (D_T 6 Gy) for 3 × 18 Gy', () => {
    expect(readouts('sbrt', 1).bed).toBeCloseTo(54 * (1 + 18 / 4), 9);
    expect(readouts('sbrt', 2).bed).toBeCloseTo(3 * (6 * (1 + 6 / 4) + (1 + 12 / 4) * 12), 9);
  });

  it('gard: GARD = −ln S = nd(α + βd): 19.95, 13.25, 15.9 and 14.364', () => {
    expect(-readouts('gard', 1).logSurvival).toBeCloseTo(50 * (0.299 + 0.05 * 2), 9);
    expect(-readouts('gard', 2).logSurvival).toBeCloseTo(50 * (0.165 + 0.05 * 2), 9);
    expect(-readouts('gard', 3).logSurvival).toBeCloseTo(60 * 0.265, 9);
    expect(-readouts('gard', 4).logSurvival).toBeCloseTo(36 * 0.399, 9);
    expect(readouts('gard', 3).bed).toBeCloseTo(60 * (1 + 2 / 3.3), 9);
  });
});
