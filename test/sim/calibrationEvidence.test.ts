// `rtsim calibrate` on a local-control evidence file (docs/calibration.md, "Local-control evidence files"), through
// the command line as built: the terms each observation kind makes (counts worked out by hand from the file's
// numbers), roles fit / holdout / holdout-NAME / sealed-holdout-NAME, the model's ordering of margins, a fit, and validation messages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvidenceResults } from '../../packages/sim/dist/calibration/EvidenceResults.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-evidence-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

const evidence = `version: 1
name: tiny evidence
patients: 2048
defaults:
  population: { margin: R0-wide, grade: { G1: 0.2, G2: 0.35, G3: 0.45 }, depth: { deep: 0.7, superficial: 0.3 }, site: extremity, age: { under50: 0.4, over50: 0.6 }, diameter: { dist: lognormal, median: 8, sigma: 0.6 }, presentation: primary, treatment: postop66 }
series:
  - id: time-course
    evidence: test
    role: fit
    citation: made up
    population:
      - { share: 0.7, margin: R0-wide }
      - { share: 0.3, margin: R1-unplanned }
    observations:
      - { kind: lc, atYears: 1, value: 0.9, patients: 100 }
      - { kind: lc, atYears: 2, value: 0.8, patients: 100 }
      - { kind: late-lr, fromYears: 2, toYears: 8, failures: 10, atRisk: 150 }
      - { kind: late-share, afterYears: 1, toYears: 8, failures: 20, events: 50 }
  - id: margins
    evidence: test
    role: holdout
    citation: made up
    strata:
      - id: wide
        population: [{ share: 1, margin: R0-wide, treatment: none }]
        observations: [{ kind: crude-lr, atYears: 5, failures: 5, patients: 60 }]
      - id: close
        population: [{ share: 1, margin: R0-close, treatment: none }]
        observations: [{ kind: crude-lr, atYears: 5, failures: 20, patients: 60 }]
  - id: sbrt
    evidence: test
    role: holdout-blind
    citation: made up
    population: [{ share: 1, margin: lesion, diameter: { dist: lognormal, median: 1.5, sigma: 0.4 }, treatment: { sbrt: { dose: 50, fractions: 5 } } }]
    observations: [{ kind: lc, atYears: 2, value: 0.9, ci95: [0.85, 0.95], patients: 500 }]
`;

async function calibrate(name: string, text: string, ...options: string[]): Promise<{ status: number; stdout: string; stderr: string; results?: EvidenceResults }> {
  writeFileSync(join(directory, `${name}.yaml`), text);
  const outcome = await rtsim('calibrate', `${name}.yaml`, '--out', name, ...options);
  if (outcome.status !== 0) return outcome;
  return { ...outcome, results: JSON.parse(readFileSync(join(directory, name, 'calibration.json'), 'utf8')) as EvidenceResults };
}

describe('rtsim calibrate on a local-control evidence file', () => {
  it('makes the terms of each observation kind, with any holdout-NAME role, and reports coverage per role', async () => {
    const { status, stdout, results } = await calibrate('tiny', evidence, '--no-fit');
    expect(status).toBe(0);
    if (results === undefined) throw new Error('no results');
    expect(results.mode).toBe('predicted');
    const terms = results.terms;
    expect(terms.map((t) => [t.series, t.stratum, t.observation])).toEqual([
      ['time-course', 'all', 'LC 1 y'],
      ['time-course', 'all', 'LC 2 y'],
      ['time-course', 'all', 'LR 2–8 y | event-free'],
      ['time-course', 'all', 'share of LR after 1 y'],
      ['margins', 'wide', 'LR by 5 y'],
      ['margins', 'close', 'LR by 5 y'],
      ['sbrt', 'all', 'LC 2 y'],
    ]);
    // LC 0.9 at 1 y of 100: 10 events of 100; at 2 y chained, 90 at risk and 90 − 80 = 10 events.
    expect(terms[0]?.n).toBe(100);
    expect(terms[0]?.events).toBeCloseTo(10, 10);
    expect(terms[1]?.n).toBeCloseTo(90, 10);
    expect(terms[1]?.events).toBeCloseTo(10, 10);
    // Effective n of LC 0.9 with 95% interval 0.85–0.95: SE = 0.1/(2·1.959964) = 0.025511, n = 0.09/SE² = 138.29.
    expect(terms[6]?.n).toBeCloseTo(138.29, 1);
    expect(terms[6]?.events).toBeCloseTo(13.829, 2);
    // Wilson 95% interval of 10 of 100, by hand: centre (0.1 + z²/200)/(1 + z²/100) = 0.11480, half-width
    // z·√(0.0009 + z²/40000)/(1 + z²/100) = 0.05957 (z = 1.959964), so 0.0552–0.1744.
    expect(terms[0]?.observedCi95[0]).toBeCloseTo(0.0552, 4);
    expect(terms[0]?.observedCi95[1]).toBeCloseTo(0.1744, 4);
    for (const t of terms) {
      expect(t.predicted).toBeGreaterThan(0);
      expect(t.predicted).toBeLessThan(1);
      expect(t.inside).toBe(t.predicted >= t.observedCi95[0] && t.predicted <= t.observedCi95[1]);
    }
    // A close margin leaves residual disease more often than a wide one: more recurrences, same patients.
    expect(terms[5]?.predicted).toBeGreaterThan(2 * (terms[4]?.predicted ?? 1));
    expect(results.coverage.map((c) => [c.role, c.terms])).toEqual([['fit', 4], ['holdout', 2], ['holdout-blind', 1]]);
    for (const c of results.coverage) expect(c.inside + c.tooManyEvents + c.tooFewEvents).toBe(c.terms);
    expect(stdout).toMatch(/^holdout-blind: \d\/1 inside/m);
    // The three held-out terms pooled, with both sign tests, in calibration.json and printed.
    expect(results.heldOut?.terms).toBe(3);
    expect(results.heldOut?.inside).toBe(terms.filter((t) => t.role !== 'fit' && t.inside).length);
    expect(stdout).toMatch(/^held out, pooled: \d\/3 inside \(\d+%\); misses \d too many events, \d too few \(sign test p [=<] [\d.]+\); predicted above observed in \d terms, below in \d \(sign test p [=<] [\d.]+\)$/m);
  });

  it('fits a model parameter by path to the fit series: the deviance at the estimate is no higher than at the library value', async () => {
    const predicted = await calibrate('tiny-predict', evidence, '--no-fit');
    const fitted = await calibrate('tiny-fit', evidence, '--fit', 'localControlModel.dormantShare=0.05:0.95');
    expect(fitted.status).toBe(0);
    const results = fitted.results;
    if (results === undefined || predicted.results === undefined) throw new Error('no results');
    expect(results.mode).toBe('fitted');
    const atLibrary = predicted.results.terms.filter((t) => t.role === 'fit').reduce((sum, t) => sum + t.deviance, 0);
    expect(results.fit?.deviance).toBeLessThanOrEqual(atLibrary + 1e-9);
    const [q] = results.parameters;
    expect(q?.path).toBe('localControlModel.dormantShare');
    expect(q?.ci95).not.toBeNull();
    expect(q?.estimate).toBeGreaterThanOrEqual(q?.ci95?.[0] ?? Number.NaN);
    expect(q?.estimate).toBeLessThanOrEqual(q?.ci95?.[1] ?? Number.NaN);
    expect(q?.informedBy).toEqual(['time-course']);
  }, 120_000);

  it('validates a sealed-holdout-NAME series and then leaves it out: no term, no coverage row, nothing printed', async () => {
    const sealedSeries = `  - id: sealed-margins
    evidence: test
    role: sealed-holdout-9
    citation: made up
    population: [{ share: 1, margin: R1-unplanned, treatment: none }]
    observations: [{ kind: crude-lr, atYears: 5, failures: 30, patients: 60 }]
`;
    const { status, stdout, results } = await calibrate('sealed', evidence + sealedSeries, '--no-fit');
    expect(status).toBe(0);
    if (results === undefined) throw new Error('no results');
    expect(results.terms.map((t) => t.series)).not.toContain('sealed-margins');
    expect(results.terms).toHaveLength(7);
    expect(results.coverage.map((c) => c.role)).toEqual(['fit', 'holdout', 'holdout-blind']);
    expect(stdout).not.toContain('sealed');
    // Sealed is not unchecked: a treatment the format does not define is refused at its line.
    const broken = await calibrate('sealed-bad', evidence + sealedSeries.replace('treatment: none', 'treatment: postop70'), '--no-fit');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/series\[3\]\.population\[0\]\.treatment: expected one of 'none', .*got "postop70"/);
  });

  it('refuses a bad role, an unknown treatment and a series without observations, each at its line', async () => {
    const bad = evidence.replace('role: holdout\n', 'role: heldout\n').replace('treatment: { sbrt: { dose: 50, fractions: 5 } }', 'treatment: sbrt50');
    const { status, stderr } = await calibrate('bad', bad, '--no-fit');
    expect(status).toBe(2);
    expect(stderr).toMatch(/series\[1\]\.role: expected a role: 'fit', 'holdout', 'holdout-' or 'sealed-holdout-' followed by letters or digits, got "heldout" \(21:\d+\)/);
    expect(stderr).toMatch(/series\[2\]\.population\[0\]\.treatment: expected one of 'none', 'preop50', .*got "sbrt50" \(34:\d+\)/);
    const without = evidence.replace("    observations: [{ kind: lc, atYears: 2, value: 0.9, ci95: [0.85, 0.95], patients: 500 }]\n", '');
    const missing = await calibrate('missing', without, '--no-fit');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/series\[2\]\.observations: missing: a series without strata needs population and observations/);
  });

  it('refuses chained local controls that cannot be counted: times out of order, LC rising, a later time after LC 0', async () => {
    const lc = '      - { kind: lc, atYears: 1, value: 0.9, patients: 100 }\n      - { kind: lc, atYears: 2, value: 0.8, patients: 100 }\n';
    expect(evidence).toContain(lc);
    const cases: [string, RegExp][] = [
      ['      - { kind: lc, atYears: 2, value: 0.9, patients: 100 }\n      - { kind: lc, atYears: 1, value: 0.8, patients: 100 }\n',
        /series\[0\]\.observations\[1\]\.atYears: expected a time after 2 y \(observations\[0\]\): local controls are chained in file order, got 1 \(\d+:\d+\)/],
      ['      - { kind: lc, atYears: 1, value: 0.5, patients: 100 }\n      - { kind: lc, atYears: 2, value: 0.9, patients: 100 }\n',
        /series\[0\]\.observations\[1\]\.value: local control cannot rise with time: expected at most 0\.5 \(observations\[0\], at 1 y\), got 0\.9/],
      ['      - { kind: lc, atYears: 1, value: 0, patients: 100 }\n      - { kind: lc, atYears: 2, value: 0, patients: 100 }\n',
        /series\[0\]\.observations\[1\]: observations\[0\] gives local control 0 at 1 y, which leaves no patient to count a later failure among/],
    ];
    for (const [index, [replacement, message]] of cases.entries()) {
      const { status, stderr, stdout } = await calibrate(`chain-${index}`, evidence.replace(lc, replacement), '--no-fit');
      expect(status).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
      expect(() => readFileSync(join(directory, `chain-${index}`, 'calibration.json'))).toThrow();
    }
  });

  it('refuses a rate of 0 or 1 with a 95% interval: its effective number of patients would be 0 (NaN in the table before)', async () => {
    const interval = 'observations: [{ kind: lc, atYears: 2, value: 0.9, ci95: [0.85, 0.95], patients: 500 }]';
    expect(evidence).toContain(interval);
    const { status, stderr } = await calibrate('certain', evidence.replace(interval, 'observations: [{ kind: lc, atYears: 2, value: 1, ci95: [0.9, 1], patients: 500 }]'), '--no-fit');
    expect(status).toBe(2);
    expect(stderr).toMatch(/series\[2\]\.observations\[0\]\.ci95: a value of 1 with a 95% interval has no effective number of patients \(p\(1 − p\)\/SE² = 0\): leave ci95 out/);
    const without = await calibrate('certain-counts', evidence.replace(interval, 'observations: [{ kind: lc, atYears: 2, value: 1, patients: 500 }]'), '--no-fit');
    expect(without.status).toBe(0);
    const term = without.results?.terms.find((t) => t.series === 'sbrt');
    expect(term?.n).toBe(500);
    expect(term?.events).toBe(0);
  });

  it('refuses population shares that do not sum to 1, naming the population and the sum (they were rescaled before)', async () => {
    const parts = '      - { share: 0.7, margin: R0-wide }\n      - { share: 0.3, margin: R1-unplanned }\n';
    expect(evidence).toContain(parts);
    // Sums by hand: 0.8 + 0.3 = 1.1 (printed so in floating point) and 0.7 + 0.2 = 0.9 (printed 0.8999999999999999).
    for (const [index, [first, second, sum]] of ([['0.8', '0.3', '1.1'], ['0.7', '0.2', '0.8999999999999999']] as const).entries()) {
      const { status, stderr, stdout } = await calibrate(`shares-${index}`, evidence.replace(parts, `      - { share: ${first}, margin: R0-wide }\n      - { share: ${second}, margin: R1-unplanned }\n`), '--no-fit');
      expect(status).toBe(2);
      expect(stderr).toMatch(new RegExp(`series\\[0\\]\\.population: the shares of the parts must sum to 1 \\(each is a fraction of the stratum's patients\\), got ${sum.replace('.', '\\.')} \\(12:\\d+\\)`));
      expect(stdout).toBe('');
    }
    // In a stratum too, at its own path.
    const stratum = "        population: [{ share: 1, margin: R0-close, treatment: none }]";
    expect(evidence).toContain(stratum);
    const strata = await calibrate('shares-stratum', evidence.replace(stratum, stratum.replace('share: 1', 'share: 0.5')), '--no-fit');
    expect(strata.status).toBe(2);
    expect(strata.stderr).toContain('series[1].strata[1].population: the shares of the parts must sum to 1 (each is a fraction of the stratum\'s patients), got 0.5');
  });

  it('refuses an observation listed twice, at the second, even with its keys in another order', async () => {
    const late = '      - { kind: late-lr, fromYears: 2, toYears: 8, failures: 10, atRisk: 150 }\n';
    expect(evidence).toContain(late);
    const again = '      - { atRisk: 150, failures: 10, toYears: 8, fromYears: 2, kind: late-lr }\n';
    const { status, stderr } = await calibrate('twice', evidence.replace(late, late + again), '--no-fit');
    expect(status).toBe(2);
    expect(stderr).toMatch(/series\[0\]\.observations\[3\]: repeats observations\[2\]: an observation listed twice would count twice in the likelihood; remove one \(\d+:\d+\)/);
    // A repeated lc is said to repeat, not to break the chain of times.
    const lc = '      - { kind: lc, atYears: 2, value: 0.8, patients: 100 }\n';
    const lcTwice = await calibrate('lc-twice', evidence.replace(lc, lc + lc), '--no-fit');
    expect(lcTwice.status).toBe(2);
    expect(lcTwice.stderr).toContain('series[0].observations[2]: repeats observations[1]');
    expect(lcTwice.stderr).not.toContain('chained in file order');
  });

  it('checks a --fit item as it checks the file\'s parameters: a log scale from 0 is refused at once (it ran away before)', async () => {
    const { status, stderr, stdout } = await calibrate('log-from-zero', evidence, '--fit', 'localControlModel.dormantShare=0:1:log');
    expect(status).toBe(2);
    expect(stderr).toContain("rtsim calibrate: --fit item 1 ('localControlModel.dormantShare=0:1:log'): a log scale needs MIN > 0, got 0");
    expect(stdout).toBe('');
  });
});
