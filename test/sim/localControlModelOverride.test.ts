// Overriding the local-control model's library values from a scenario (`localControlModel`, docs/scenarios.md):
// through the command line as built, with the library default read from core (never copied here).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { localControlDefaults } from '../../packages/core/dist/index.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-lc-model-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

function scenario(model: string, extra = ''): string {
  return `version: 1
name: local control model overrides
references: ["test scenario"]
seed: 7
patients: 4000
cohort:
  volume: { dist: lognormal, median: 150, sigma: 0.8 }
  covariates: { unplannedExcision: 0 }
  subtypes: [{ ref: sts }]
arms:
  - { id: alone, localControl: residual-disease, schedule: { fractions: 1, dose: 0 }, surgery: { day: 0, margins: { R0-close: 1 } } }
followUp: { years: 10, at: [1, 10] }
${model}
${extra}`;
}

async function run(name: string, text: string): Promise<TrialResults> {
  writeFileSync(join(directory, `${name}.yaml`), text);
  const outcome = await rtsim('run', `${name}.yaml`, '--out', name, '--workers', '0');
  expect(outcome.stderr).not.toMatch(/error|invalid/i);
  expect(outcome.status).toBe(0);
  return JSON.parse(readFileSync(join(directory, name, 'results.json'), 'utf8')) as TrialResults;
}

const lcAt = (results: TrialResults, years: number): number => results.arms[0]?.localControlAtTimes?.find((t) => t.years === years)?.localControl ?? Number.NaN;

describe('localControlModel overrides', () => {
  it('an absent section runs the library values, and the same values written out give identical arm results', async () => {
    const library = localControlDefaults.marginLogOdds['R0-close'].value;
    const theta = typeof library === 'object' && library.dist === 'fixed' ? library.value : Number.NaN;
    const plain = await run('plain', scenario(''));
    const explicit = await run('explicit', scenario(`localControlModel: { marginLogOdds: { R0-close: ${theta} } }`));
    expect(explicit.arms).toEqual(plain.arms);
    expect(plain.localControlModel).toBeUndefined();
    expect(explicit.localControlModel).toEqual({ marginLogOdds: { 'R0-close': theta } });
  });

  it('a lower margin log odds gives fewer failures; no dormancy moves every failure before 10 years into the first years', async () => {
    const plain = await run('base', scenario(''));
    const better = await run('better', scenario('localControlModel: { marginLogOdds: { R0-close: -6 } }'));
    expect(1 - lcAt(better, 10)).toBeLessThan((1 - lcAt(plain, 10)) / 5);
    const awake = await run('awake', scenario('localControlModel: { dormantShare: 0 }'));
    // Same patients and control draws: dormancy only delays detection, so control at 10 y is unchanged…
    expect(awake.arms[0]?.controlled).toBe(plain.arms[0]?.controlled);
    // …and without it no failure waits past the first year (regrowth from a few clonogens takes months).
    expect(lcAt(awake, 1)).toBeCloseTo(lcAt(awake, 10), 2);
    expect(lcAt(plain, 1) - lcAt(plain, 10)).toBeGreaterThan(0.05);
  });

  it('refuses out-of-range values and unknown names with their path, and the section without the model', async () => {
    const refused = async (name: string, text: string): Promise<string> => {
      writeFileSync(join(directory, `${name}.yaml`), text);
      const outcome = await rtsim('validate', `${name}.yaml`);
      expect(outcome.status).toBe(2);
      return outcome.stderr;
    };
    expect(await refused('range', scenario('localControlModel: { dormantShare: 1.5 }'))).toMatch(/localControlModel\.dormantShare: expected a number from 0 to 1, got 1.5/);
    expect(await refused('unknown', scenario('localControlModel: { dormantShares: 0.5 }'))).toMatch(/localControlModel.*dormantShares/);
    expect(await refused('proto', scenario('localControlModel: { marginLogOdds: { constructor: 1 } }'))).toMatch(/localControlModel\.marginLogOdds.*constructor/);
    const classic = scenario('localControlModel: { dormantShare: 0.3 }').replace('localControl: residual-disease, ', '').replace('{ R0-close: 1 }', '{ R0: 1, R1: 0, R2: 0 }').replace('  covariates: { unplannedExcision: 0 }\n', '');
    expect(await refused('classic', classic)).toMatch(/localControlModel.*localControl: residual-disease/);
  });

  it('a parameter path names a model number: its nominal is the library value, and uncertainty draws it', async () => {
    const text = scenario('', `uncertainty:
  draws: 2
  parameters:
    - { path: localControlModel.dormantShare, distribution: { dist: uniform, min: 0.2, max: 0.8 } }
`);
    writeFileSync(join(directory, 'uncertain.yaml'), text);
    const check = await rtsim('validate', 'uncertain.yaml');
    expect(check.stderr).toBe('');
    writeFileSync(join(directory, 'bad-path.yaml'), text.replace('localControlModel.dormantShare', 'localControlModel.marginLogOdds.R0-wyde'));
    const bad = await rtsim('validate', 'bad-path.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/marginLogOdds has no 'R0-wyde'; did you mean 'R0-wide'/);
  });
});
