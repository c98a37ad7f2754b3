// Paired local control at the follow-up times (results.comparisons[*].localControlAtTimes): counted from the pairs'
// discordant recurrence times, it must agree with the arms' own Kaplan–Meier local control, counted separately, on the
// classic model (the WebAssembly kernel's path) and on the residual-disease model, with and without competing deaths.
import { describe, expect, test } from 'vitest';
import { comparisonTable } from '../../packages/sim/src/cli/comparisonTable.js';
import { readFileSync } from 'node:fs';
import { accumulatorProblem } from '../../packages/sim/src/cohort/accumulatorProblem.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { formatSignedPoints } from '../../packages/sim/src/report/formatSignedPoints.js';
import { reportHtml } from '../../packages/sim/src/report/reportHtml.js';
import { parsedScenario } from './parsedScenario.js';

const meta = { version: 'test', scenarioHash: 'sha256:test' };

function scenarioText(arms: readonly string[], extra = ''): string {
  return `version: 1
name: paired local control at follow-up times
references: ["test scenario"]
seed: 12
patients: 6000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
${arms.map((arm) => `  - ${arm}`).join('\n')}
comparisons: all
followUp: { years: 5, at: [0.5, 1, 2, 5] }
${extra}`;
}

const classic = ['{ id: conventional, schedule: { fractions: 25, dose: 2, perWeek: 5 } }', '{ id: short, schedule: { fractions: 5, dose: 5, perWeek: 5 } }', '{ id: long, schedule: { fractions: 33, dose: 2, perWeek: 5 } }'];
const margins = 'margins: { R0-wide: 0.5, R0-close: 0.3, R1-unplanned: 0.2 }';
const residual = [
  `{ id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, ${margins} } }`,
  `{ id: surgery-alone, localControl: residual-disease, schedule: { fractions: 1, dose: 0 }, surgery: { day: 0, ${margins} } }`,
];

async function results(text: string): Promise<TrialResults> {
  const scenario = parsedScenario(text);
  return summarize(await runInThread(scenario), compilePlan(scenario), meta);
}

/** Every pair and time: the paired difference is the arms' LC difference, and its discordant counts are their failures'. */
function expectArmsAgree(trial: TrialResults, times: readonly number[] = [0.5, 1, 2, 5]): void {
  const n = trial.patients;
  for (const pair of trial.comparisons) {
    const a = trial.arms.find((arm) => arm.id === pair.a);
    const b = trial.arms.find((arm) => arm.id === pair.b);
    expect(pair.localControlAtTimes?.map((at) => at.years)).toEqual(times);
    pair.localControlAtTimes?.forEach((at, t) => {
      const lcA = a?.localControlAtTimes?.[t]?.localControl ?? Number.NaN;
      const lcB = b?.localControlAtTimes?.[t]?.localControl ?? Number.NaN;
      expect(at.difference).toBeCloseTo(lcA - lcB, 12);
      // Recurrences by t in a only minus in b only = a's recurrences − b's recurrences.
      expect((at.eventInAOnly ?? Number.NaN) - (at.eventInBOnly ?? Number.NaN)).toBe(Math.round((1 - lcA) * n) - Math.round((1 - lcB) * n));
      const [low, high] = at.differenceCi95 ?? [Number.NaN, Number.NaN];
      expect(low).toBeLessThanOrEqual(at.difference ?? Number.NaN);
      expect(high).toBeGreaterThanOrEqual(at.difference ?? Number.NaN);
    });
  }
}

describe('comparisons[*].localControlAtTimes', () => {
  test('classic model: the paired LC difference at each time is the arms\' LC difference, with discordant recurrences', async () => {
    const trial = await results(scenarioText(classic));
    expect(trial.comparisons).toHaveLength(3);
    expectArmsAgree(trial);
    // Not a trivial agreement: the arms differ and the recurrences are discordant.
    expect(trial.comparisons.some((pair) => (pair.localControlAtTimes?.[3]?.eventInAOnly ?? 0) > 0)).toBe(true);
    // The terminal and the report show them: a table of the pairs, a column per time.
    const at5 = trial.comparisons[0]?.localControlAtTimes?.[3];
    const cell = `${formatSignedPoints(at5?.difference ?? Number.NaN)} [${formatSignedPoints(at5?.differenceCi95?.[0] ?? Number.NaN)}, ${formatSignedPoints(at5?.differenceCi95?.[1] ?? Number.NaN)}]`;
    const text = comparisonTable(trial);
    expect(text).toContain('LC Δ 5 y [95% CI] (points)');
    expect(text).toMatch(new RegExp(`conventional vs short .*${cell.replace(/[[\]+.]/g, '\\$&')}`));
    expect(text).toContain('Δ: local control a − b at that time on the same patients, with the paired 95% interval.');
    expect(reportHtml(trial)).toContain('Kaplan–Meier local control of arm a minus arm b at each follow-up time');
  });

  test('residual-disease model: the same, surgery with and without postoperative RT', async () => {
    const trial = await results(scenarioText(residual));
    expectArmsAgree(trial);
    const at5 = trial.comparisons[0]?.localControlAtTimes?.[3];
    // Postoperative RT controls more than surgery alone: LC(postop) − LC(surgery alone) > 0, interval above 0.
    expect(at5?.differenceCi95?.[0]).toBeGreaterThan(0);
  });

  test('with competing events the same, death ignored as in the arms\' LC: deaths move none of it; absent without follow-up times', async () => {
    const alone = await results(scenarioText(residual));
    const withDeath = await results(scenarioText(residual, 'background: { lifeTable: us-ssa-2017, sex: { female: 0.45 } }\nmetastasis: {}\n'));
    expectArmsAgree(withDeath);
    expect(withDeath.comparisons[0]?.localControlAtTimes).toEqual(alone.comparisons[0]?.localControlAtTimes);
    // The cumulative incidence of recurrence as first event is another quantity: deaths pre-empt some recurrences.
    expect(withDeath.comparisons[0]?.competingEvents?.localControl.incidenceAtTimes).toHaveLength(4);
    const untimed = await results(scenarioText(classic).replace('followUp: { years: 5, at: [0.5, 1, 2, 5] }', 'followUp: { years: 5 }'));
    expect(untimed.comparisons[0]?.localControlAtTimes).toBeUndefined();
  });

  test('a multimodal scenario (markers, an agent) carries it too', async () => {
    const shipped = readFileSync(new URL('../../scenarios/multimodal/tcr-t-synovial-sarcoma.yaml', import.meta.url), 'utf8');
    const timed = shipped.replace('followUp: { years: 5 }', 'followUp: { years: 5, at: [2, 5] }').replace(/^patients: \d+$/m, 'patients: 5000');
    expect(timed).toContain('at: [2, 5]');
    const trial = await results(timed);
    expect(trial.comparisons.length).toBeGreaterThan(0);
    expectArmsAgree(trial, [2, 5]);
    // Its layout with the pairs' event times passes merge's checks, whole and as two shards' halves.
    const scenario = parsedScenario(timed);
    const plan = compilePlan(scenario);
    const all = Array.from({ length: plan.blockCount }, (_, k) => k);
    expect(plan.layout.pairEndpoints).toBe(1);
    for (const blocks of [all, all.filter((k) => k % 2 === 0), all.filter((k) => k % 2 === 1)]) {
      expect(accumulatorProblem(await runInThread(scenario, { blocks }), plan, blocks)).toBeUndefined();
    }
  });

  test('merge\'s check refuses paired recurrences that disagree with the arms\' own failures, summed over subtypes', async () => {
    // Two subtypes: the arms' failures are counted per (arm, subtype) cell, the pairs' recurrences per pair.
    const scenario = parsedScenario(scenarioText(classic).replace('subtypes: [{ ref: sts }]', 'subtypes: [{ ref: sts, weight: 0.6 }, { ref: synovial-sarcoma, weight: 0.4 }]'));
    const plan = compilePlan(scenario);
    const accumulator = await runInThread(scenario);
    const blocks = Array.from({ length: plan.blockCount }, (_, k) => k);
    expect(accumulatorProblem(accumulator, plan, blocks)).toBeUndefined();
    // One more patient with a recurrence in arm a only in the last bin: the spans still open and close properly.
    const bins = plan.timeBins;
    accumulator.counts[plan.layout.pairEventCounts + bins - 1] += 1;
    expect(accumulatorProblem(accumulator, plan, blocks)).toMatch(
      new RegExp(`pair 0, paired endpoint 0: \\d+ patients with the event in arm 0 only and \\d+ in arm 1 only by time bin ${bins - 1}, but the arms' own events differ by -?\\d+`),
    );
  });
});
