// The sarcoma calibration (calibration/sts-series.yaml) shipped in calibration/result/calibration.json is model 1's;
// docs/calibration.md, "Not rerun for model 2", reports a rerun under model 2 whose output is
// test/fixtures/calibration-model-2-rerun.json. This keeps the doc's figures equal to that output and checks its
// claim that each run's estimates lie inside the other's profile intervals.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface Parameter {
  path: string;
  estimate: number;
  ci95: [number, number];
  ciAtBound: [boolean, boolean];
}
interface Calibration {
  fit: { deviance: number; evaluations: number };
  parameters: Parameter[];
}

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const rerun = JSON.parse(read('test/fixtures/calibration-model-2-rerun.json')) as Calibration;
const shipped = JSON.parse(read('calibration/result/calibration.json')) as Calibration;
const doc = read('docs/calibration.md').replace(/\s+/g, ' ');
const byPath = (run: Calibration, path: string): Parameter => {
  const found = run.parameters.find((p) => p.path === path);
  if (found === undefined) throw new Error(`no parameter ${path}`);
  return found;
};
/** m × 10⁻ᵉ with one decimal, as the doc writes a residual fraction. */
const power = (v: number): string => {
  const exponent = Math.floor(Math.log10(v));
  return `${(v / 10 ** exponent).toFixed(1)} × 10${String(exponent).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d)}`;
};

describe('the sarcoma calibration under model 2, as docs/calibration.md reports it', () => {
  test('the run, its fit and its estimates are the doc\'s', () => {
    expect(doc).toContain(`took ${rerun.fit.evaluations} evaluations and reached −2 ln L = ${rerun.fit.deviance.toFixed(2)}`);
    const sts = byPath(rerun, 'cohort.subtypes[sts].alpha.mean');
    expect(doc).toContain(`STS α ${sts.estimate.toFixed(3)} (${sts.ci95[0].toFixed(3)}–${sts.ci95[1].toFixed(3)})`);
    const r0 = byPath(rerun, 'arms[*].surgery.residualFraction.R0.median');
    expect(doc).toContain(`R0 residual fraction ${power(r0.estimate)} (${power(r0.ci95[0])} – ${power(r0.ci95[1])})`);
    const r1 = byPath(rerun, 'arms[*].surgery.residualFraction.R1.median');
    expect(r1.ciAtBound).toEqual([false, true]);
    expect(doc).toContain(`R1 ${power(r1.estimate)} (${power(r1.ci95[0])} – ≥ 10⁻¹, bound)`);
    const mls = rerun.parameters.find((p) => p.path === 'cohort.subtypes[myxoid-liposarcoma].alpha.mean');
    expect(mls).toBeDefined();
    expect(doc).toContain(`MLS α ${mls?.estimate.toFixed(3)} (${mls?.ci95[0].toFixed(3)}–${mls?.ci95[1].toFixed(3)})`);
  });

  test('each run\'s estimate lies inside the other run\'s profile interval, as the doc says', () => {
    expect(rerun.parameters.map((p) => p.path)).toEqual(shipped.parameters.map((p) => p.path));
    for (const [run, other] of [[rerun, shipped], [shipped, rerun]] as const) {
      for (const p of run.parameters) {
        const [low, high] = byPath(other, p.path).ci95;
        expect(p.estimate, p.path).toBeGreaterThan(low);
        expect(p.estimate, p.path).toBeLessThan(high);
      }
    }
    expect(doc).toContain('each well inside both runs\' profile intervals');
  });
});

describe('the command docs/calibration.md gives for the sarcoma calibration', () => {
  test('says which run prints today (model 2\'s) and which is checked in (model 1\'s), with their figures', () => {
    expect(doc).toContain(`is **model 1's** run of 27 November 2026: ${shipped.fit.evaluations} likelihood evaluations, −2 ln L = ${shipped.fit.deviance.toFixed(2)}.`);
    expect(doc).toContain(`is model 2's (the random streams changed, docs/determinism.md): ${rerun.fit.evaluations} evaluations, −2 ln L = ${rerun.fit.deviance.toFixed(2)},`);
  });

  test('never writes into the checked-in calibration/result/ except in the step that replaces it on purpose', () => {
    const commands = read('docs/calibration.md').split('\n').filter((line) => line.includes('calibrate calibration/sts-series.yaml'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) expect(command).toContain('--out calibration-rerun');
  });
});

