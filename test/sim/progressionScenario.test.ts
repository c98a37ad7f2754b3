// The numbers docs/scenarios.md ("Progression and survival after SBRT") and docs/metastasis-model.md quote for the bundled
// scenarios/sbrt-lung-metastases-lesions.yaml: PFS and OS per arm at 1, 2 and 3 years, as the engine gives them now.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { scenarioRun } from './scenarioRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-progression-scenario-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const run = scenarioRun(directory);
const doc = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');

it('docs/scenarios.md quotes the bundled scenario PFS and OS of 3x15 and 3x20 as the engine gives them', async () => {
  const text = readFileSync(new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url), 'utf8');
  const bundled = await run('bundled', text);
  const { results } = bundled;
  const at = (id: string, key: 'progressionFreeSurvival' | 'overallSurvival'): string =>
    (results.arms.find((arm) => arm.id === id)?.progression?.atTimes ?? []).map((entry) => (100 * (entry[key] ?? Number.NaN)).toFixed(1)).join('/');
  expect(results.patients).toBe(20000);
  expect(doc).toContain(`PFS at 1/2/3 years is ${at('3x15', 'progressionFreeSurvival')}%\n  with 3 × 15 Gy and ${at('3x20', 'progressionFreeSurvival')}% with 3 × 20 Gy, OS ${at('3x15', 'overallSurvival')}% in both`);
  // PFS at 3 years by the number of lesions treated (progression.byStratum).
  const byLesions = (id: string, count: string): string =>
    (100 * (results.arms.find((arm) => arm.id === id)?.progression?.byStratum.find((s) => s.by === 'lesions' && s.stratum === count)?.atTimes?.at(-1)?.progressionFreeSurvival ?? Number.NaN)).toFixed(1);
  expect(doc).toContain(`PFS at 3 years with 3 × 15 Gy is ${byLesions('3x15', '1')}% for patients with one lesion and ${byLesions('3x15', '3')}% for three (3 × 20 Gy: ${byLesions('3x20', '1')}% and ${byLesions('3x20', '3')}%)`);
  // "in both": every arm shares the times of death (from day 0, whatever the course).
  expect(at('3x20', 'overallSurvival')).toBe(at('3x15', 'overallSurvival'));
  // "about 2 points of OS at 3 years" (docs/scenarios.md, docs/metastasis-model.md): what a life table would add on top
  // of the fitted all-cause survival in this cohort.
  const background = await run('bundled-background', `${text}background: { lifeTable: us-ssa-2017, sex: { female: 0.5 } }\n`);
  const withLifeTable = background.results;
  const os3 = (r: typeof results): number => r.arms[0]?.progression?.atTimes?.at(-1)?.overallSurvival ?? Number.NaN;
  expect((100 * (os3(results) - os3(withLifeTable))).toFixed(0)).toBe('2');
  // Without background the only death drawn is death from sarcoma: the terminal note and the report say so.
  expect(bundled.stdout).toContain('OS: death from sarcoma (no background: sarcoma only); era 2016');
  expect(bundled.html).toContain('OS: alive (no background: death from sarcoma only).');
  expect(background.stdout).toContain('OS: death from sarcoma or other causes (us-ssa-2017); era 2016');
  expect(background.html).not.toContain('death from sarcoma only');
  // docs/local-control-model.md ("Grade does not act on regrowth"): the fitted γ < 0 puts grade 1's failures a little
  // earlier, which shows as LC at 1 year by grade and vanishes at γ = 0; the control rate does not depend on γ.
  const byGrade = (r: typeof results, grade: string, read: (s: { controlRate: number; localControlAtTimes?: readonly { localControl: number | null }[] }) => number | null | undefined): string =>
    (100 * (read(r.arms.find((arm) => arm.id === '3x15')?.byStratum?.find((s) => s.by === 'grade' && s.stratum === grade) ?? { controlRate: Number.NaN }) ?? Number.NaN)).toFixed(1);
  const lc1 = (s: { localControlAtTimes?: readonly { localControl: number | null }[] }): number | null | undefined => s.localControlAtTimes?.[0]?.localControl;
  const noGamma = (await run('bundled-gamma-0', `${text}localControlModel: { regrowthGradeLogRatio: 0 }\n`)).results;
  const lcm = readFileSync(new URL('../../docs/local-control-model.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  expect(lcm).toContain(
    `3 × 15 Gy is ${byGrade(results, 'G1', lc1)}% for grade 1 and ${byGrade(results, 'G3', lc1)}% for grade 3, with the same control rate (${byGrade(results, 'G1', (s) => s.controlRate)}% and ${byGrade(results, 'G3', (s) => s.controlRate)}%)`,
  );
  // "the same LC at 2 and 3 years": within half a point.
  for (const t of [1, 2]) {
    const at = (grade: string): number => Number(byGrade(results, grade, (s) => s.localControlAtTimes?.[t]?.localControl));
    expect(Math.abs(at('G1') - at('G3'))).toBeLessThan(0.5);
  }
  expect(lcm).toContain(`the 1-year values are ${byGrade(noGamma, 'G1', lc1)}% and ${byGrade(noGamma, 'G3', lc1)}%`);
}, 60_000);
