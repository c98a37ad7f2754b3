// Distant metastasis and death from sarcoma in the cohort engine (issue 15; docs/metastasis-model.md, "Engine
// wiring"), through the command line as built: identities of the endpoints, common random numbers (a better treatment
// of the primary never lowers OS), nothing moves without `metastasis`, determinism under workers and shards, and
// validation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { ResolvedScenario, TrialResults } from '../../packages/sim/dist/index.js';
import { parseScenario } from '../../packages/sim/dist/index.js';
import { metastasisDefaults } from '../../packages/core/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import type { ScenarioRun } from './scenarioRun.js';
import { scenarioRun } from './scenarioRun.js';
import { armOf, metastasisOf } from './armOf.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-metastasis-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const run = scenarioRun(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');

const margins = '{ R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 }';
// The same 25 fractions and surgery day in both arms (same span), 2.4 Gy per fraction in the better one.
const arms = [
  `  - { id: low, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }`,
  `  - { id: high, localControl: residual-disease, schedule: { fractions: 25, dose: 2.4, perWeek: 5 }, surgery: { day: 67, margins: ${margins} } }`,
];

function scenarioText(options: { patients?: number; background?: boolean; metastasis?: string } = {}): string {
  return `version: 1
name: metastasis engine
references: ["test scenario"]
seed: 151
patients: ${options.patients ?? 8200}
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  covariates: { grade: { G1: 0.2, G2: 0.35, G3: 0.45 } }
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: 10, at: [1, 2, 5, 10] }
${options.background === false ? '' : 'background: { lifeTable: us-ssa-2017, sex: { female: 0.43 } }\n'}${options.metastasis === undefined ? '' : `metastasis: ${options.metastasis}\n`}`;
}


let withMetastasis: ScenarioRun;
let backgroundOnly: ScenarioRun;
let withoutBackground: ScenarioRun;
beforeAll(async () => {
  withMetastasis = await run('with', scenarioText({ metastasis: '{}' }));
  backgroundOnly = await run('background', scenarioText());
  withoutBackground = await run('alone', scenarioText({ background: false, metastasis: '{ era: 2012 }' }));
});

describe('metastasis: identities at every follow-up time, every arm and stratum', () => {
  it('OS ≤ DSS, LRFS ≤ LC, CIF(LR first) + CIF(death first) + LRFS = 1, DMFS + CIF(metastasis) ≥ 1', () => {
    let checked = 0;
    for (const results of [withMetastasis.results, withoutBackground.results]) {
      for (const arm of results.arms) {
        for (const group of [arm, ...(arm.byStratum ?? [])]) {
          const events = group.competingEvents;
          if (events === undefined) throw new Error('no competing events');
          const metastasis = metastasisOf(group);
          for (const [index, at] of (events.atTimes ?? []).entries()) {
            const m = metastasis.atTimes?.[index];
            if (m === undefined) throw new Error('metastasis times missing');
            const { localRecurrenceIncidence: lr, otherCauseDeathIncidence: death, localRecurrenceFreeSurvival: lrfs, localControl } = at;
            const { overallSurvival: os, diseaseSpecificSurvival: dss, distantMetastasisFreeSurvival: dmfs, metastasisIncidence: cif } = m;
            if (lr === null || death === null || lrfs === null || localControl === null || os === null || dss === null || dmfs === null || cif === null) {
              throw new Error('a time inside follow-up is null');
            }
            if (group.patients === 0) continue;
            expect(Math.abs(lr + death + lrfs - 1)).toBeLessThan(1e-12);
            expect(lrfs).toBeLessThanOrEqual(localControl);
            expect(os).toBeLessThanOrEqual(dss + 1e-15);
            // Kaplan–Meier with death censored is at most 1 − the crude incidence (net ≥ crude).
            expect(dmfs).toBeLessThanOrEqual(1 - cif + 1e-12);
            expect(dss).toBeLessThanOrEqual(1 - (m.sarcomaDeathIncidence ?? Number.NaN) + 1e-12);
            // Everyone who died of sarcoma is dead: its incidence is at most the share dead of any cause.
            expect(m.sarcomaDeathIncidence ?? Number.NaN).toBeLessThanOrEqual(1 - os + 1e-12);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('without background nobody dies of other causes: DMFS = 1 − CIF(metastasis), DSS = OS = 1 − CIF(sarcoma death)', () => {
    for (const arm of withoutBackground.results.arms) {
      const metastasis = metastasisOf(arm);
      expect(metastasis.otherCauseDeaths).toBe(0);
      for (const at of metastasis.atTimes ?? []) {
        expect(at.distantMetastasisFreeSurvival).toBeCloseTo(1 - (at.metastasisIncidence ?? Number.NaN), 12);
        expect(at.diseaseSpecificSurvival).toBeCloseTo(at.overallSurvival ?? Number.NaN, 12);
        expect(at.diseaseSpecificSurvival).toBeCloseTo(1 - (at.sarcomaDeathIncidence ?? Number.NaN), 12);
      }
    }
  });

  it('the era lengthens survival after metastasis only: 2012 vs 2004 gives the same metastases, fewer sarcoma deaths', async () => {
    const early = await run('era2004', scenarioText({ background: false, metastasis: '{ era: 2004 }' }));
    for (const id of ['low', 'high']) {
      const later = metastasisOf(armOf(withoutBackground.results, id));
      const earlier = metastasisOf(armOf(early.results, id));
      expect(later.metastasesFirst).toBe(earlier.metastasesFirst);
      expect(later.sarcomaDeaths).toBeLessThan(earlier.sarcomaDeaths);
    }
    // μ_S(2012) = 589.6 d · e^{0.0237 · 8} (library, revision 4; hand calculation: 712.7 d)
    expect(withoutBackground.results.metastasis?.survivalMedianDays).toBeCloseTo(589.6 * Math.exp(0.0237 * 8), 9);
  });
});

describe('metastasis: common random numbers', () => {
  it('the better treatment of the primary (2.4 Gy per fraction, same span) never lowers OS nor raises metastases, at any bin', () => {
    for (const results of [withMetastasis.results, withoutBackground.results]) {
      const low = metastasisOf(armOf(results, 'low'));
      const high = metastasisOf(armOf(results, 'high'));
      expect(high.metastasesFirst).toBeLessThanOrEqual(low.metastasesFirst);
      expect(high.sarcomaDeaths).toBeLessThanOrEqual(low.sarcomaDeaths);
      const lowCurve = low.curves?.overallSurvival ?? [];
      const highCurve = high.curves?.overallSurvival ?? [];
      expect(highCurve.length).toBe(lowCurve.length);
      expect(highCurve.length).toBeGreaterThan(500);
      for (const [j, value] of highCurve.entries()) expect(value).toBeGreaterThanOrEqual(lowCurve[j] ?? Number.NaN);
      // And the better arm does have fewer recurrences, so the check is not empty.
      expect(armOf(results, 'high').competingEvents?.localRecurrencesFirst).toBeLessThan(armOf(results, 'low').competingEvents?.localRecurrencesFirst ?? 0);
    }
  });
});

describe('metastasis: nothing moves without it', () => {
  it('adding metastasis leaves every field outside competingEvents unchanged, and the other-cause deaths of the arms', () => {
    const strip = (results: TrialResults): unknown =>
      JSON.parse(JSON.stringify({ ...results, scenario: undefined, metastasis: undefined, comparisons: results.comparisons.map((pair) => ({ ...pair, competingEvents: undefined })) }), (key, value: unknown) =>
        key === 'competingEvents' ? undefined : value,
      );
    expect(strip(withMetastasis.results)).toEqual(strip(backgroundOnly.results));
    expect(backgroundOnly.results.metastasis).toBeUndefined();
    expect(backgroundOnly.json).not.toContain('distantMetastasisFreeSurvival');
    // Other-cause deaths are the same draws: with background only every death is from other causes.
    for (const id of ['low', 'high']) {
      const only = armOf(backgroundOnly.results, id).competingEvents;
      const total = (only?.otherCauseDeathsFirst ?? 0) + (only?.otherCauseDeathsAfterLocalRecurrence ?? 0);
      const metastasis = metastasisOf(armOf(withMetastasis.results, id));
      // With metastasis some patients die of sarcoma first and never reach their other-cause death.
      expect(metastasis.otherCauseDeaths).toBeLessThanOrEqual(total);
      expect(metastasis.otherCauseDeaths).toBeGreaterThan(0.5 * total);
    }
  });
});

describe('metastasis: determinism and shards', () => {
  const text = scenarioText({ patients: 8200, metastasis: '{ era: 2010 }' });
  beforeAll(async () => {
    writeFileSync(join(directory, 'sharded.yaml'), text);
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'sharded.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'parts')).status).toBe(exitCodes.ok);
  });

  it('2 worker threads and 3 merged shards give results.json and arms.csv byte-identical to the single run', async () => {
    const single = await run('single', text);
    const threads = await run('threads', text, '--workers', '2');
    expect(threads.json).toBe(single.json);
    // The comparisons hold the paired event times of every endpoint, the competing causes' included.
    expect(single.results.comparisons[0].competingEvents?.diseaseSpecificSurvival?.incidenceAtTimes).toHaveLength(4);
    const merged = await rtsim('merge', ...[1, 2, 3].map((k) => join('parts', `partial-${k}-of-3.json`)), '--out', 'merged');
    expect(merged.status).toBe(exitCodes.ok);
    expect(read('merged', 'results.json')).toBe(single.json);
    expect(read('merged', 'arms.csv')).toBe(single.csv);
  });
});

describe('metastasis: validation', () => {
  it('an arm on the classic clonogen model beside residual-disease arms is accepted (metastasisClassic.test.ts runs such arms)', async () => {
    const text = scenarioText({ metastasis: '{}' }).replace('arms:\n', 'arms:\n  - { id: classic, schedule: { fractions: 25, dose: 2 } }\n');
    writeFileSync(join(directory, 'mixed.yaml'), text);
    const outcome = await rtsim('validate', 'mixed.yaml');
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(exitCodes.ok);
  });

  it('an era outside 1950–2100 is refused at metastasis.era', async () => {
    writeFileSync(join(directory, 'era.yaml'), scenarioText({ metastasis: '{ era: 1900 }' }));
    const outcome = await rtsim('validate', 'era.yaml');
    expect(outcome.status).toBe(exitCodes.invalidInput);
    expect(outcome.stderr).toMatch(/metastasis\.era/);
  });

  it('a histology key that names no subtype is refused at its key, with the closest id; a value outside −5 to 5 at its value', async () => {
    writeFileSync(join(directory, 'histology-key.yaml'), scenarioText({ metastasis: '{ histology: { stss: 0.2 } }' }));
    const unknown = await rtsim('validate', 'histology-key.yaml');
    expect(unknown.status).toBe(exitCodes.invalidInput);
    expect(unknown.stderr).toContain("metastasis.histology.stss: unknown subtype id 'stss'; did you mean 'sts'? subtypes: sts");
    writeFileSync(join(directory, 'histology-value.yaml'), scenarioText({ metastasis: '{ histology: { sts: 9 } }' }));
    const large = await rtsim('validate', 'histology-value.yaml');
    expect(large.status).toBe(exitCodes.invalidInput);
    expect(large.stderr).toMatch(/metastasis\.histology\.sts: expected a number from -5 to 5, got 9/);
  });
});

describe('metastasis: histology in the resolved scenario', () => {
  const resolved = (subtypes: string, metastasis: string): ResolvedScenario => {
    const parsed = parseScenario(scenarioText({ metastasis }).replace('    - ref: sts\n', subtypes));
    if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
    return parsed.scenario;
  };

  it('is left out when every subtype\'s is 0, so an sts scenario\'s hash is what it was before histology acted', () => {
    expect(resolved('    - ref: sts\n', '{}').metastasis).toEqual({ era: 2004 });
    expect(resolved('    - ref: mpnst\n', '{ histology: { mpnst: 0 } }').metastasis).toEqual({ era: 2004 });
  });

  it('holds each subtype\'s value in subtype order: the library\'s by ref (Kattan points, by hand), or the file\'s', () => {
    const metastasis = resolved('    - ref: sts\n    - ref: myxoid-liposarcoma\n    - { ref: synovial-sarcoma, id: ss }\n', '{ histology: { ss: 0.5 } }').metastasis;
    // 0.01567 × (39 − 55.5) = −0.2586, rounded to 4 decimals by the library.
    expect(metastasis?.histologyLogOddsRatio).toEqual([0, -0.2586, 0.5]);
  });
});

/** DMFS and DSS of a cohort without recurrence or other-cause death (scripts/reference/metastasis_engine.py, numpy). */
const reference = JSON.parse(readFileSync(new URL('../fixtures/metastasis-engine.json', import.meta.url), 'utf8')) as {
  p: number;
  spanDays: number;
  times: { years: number; dmfs: number; dss: number }[];
};

describe('metastasis: an independent reference', () => {
  const patients = 20000;
  const alpha = '{ dist: normal, mean: 0.232, sd: 0.08, min: 0.1 }';
  /** A G3, deep, 8.3 cm cohort cured locally: 20 × 10 Gy before surgery with wide margins leaves no residue, so none seeds. */
  const cohort = (name: string, seed: number, subtypes: readonly string[], metastasis = '{}'): string => `version: 1
name: ${name}
references: ["test scenario"]
seed: ${seed}
patients: ${patients}
cohort:
  volume: 300
  covariates: { grade: { G1: 0, G2: 0, G3: 1 }, depth: { deep: 1, superficial: 0 }, presentation: { primary: 1, recurrent: 0 }, unplannedExcision: 0 }
  subtypes:
${subtypes.map((subtype) => `    - ${subtype}`).join('\n')}
arms:
  # 20 × 10 Gy before surgery on day ${reference.spanDays} with wide margins: no residue survives (10 × 8 Gy left 30 recurrences), so none seeds.
  - { id: cured, localControl: residual-disease, schedule: { fractions: 20, dose: 10, perWeek: 5 }, surgery: { day: ${reference.spanDays}, margins: { R0-wide: 1 } } }
followUp: { years: 10, at: [${reference.times.map((row) => row.years).join(', ')}] }
metastasis: ${metastasis}
`;
  /** DMFS of a cohort whose probability of metastasis is p: P(S + T_D < t) is the reference's (histology acts on p only). */
  const expectDmfs = (arm: TrialResults['arms'][number] | undefined, p: number, label: string): void => {
    expect(arm?.competingEvents?.localRecurrencesFirst, label).toBe(0);
    for (const row of reference.times) {
      const expected = 1 - (p * (1 - row.dmfs)) / reference.p;
      const engine = metastasisOf(arm ?? {}).atTimes?.find((time) => time.years === row.years)?.distantMetastasisFreeSurvival ?? Number.NaN;
      expect(Math.abs(engine - expected), `${label}: DMFS at ${row.years} y`).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / patients));
    }
  };
  // p′ of MPNST from the reference's p by hand: 0.01567 log hazard per Kattan point × (100 − 55.5) points, read as log odds.
  const mpnstP = 1 / (1 + Math.exp(-(Math.log(reference.p / (1 - reference.p)) + 0.01567 * (100 - 55.5))));

  it('DMFS = 1 − p·P(S + T_D < t) and DSS of a G3, deep, 8.3 cm cohort without recurrence match numpy within 4 standard errors', async () => {
    const outcome = await run('reference', cohort('metastasis reference', 7, [`{ ref: sts, override: { alpha: ${alpha} } }`]));
    const arm = outcome.results.arms[0];
    expect(arm?.competingEvents?.localRecurrencesFirst).toBe(0);
    const metastasis = metastasisOf(arm ?? {});
    for (const row of reference.times) {
      const at = metastasis.atTimes?.find((time) => time.years === row.years);
      for (const [engine, expected] of [[at?.distantMetastasisFreeSurvival, row.dmfs], [at?.diseaseSpecificSurvival, row.dss]] as const) {
        const standardError = Math.sqrt((expected * (1 - expected)) / patients);
        expect(Math.abs((engine ?? Number.NaN) - expected)).toBeLessThan(4 * standardError);
      }
    }
  });

  it('histology: an MPNST cohort metastasises as p′ = logistic(logit p + 0.6973) says (Kattan 100 points against 55.5), under its own id too; a subtype of the file\'s own as sts, even named mpnst, unless metastasis.histology gives it a value', async () => {
    const own = (id: string): string => `{ id: ${id}, name: Own, weight: 1, parameters: { alpha: ${alpha}, alphaBeta: 4, doublingTime: 30, kickoffTime: 21, clonogenDensity: 1.0e7, volume: 300, hypoxicFraction: 0, oer: 2.5 } }`;
    for (const [name, subtype, metastasis, p] of [
      ['mpnst under its own id', `{ ref: mpnst, id: nerve-sheath, override: { alpha: ${alpha} } }`, '{}', mpnstP],
      ['own subtype named mpnst', own('mpnst'), '{}', reference.p],
      ['own subtype given the value', own('own-sarcoma'), '{ histology: { own-sarcoma: 0.6973 } }', mpnstP],
    ] as const) {
      const outcome = await run(`histology-${name.replaceAll(' ', '-')}`, cohort('metastasis histology', 7, [subtype], metastasis));
      expectDmfs(outcome.results.arms[0], p, name);
    }
  });

  it('metastasis.model: θ raised by 0.8 above the library value moves p as the histology shift does, p′ = logistic(logit p + 0.8)', async () => {
    const library = metastasisDefaults.interceptLogOdds.value;
    const theta = typeof library === 'object' && library.dist === 'fixed' ? library.value : Number.NaN;
    // The shift 0.8 is chosen here; p′ by hand from the reference's p (numpy, at the library θ).
    const shifted = 1 / (1 + Math.exp(-(Math.log(reference.p / (1 - reference.p)) + 0.8)));
    const outcome = await run('theta-override', cohort('metastasis theta override', 9, [`{ ref: sts, override: { alpha: ${alpha} } }`], `{ model: { interceptLogOdds: ${theta + 0.8} } }`));
    expect(outcome.results.metastasis?.interceptLogOdds).toBe(theta + 0.8);
    expectDmfs(outcome.results.arms[0], shifted, 'θ + 0.8');
  });

  it('histology by subtype: a cohort half sts, half MPNST under its own id, metastasises as the mean of p and p′ and records each subtype\'s value', async () => {
    const subtypes = [`{ ref: sts, weight: 1, override: { alpha: ${alpha} } }`, `{ ref: mpnst, id: nerve-sheath, weight: 1, override: { alpha: ${alpha} } }`];
    const { results } = await run('histology-mix', cohort('metastasis histology mix', 8, subtypes));
    expect(results.metastasis?.histologyLogOddsRatio).toEqual([
      { subtype: 'sts', logOddsRatio: 0 },
      { subtype: 'nerve-sheath', logOddsRatio: 0.6973 },
    ]);
    expectDmfs(results.arms[0], (reference.p + mpnstP) / 2, 'half MPNST');
  });
});

describe('metastasis: arms.csv and the report', () => {
  it('arms.csv appends dmfs, cif_metastasis, dss, cif_sarcoma_death, os per time with intervals, holding the results.json values; none without metastasis', () => {
    const [head = '', ...rows] = withMetastasis.csv.trimEnd().split('\n');
    const columns = head.split(',');
    const armRow = rows.find((line) => line.startsWith('high,') && line.split(',')[2] === 'arm')?.split(',') ?? [];
    const at10 = metastasisOf(armOf(withMetastasis.results, 'high')).atTimes?.find((at) => at.years === 10);
    expect(Number(armRow[columns.indexOf('os_at_10y')])).toBe(at10?.overallSurvival);
    expect(Number(armRow[columns.indexOf('dmfs_at_10y_ci95_lower')])).toBe(at10?.distantMetastasisFreeSurvivalCi95?.[0]);
    expect(Number(armRow[columns.indexOf('dss_at_10y')])).toBe(at10?.diseaseSpecificSurvival);
    expect(Number(armRow[columns.indexOf('cif_metastasis_at_10y')])).toBe(at10?.metastasisIncidence);
    expect(Number(armRow[columns.indexOf('cif_sarcoma_death_at_10y')])).toBe(at10?.sarcomaDeathIncidence);
    expect(backgroundOnly.csv).not.toContain('dmfs_');
  });

  it('every endpoint compared carries the trial that would detect its hazard ratio: Schoenfeld by hand from the HR and the share with the event by τ', () => {
    const pair = withMetastasis.results.comparisons[0];
    const events = pair?.competingEvents;
    expect(events?.restrictedMeanYears).toBe(10);
    // D = ⌈4(z₀.₉₇₅ + z₀.₈)²/ln²ψ⌉ events (1:1), patients per arm ⌈½D/P̄⌉, P̄ the mean share with the event by 10 y:
    // 1 − OS for OS (nobody censored), the cumulative incidence of metastasis for DMFS (death competing).
    const zSum = 1.959963984540054 + 0.8416212335729143;
    const perArm = (hazardRatio: number, shareA: number, shareB: number): number => Math.ceil((0.5 * Math.ceil((4 * zSum * zSum) / Math.log(hazardRatio) ** 2)) / ((shareA + shareB) / 2));
    const at10 = (id: string) => metastasisOf(armOf(withMetastasis.results, id)).atTimes?.find((at) => at.years === 10);
    const [a, b] = [at10(pair?.a ?? ''), at10(pair?.b ?? '')];
    const os = events?.overallSurvival;
    const dmfs = events?.distantMetastasisFreeSurvival;
    expect(os?.trialPatientsPerArm).toBeGreaterThan(0);
    expect(Math.abs((os?.trialPatientsPerArm ?? Number.NaN) - perArm(os?.hazardRatio ?? Number.NaN, 1 - (a?.overallSurvival ?? Number.NaN), 1 - (b?.overallSurvival ?? Number.NaN)))).toBeLessThanOrEqual(1);
    expect(Math.abs((dmfs?.trialPatientsPerArm ?? Number.NaN) - perArm(dmfs?.hazardRatio ?? Number.NaN, a?.metastasisIncidence ?? Number.NaN, b?.metastasisIncidence ?? Number.NaN))).toBeLessThanOrEqual(1);
    // LRFS's under both names.
    expect(events?.trialPatientsPerArmLrfs).toBe(events?.localRecurrenceFreeSurvival.trialPatientsPerArm);
    // Sized at each follow-up time too: at τ (10 y) the same trial; at 5 y the same HR over the share with the event by 5 y.
    expect(os?.trialAtTimes?.map((at) => at.years)).toEqual([1, 2, 5, 10]);
    expect(os?.trialAtTimes?.at(-1)?.patientsPerArm).toBe(os?.trialPatientsPerArm);
    const at5 = (id: string) => metastasisOf(armOf(withMetastasis.results, id)).atTimes?.find((at) => at.years === 5);
    const osAt5 = os?.trialAtTimes?.find((at) => at.years === 5)?.patientsPerArm ?? Number.NaN;
    expect(Math.abs(osAt5 - perArm(os?.hazardRatio ?? Number.NaN, 1 - (at5(pair?.a ?? '')?.overallSurvival ?? Number.NaN), 1 - (at5(pair?.b ?? '')?.overallSurvival ?? Number.NaN)))).toBeLessThanOrEqual(1);
    expect(osAt5).toBeGreaterThan(os?.trialPatientsPerArm ?? Infinity); // fewer deaths by 5 y: more patients
    // The terminal shows the metastasis endpoints' pairs with their trial sizes.
    expect(withMetastasis.stdout).toContain('OS trial patients/arm');
    expect(backgroundOnly.stdout).not.toContain('DMFS trial patients/arm');
  });

  it('LRFS and OS carry their paired difference at each time: exactly S_a − S_b of the arms, its interval narrower than for independent arms', () => {
    const results = withMetastasis.results;
    const n = results.patients - 0; // every patient valid here (checked below through the arms)
    for (const pair of results.comparisons) {
      const [a, b] = [armOf(results, pair.a), armOf(results, pair.b)];
      expect(a.patients).toBe(n);
      const lrfs = (arm: typeof a, years: number): number => arm.competingEvents?.atTimes?.find((at) => at.years === years)?.localRecurrenceFreeSurvival ?? Number.NaN;
      const os = (arm: typeof a, years: number): number => metastasisOf(arm).atTimes?.find((at) => at.years === years)?.overallSurvival ?? Number.NaN;
      for (const [endpoint, survival] of [[pair.competingEvents?.localRecurrenceFreeSurvival, lrfs], [pair.competingEvents?.overallSurvival, os]] as const) {
        expect(endpoint?.atTimes?.map((at) => at.years)).toEqual([1, 2, 5, 10]);
        for (const at of endpoint?.atTimes ?? []) {
          const expected = survival(a, at.years) - survival(b, at.years);
          expect(Math.abs((at.difference ?? Number.NaN) - expected)).toBeLessThan(1e-12);
          // (events in b only − events in a only)/n is the same difference, from the discordant pairs
          expect(((at.eventInBOnly ?? Number.NaN) - (at.eventInAOnly ?? Number.NaN)) / n).toBeCloseTo(expected, 12);
          const [low, high] = at.differenceCi95 ?? [Number.NaN, Number.NaN];
          expect(low).toBeLessThanOrEqual(at.difference ?? Number.NaN);
          expect(high).toBeGreaterThanOrEqual(at.difference ?? Number.NaN);
          // The same patients in both arms: the paired interval is narrower than two independent Wilson-free Wald intervals.
          const sa = survival(a, at.years);
          const sb = survival(b, at.years);
          const independent = 1.959963984540054 * Math.sqrt((sa * (1 - sa) + sb * (1 - sb)) / n);
          expect((high - low) / 2).toBeLessThan(independent);
        }
      }
      // The terminal and the report print them (percentage points, paired interval).
      const lrfs5 = pair.competingEvents?.localRecurrenceFreeSurvival.atTimes?.find((at) => at.years === 5)?.difference ?? Number.NaN;
      expect(withMetastasis.stdout).toContain('LRFS Δ 5 y [95% CI] (points)');
      expect(withMetastasis.stdout).toContain(`${lrfs5 > 0 ? '+' : ''}${(100 * lrfs5).toFixed(2)} [`);
      expect(withMetastasis.html).toContain('OS Δ 10 y [95% CI] (points)');
      // Endpoints that censor deaths carry no paired differences of their Kaplan–Meier curves (their causes' incidences: below).
      expect(pair.competingEvents?.distantMetastasisFreeSurvival?.atTimes).toBeUndefined();
      expect(pair.competingEvents?.localControl.atTimes).toBeUndefined();
    }
  });

  it('LC, DMFS and DSS carry the paired difference of their cause\'s cumulative incidence: exactly F_a − F_b of the arms; swapping the arms negates it', async () => {
    const swapped = await run('swapped', `${scenarioText({ metastasis: '{}' })}comparisons: [{ a: high, b: low }]\n`);
    const incidences = (results: TrialResults, id: string, years: number): number[] => {
      const arm = armOf(results, id);
      const competing = arm.competingEvents?.atTimes?.find((at) => at.years === years);
      const metastasis = arm.competingEvents?.metastasis?.atTimes?.find((at) => at.years === years);
      return [competing?.localRecurrenceIncidence ?? Number.NaN, metastasis?.metastasisIncidence ?? Number.NaN, metastasis?.sarcomaDeathIncidence ?? Number.NaN];
    };
    const [pair] = withMetastasis.results.comparisons;
    const [reversed] = swapped.results.comparisons;
    expect([pair.a, pair.b, reversed.a, reversed.b]).toEqual(['low', 'high', 'high', 'low']);
    const n = withMetastasis.results.patients;
    const endpoints = (comparison: typeof pair) => {
      const competing = comparison.competingEvents;
      return [competing?.localControl, competing?.distantMetastasisFreeSurvival, competing?.diseaseSpecificSurvival];
    };
    let positive = 0;
    for (const [k, endpoint] of endpoints(pair).entries()) {
      expect(endpoint?.incidenceAtTimes?.map((at) => at.years)).toEqual([1, 2, 5, 10]);
      for (const [index, at] of (endpoint?.incidenceAtTimes ?? []).entries()) {
        const expected = incidences(withMetastasis.results, 'low', at.years)[k] - incidences(withMetastasis.results, 'high', at.years)[k];
        expect(Math.abs((at.difference ?? Number.NaN) - expected)).toBeLessThan(1e-12);
        expect(((at.eventInAOnly ?? Number.NaN) - (at.eventInBOnly ?? Number.NaN)) / n).toBeCloseTo(expected, 12);
        if (expected > 0) positive++;
        // Swapping the arms swaps the discordant patients and negates the difference and its interval.
        const mirror = endpoints(reversed)[k]?.incidenceAtTimes?.[index];
        expect([mirror?.eventInAOnly, mirror?.eventInBOnly]).toEqual([at.eventInBOnly, at.eventInAOnly]);
        // (sums, not negations: a difference of 0 is +0 either way round)
        expect((mirror?.difference ?? Number.NaN) + (at.difference ?? Number.NaN)).toBe(0);
        expect((mirror?.differenceCi95?.[0] ?? Number.NaN) + (at.differenceCi95?.[1] ?? Number.NaN)).toBe(0);
        expect((mirror?.differenceCi95?.[1] ?? Number.NaN) + (at.differenceCi95?.[0] ?? Number.NaN)).toBe(0);
      }
    }
    // The less effective arm (low) has more local recurrences and metastases: the check is not of zeros.
    expect(positive).toBeGreaterThanOrEqual(8);
    // The arm's cumulative incidence of death from sarcoma at the horizon is its sarcoma deaths over its patients.
    const low = metastasisOf(armOf(withMetastasis.results, 'low'));
    expect(low.atTimes?.find((at) => at.years === 10)?.sarcomaDeathIncidence).toBe(low.sarcomaDeaths / n);
    // Without metastasis, LC alone carries them; the terminal and the report print them.
    expect(backgroundOnly.results.comparisons[0].competingEvents?.localControl.incidenceAtTimes?.length).toBe(4);
    expect(backgroundOnly.results.comparisons[0].competingEvents?.distantMetastasisFreeSurvival).toBeUndefined();
    const lr5 = pair.competingEvents?.localControl.incidenceAtTimes?.find((at) => at.years === 5)?.difference ?? Number.NaN;
    expect(withMetastasis.stdout).toContain('CIF DOD Δ 10 y [95% CI] (points)');
    expect(withMetastasis.stdout).toContain(`${lr5 > 0 ? '+' : ''}${(100 * lr5).toFixed(2)} [`);
    expect(withMetastasis.html).toContain('CIF DM Δ 5 y [95% CI] (points)');
    expect(backgroundOnly.stdout).toContain('CIF LR Δ 1 y [95% CI] (points)');
    expect(backgroundOnly.stdout).not.toContain('CIF DM Δ');
  });

  it('the report has the metastasis and survival section with metastasis, and not without', () => {
    expect(withMetastasis.html).toContain('Distant metastasis and survival');
    expect(withMetastasis.html).toContain('OS HR');
    expect(withMetastasis.html).toContain('DMFS trial patients/arm');
    expect(backgroundOnly.html).not.toContain('Distant metastasis and survival');
  });
});

describe('metastasis: the terminal table', () => {
  it('rtsim run prints DMFS and OS beside LRFS with metastasis, and neither without', () => {
    expect(withMetastasis.stdout).toContain('DMFS 10 y (%)');
    expect(withMetastasis.stdout).toContain('OS 10 y (%)');
    expect(withMetastasis.stdout).toContain('metastasis era 2004');
    expect(backgroundOnly.stdout).not.toContain('DMFS');
    expect(backgroundOnly.stdout).toContain('no sarcoma deaths yet');
  });
});
