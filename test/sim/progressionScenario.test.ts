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
}, 60_000);
