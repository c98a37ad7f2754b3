// Huge arm counts, bounded: a file with far more arms than allowed is refused at once with one problem, and the
// printouts of a run never pass a long array as call arguments (Math.max(...rows) threw a RangeError, "maximum
// call stack size exceeded", at some 10⁵ elements: 560 arms gave 156 520 pairs).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../../packages/sim/dist/report/reportHtml.js';
import { maxArms } from '../../packages/sim/dist/scenario/maxArms.js';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { exitCodes } from '../../packages/sim/dist/node.js';
import { comparisonTable } from '../../packages/sim/dist/cli/comparisonTable.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-huge-arms-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

function scenarioText(arms: number, patients = 20): string {
  const lines = Array.from({ length: arms }, (_, i) => `  - { id: arm${i}, schedule: { fractions: ${1 + (i % 40)}, dose: 2 } }`);
  return `version: 1
name: huge arm counts
references: ["test scenario"]
seed: 3
patients: ${patients}
cohort:
  volume: 100
  subtypes:
    - ref: sts
arms:
${lines.join('\n')}
followUp: { years: 1 }
`;
}

// Far more than the limit, yet within the 1 MiB file limit (about 60 bytes an arm).
const counts = [maxArms + 1, 560, 5000];

describe('huge arm counts', () => {
  it.each(counts)('rtsim validate and rtsim run refuse %i arms with one problem at arms, and write nothing', async (count) => {
    const name = `arms-${count}.yaml`;
    writeFileSync(join(directory, name), scenarioText(count));
    for (const args of [['validate', name], ['run', name, '--out', `out-${count}`]]) {
      const outcome = await rtsim(...args);
      expect(outcome.status).toBe(exitCodes.invalidInput);
      expect(outcome.stderr).toContain(`(1 problem)`);
      expect(outcome.stderr).toContain(`arms: expected at most ${maxArms} arms, got ${count}`);
    }
    expect(existsSync(join(directory, `out-${count}`))).toBe(false);
  });

  // One real two-arm run, then its results stretched far beyond anything a scenario can now produce.
  const base = async (): Promise<TrialResults> => {
    writeFileSync(join(directory, 'two.yaml'), scenarioText(2, 200));
    const outcome = await rtsim('run', 'two.yaml', '--workers', '0', '--json', '--out', 'two');
    expect(outcome.status).toBe(exitCodes.ok);
    return JSON.parse(outcome.stdout) as TrialResults;
  };

  it('the table of rtsim run lays out 150 000 comparisons', async () => {
    const results = await base();
    const pair = results.comparisons[0];
    if (pair === undefined) throw new Error('a two-arm run has a comparison');
    const many: TrialResults = { ...results, comparisons: Array.from({ length: 150_000 }, () => pair) };
    const text = comparisonTable(many);
    expect(text.split('\n').filter((line) => line.startsWith('arm0 − arm1'))).toHaveLength(150_000);
  });

  it('the report draws Kaplan–Meier curves of 150 000 bins and scales histograms over 3000 arms', async () => {
    const results = await base();
    const [first, second] = results.arms;
    if (first === undefined || second === undefined) throw new Error('two arms');
    const longCurve = Array.from({ length: 150_000 }, (_, i) => first.localControlCurve[i % first.localControlCurve.length]);
    const stretched: TrialResults = { ...results, arms: [{ ...first, localControlCurve: longCurve }, second] };
    expect(reportHtml(stretched)).toContain('Local control');
    const manyArms: TrialResults = { ...results, comparisons: [], arms: Array.from({ length: 3000 }, (_, i) => ({ ...second, id: `arm${i}`, name: `arm${i}`, localControlCurve: [] })) };
    expect(reportHtml(manyArms)).toContain('arm2999');
  });
});
