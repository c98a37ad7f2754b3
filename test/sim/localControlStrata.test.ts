// Results by stratum of the local-control model (issue 14): grade, margin class, size band and site in
// results.json and arms.csv, exact under sharding, and `rtsim run --by`. Through the command line as built.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { StratumOutcome, TrialResults } from '../../packages/sim/dist/index.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { inProcessCli } from './inProcessCli.js';
import { parsedScenario } from './parsedScenario.js';
import { scenarioRun } from './scenarioRun.js';
import { resealShard } from './resealShard.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-strata-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

const mixed = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
const preop = (margins = mixed): string =>
  `  - { id: preop, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }`;
const alone = '  - { id: alone, localControl: residual-disease, schedule: { fractions: 32, dose: 2, perWeek: 5 } }';
const sites = '{ extremity: 0.5, trunk-wall: 0.2, retroperitoneum: 0.2, head-neck: 0.1 }';

function scenarioText(options: { patients?: number; seed?: number; sites?: string; margins?: string; at?: string } = {}): string {
  return `version: 1
name: strata
references: ["test scenario"]
seed: ${options.seed ?? 14}
patients: ${options.patients ?? 6000}
cohort:
  volume: { dist: lognormal, median: 150, sigma: 0.8 }
  covariates: { unplannedExcision: 0.2, site: ${options.sites ?? sites} }
  subtypes:
    - ref: sts
arms:
${preop(options.margins)}
${alone}
followUp: { years: 10, at: ${options.at ?? '[1, 2, 5, 10]'} }
`;
}

const run = scenarioRun(directory);

const strataOf = (results: TrialResults, armId: string, by: string): StratumOutcome[] =>
  (results.arms.find((arm) => arm.id === armId)?.byStratum ?? []).filter((group) => group.by === by);

// Wilson score interval written from Wilson (1927), independent of the code under test; z = Φ⁻¹(0.975).
function wilson(successes: number, trials: number): [number, number] {
  const z = 1.959963984540054;
  const p = successes / trials;
  const centre = p + (z * z) / (2 * trials);
  const half = z * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials));
  const denominator = 1 + (z * z) / trials;
  return [(centre - half) / denominator, (centre + half) / denominator];
}

// Standard normal CDF by the Abramowitz–Stegun 7.1.26 erf approximation (|error| < 1.5e-7, far below the tolerance).
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe('strata by size band and site', () => {
  it('results.json has every arm by size (under-5cm, 5-10cm, over-10cm) and site, in the shares the cohort implies (4 SE)', async () => {
    const { results } = await run('bands', scenarioText());
    const patients = results.patients;
    // Sphere diameter d = (6V/π)^(1/3): d < 5 cm ⟺ V < 65.45 cm³; lognormal V with median 150 cm³, σ 0.8.
    const volumeAt = (d: number): number => (Math.PI / 6) * d ** 3;
    const cdf = (d: number): number => normalCdf((Math.log(volumeAt(d)) - Math.log(150)) / 0.8);
    const expectedSize = [cdf(5), cdf(10) - cdf(5), 1 - cdf(10)];
    const expectedSite = [0.5, 0.2, 0.2, 0.1];
    for (const armId of ['preop', 'alone']) {
      const size = strataOf(results, armId, 'size');
      expect(size.map((g) => g.stratum)).toEqual(['under-5cm', '5-10cm', 'over-10cm']);
      size.forEach((g, i) => {
        const share = expectedSize[i];
        expect(Math.abs(g.patients / patients - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / patients));
      });
      const site = strataOf(results, armId, 'site');
      expect(site.map((g) => g.stratum)).toEqual(['extremity', 'trunk-wall', 'retroperitoneum', 'head-neck']);
      site.forEach((g, i) => {
        const share = expectedSite[i];
        expect(Math.abs(g.patients / patients - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / patients));
      });
    }
  });

  it('size acts on gross disease: RT alone controls small tumours better than large ones at 5 years (evidence C2)', async () => {
    const { results } = await run('bands-gross', scenarioText());
    const [small, , large] = strataOf(results, 'alone', 'size');
    const at5 = (g: StratumOutcome | undefined): number => g?.localControlAtTimes?.find((x) => x.years === 5)?.localControl as number;
    expect(at5(small)).toBeGreaterThan(at5(large));
  });

  it('each stratum has its LC curve and LC at every followUp.at with its Wilson 95% interval', async () => {
    const { results } = await run('intervals', scenarioText());
    for (const arm of results.arms) {
      for (const group of arm.byStratum ?? []) {
        expect(group.localControlCurve).toHaveLength(arm.localControlCurve.length);
        const at = group.localControlAtTimes ?? [];
        expect(at.map((x) => x.years)).toEqual([1, 2, 5, 10]);
        for (const x of at) {
          const free = Math.round((x.localControl as number) * group.patients);
          const [lower, upper] = wilson(free, group.patients);
          expect(x.localControlCi95?.[0]).toBeCloseTo(lower, 12);
          expect(x.localControlCi95?.[1]).toBeCloseTo(upper, 12);
        }
      }
    }
  });

  it('arms.csv has size and site rows (long format) and the interval columns after every existing column', async () => {
    const { csv, results } = await run('csv', scenarioText({ at: '[2, 5]' }));
    const [header, ...lines] = csv.trimEnd().split('\n');
    const columns = (header ?? '').split(',');
    expect(columns.slice(0, 23)).toEqual([
      'arm_id', 'arm_name', 'scope', 'subtype_id', 'patients', 'fractions', 'total_dose_gy', 'overall_time_days', 'mean_tcp', 'mean_tcp_se',
      'controlled', 'control_rate', 'control_ci95_lower', 'control_ci95_upper', 'local_control_1y', 'local_control_2y', 'local_control_5y',
      'ntcp', 'uncomplicated_control', 'local_control_at_2y', 'local_recurrence_at_2y', 'local_control_at_5y', 'local_recurrence_at_5y',
    ]);
    expect(columns.slice(23)).toEqual(['local_control_at_2y_ci95_lower', 'local_control_at_2y_ci95_upper', 'local_control_at_5y_ci95_lower', 'local_control_at_5y_ci95_upper']);
    const row = lines.find((line) => line.startsWith('alone,alone,size,over-10cm,'))?.split(',') ?? [];
    const group = strataOf(results, 'alone', 'size')[2];
    expect(Number(row[4])).toBe(group?.patients);
    expect(Number(row[21])).toBe(group?.localControlAtTimes?.[1]?.localControl);
    expect(Number(row[25])).toBe(group?.localControlAtTimes?.[1]?.localControlCi95?.[0]);
    expect(lines.some((line) => line.startsWith('preop,preop,site,head-neck,'))).toBe(true);
  });
});

describe('report.html', () => {
  it('draws, per dimension and arm, one Kaplan–Meier step line per stratum, with units on the axes', async () => {
    await run('report', scenarioText());
    const html = read('report', 'report.html');
    const section = html.slice(html.indexOf('<h2>Local control over time by stratum</h2>'));
    expect(section.length).toBeLessThan(html.length);
    const headings = Array.from(section.matchAll(/<h3>([^<]*)<\/h3>/g), (m) => m[1]);
    expect(headings).toEqual(['By FNCLCC grade', 'By margin class (none: no surgery in the arm)', 'By tumour diameter (under-5cm: below 5 cm, 5-10cm: 5–10 cm, over-10cm: above 10 cm)', 'By site']);
    // The size row: two arms, three strata each, labelled with their patients.
    const sizeRow = section.slice(section.indexOf('<h3>By tumour diameter'), section.indexOf('<h3>By site'));
    const charts = sizeRow.split('<svg').slice(1);
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart.match(/<path class="series"/g)).toHaveLength(3);
      expect(chart).toMatch(/under-5cm \(n = \d+\)/);
      expect(chart).toContain('Time since start of treatment (years)');
      expect(chart).toContain('Local control (%)');
    }
    // Every stratum chart whose local-control axis does not start at 0 says where it starts in its title, as the main
    // local-control chart does: a multiple of 10 % at or just below the axis' lowest tick (ticks are 10 or 20 % apart).
    const strata = section.slice(0, section.indexOf('</section>')).split('<svg').slice(1);
    expect(strata.length).toBe(4 * 2);
    for (const chart of strata) {
      const title = /class="chart-title"[^>]*>([^<]*)</.exec(chart)?.[1] ?? '';
      const leftAxis = chart.slice(chart.indexOf('class="axis axis-left'));
      const lowestTick = Number(/class="tick-label"[^>]*>([^<]*)</.exec(leftAxis)?.[1]);
      expect(lowestTick).toBeGreaterThan(0); // sarcoma LC stays high: the axes are zoomed here
      const start = Number(/^Arm \S+ \(the axis starts at (\d+) %\)$/.exec(title)?.[1]);
      expect(start % 10).toBe(0);
      expect(start).toBeGreaterThan(0);
      expect(lowestTick - start).toBeGreaterThanOrEqual(0);
      expect(lowestTick - start).toBeLessThan(20);
    }
  });
});

describe('properties of the strata', () => {
  it('per arm and dimension the strata partition the patients, the controlled and the failures; LC never rises with follow-up in any stratum', async () => {
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000_000 }),
        // Site and margin mixes as four positive weights (normalised below): any mix the schema accepts.
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
        async (seed, siteWeights, marginWeights) => {
          const share = (weights: number[], i: number): number => (weights[i]) / weights.reduce((a, b) => a + b, 0);
          const siteMix = `{ extremity: ${share(siteWeights, 0)}, trunk-wall: ${share(siteWeights, 1)}, retroperitoneum: ${share(siteWeights, 2)}, head-neck: ${share(siteWeights, 3)} }`;
          const classes = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2'];
          const marginMix = `{ ${classes.map((c, i) => `${c}: ${share(marginWeights, i)}`).join(', ')} }`;
          const { results } = await run(`property-${runIndex++}`, scenarioText({ patients: 700, seed, sites: siteMix, margins: marginMix }));
          for (const arm of results.arms) {
            for (const by of ['grade', 'margin', 'size', 'site']) {
              const strata = (arm.byStratum ?? []).filter((g) => g.by === by);
              expect(strata.reduce((total, g) => total + g.patients, 0)).toBe(arm.patients);
              expect(strata.reduce((total, g) => total + g.controlled, 0)).toBe(arm.controlled);
              // Failures by each time: the strata's 1 − LC, weighted by their patients, add up to the arm's.
              arm.localControlCurve.forEach((value, t) => {
                const failed = strata.reduce((total, g) => total + Math.round((1 - (g.localControlCurve[t])) * g.patients), 0);
                expect(failed).toBe(Math.round((1 - value) * arm.patients));
              });
              for (const g of strata) {
                for (let t = 1; t < g.localControlCurve.length; t++) expect(g.localControlCurve[t]).toBeLessThanOrEqual(g.localControlCurve[t - 1]);
                const values = (g.localControlAtTimes ?? []).map((x) => x.localControl as number);
                for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
              }
            }
          }
        },
      ),
      { numRuns: 5, seed: 1406 },
    );
  }, 120_000);
});

describe('strata under sharding', () => {
  // 9000 patients are 3 blocks.
  const text = scenarioText({ patients: 9000 });

  it('shards merged give results.json and arms.csv byte-identical to the single run', async () => {
    const single = await run('single', text);
    writeFileSync(join(directory, 'sharded.yaml'), text);
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'sharded.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'parts')).status).toBe(exitCodes.ok);
    const merged = await rtsim('merge', ...[1, 2, 3].map((k) => join('parts', `partial-${k}-of-3.json`)), '--out', 'merged');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('merged', 'results.json')).toBe(single.json);
    expect(read('merged', 'arms.csv')).toBe(single.csv);
  });

  it('a shard whose size-band patients no longer add up to the arm is refused (checksum recomputed), naming the file', async () => {
    writeFileSync(join(directory, 'tamper.yaml'), text);
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'tamper.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'tamper')).status).toBe(exitCodes.ok);
    const part = JSON.parse(read('tamper', 'partial-2-of-3.json')) as { accumulator: { counts: number[]; dimensions: Record<string, number> } };
    // PartialLayout (docs and partialLayout.ts): the strata section holds arms × 16 strata × (2 + T) counts;
    // stratum 9 (under-5cm) of arm 0 begins at its start + 9 (2 + T), its first count the patients.
    const { counts } = part.accumulator;
    const { stratumCounts: strataStart, stratumStride: stride } = compilePlan(parsedScenario(text)).layout;
    counts[strataStart + 9 * stride] = (counts[strataStart + 9 * stride]) + 1;
    writeFileSync(join(directory, 'tamper', 'edited.json'), JSON.stringify(resealShard(part)));
    const merged = await rtsim('merge', join('tamper', 'partial-1-of-3.json'), join('tamper', 'edited.json'), join('tamper', 'partial-3-of-3.json'), '--out', 'never');
    expect(merged.status).toBe(exitCodes.invalidInput);
    expect(merged.stderr).toContain('edited.json');
    expect(merged.stderr).toContain('strata by size');
  });
});

describe('rtsim run --by', () => {
  it('--by size,site prints those strata only, in that order', async () => {
    const { stdout } = await run('by-size-site', scenarioText(), '--by', 'size,site');
    expect(stdout).toMatch(/size under-5cm/);
    expect(stdout).toMatch(/site head-neck/);
    expect(stdout).not.toMatch(/grade G1|margin R0-wide/);
    expect(stdout.indexOf('size over-10cm')).toBeLessThan(stdout.indexOf('site extremity'));
  });

  it('without --by the table shows grade and margin class, as before', async () => {
    const { stdout } = await run('by-default', scenarioText());
    expect(stdout).toMatch(/grade G1/);
    expect(stdout).toMatch(/margin R0-wide/);
    expect(stdout).not.toMatch(/size under-5cm|site extremity/);
  });

  it('refuses an unknown, empty or repeated dimension naming --by and the allowed values, and writes nothing', async () => {
    writeFileSync(join(directory, 'by-bad.yaml'), scenarioText({ patients: 100 }));
    for (const value of ['grades', 'grade,,size', 'size,size', '']) {
      const outcome = await rtsim('run', 'by-bad.yaml', '--workers', '0', '--out', 'by-bad', '--by', value);
      expect(outcome.status).toBe(exitCodes.invalidInput);
      expect(outcome.stderr).toContain('--by');
      if (value !== 'size,size') expect(outcome.stderr).toContain('grade, margin, size, site');
    }
    expect((await rtsim('run', 'by-bad.yaml', '--workers', '0', '--out', 'by-bad', '--by', 'grades')).stderr).toContain("did you mean 'grade'");
    expect(() => readFileSync(join(directory, 'by-bad', 'results.json'))).toThrow();
  });

  it('refuses --by for a scenario without the local-control model', async () => {
    writeFileSync(
      join(directory, 'classic.yaml'),
      `version: 1
name: classic
references: ["test scenario"]
seed: 1
patients: 100
cohort:
  volume: { dist: lognormal, median: 150, sigma: 0.8 }
  subtypes:
    - ref: sts
arms:
  - { id: a, schedule: { fractions: 25, dose: 2, perWeek: 5 } }
followUp: { years: 5 }
`,
    );
    const outcome = await rtsim('run', 'classic.yaml', '--workers', '0', '--out', 'classic', '--by', 'grade');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/--by grade: .*local-control model/);
  });
});
