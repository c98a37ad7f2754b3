// The metastasis model as the cohort engine runs it (`metastasis: { era }`, docs/metastasis-model.md "Engine
// wiring") against every term of calibration/metastasis-evidence.yaml that the engine's counts can express, with the
// library defaults, run in-process from the build (`pnpm build` first). Shared by scripts/reproductions-table.mjs
// (which writes the section into docs/reproductions.md) and test/reproductions/metastasisEvidence.test.ts (which
// checks the doc and the agreement with the Python reference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL } from 'node:url';
import { competingEventsBins } from '../../packages/sim/dist/cohort/competingEventsBins.js';
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { followUpBin } from '../../packages/sim/dist/cohort/followUpBin.js';
import { runInThread } from '../../packages/sim/dist/cohort/runInThread.js';
import { parseScenario } from '../../packages/sim/dist/index.js';
import { wilson } from './wilson.mjs';

// The sim's own YAML reader (a dependency of @rtsim/sim, not of the workspace root).
const { parse: parseYaml } = createRequire(new URL('../../packages/sim/package.json', import.meta.url))('yaml');

/** Virtual patients per run (one run per population, era and life table): 4 blocks; a proportion's SE ≤ 0.4 points. */
export const metastasisEvidencePatients = 16384;

/** Seed of every run. */
export const metastasisEvidenceSeed = 1515;

/** Title of the section in docs/reproductions.md. */
export const metastasisEvidenceTitle = 'Metastasis and survival: the engine against the metastasis evidence (issue 15)';

/**
 * The two arms of every run. `model`: 5 × 30 Gy and wide margins on day 5, so that almost no tumour recurs (fewer
 * than 0.2% of patients; the test holds it) and nothing seeds: the fitted model's cohort, whose p already contains the
 * metastases its own recurrences seeded, with metastasis timed from day 5 (the reference counts from the end of
 * treatment). `treated`: preoperative 50 Gy/25 with surgery on day 67 and the margin mix of
 * scenarios/metastasis-and-survival.yaml: the engine as a trial scenario runs it, with seeding on top of p and
 * metastasis timed from surgery.
 */
const arms = [
  '  - { id: model, localControl: residual-disease, schedule: { fractions: 5, dose: 30, perWeek: 5 }, surgery: { day: 5, margins: { R0-wide: 1 } } }',
  '  - { id: treated, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0-wide: 0.55, R0-close: 0.25, R1-planned: 0.1, R1-unplanned: 0.05, R2: 0.05 } } }',
];
const armIndex = { model: 0, treated: 1 };

/**
 * Whether the engine's counts express an observation: every kind, but survival after metastasis (`post-dm-os`) only for
 * all-comers: the engine's patients are M0, so it has no synchronous or resected subgroup (c = 0 in μ_S).
 */
const expressed = (series, observation) => !observation.kind.startsWith('post-dm') || (series.synchronous !== true && series.resected !== true);

/**
 * Follow-up (years) of a series with survival after metastasis: its Kaplan–Meier from detection is censored at the
 * horizon, and 15 years leave most metastases (median detection 1.3 years) their 5 years after detection.
 */
const survivalAfterMetastasisYears = 15;

const yamlOf = (value) => JSON.stringify(value);

/**
 * The engine's covariates of a series' population (rule H1 of the evidence file): the grade shares mixed over its parts
 * (every part here shares the file's depth and diameter, which the engine draws independently of grade), or one grade.
 * @returns {{ grade: Record<string, number>, depth: object, diameter: object }}
 */
function populationOf(defaults, population, gradeOnly) {
  const parts = population === undefined || population === 'default' ? [{ share: 1 }] : population;
  const grade = { G1: 0, G2: 0, G3: 0 };
  // A single part may set its own depth and diameter (JCOG0304's T2b: deep, > 5 cm); several parts with their own would
  // need a mixture of cohorts, which one engine cohort is not.
  const own = parts.length === 1 ? parts[0] : {};
  for (const part of parts) {
    for (const key of ['depth', 'diameter']) {
      if (part[key] !== undefined && part !== own) throw new Error(`a population part with its own ${key} is not expressible as one engine cohort`);
    }
    const shares = part.grade ?? defaults.grade;
    for (const level of Object.keys(grade)) grade[level] += part.share * (typeof shares === 'string' ? Number(shares === level) : (shares[level] ?? 0));
  }
  const total = grade.G1 + grade.G2 + grade.G3;
  const mixed = gradeOnly === undefined ? Object.fromEntries(Object.entries(grade).map(([level, share]) => [level, share / total])) : { G1: 0, G2: 0, G3: 0, [gradeOnly]: 1 };
  const depth = own.depth ?? defaults.depth;
  return { grade: mixed, depth: typeof depth === 'string' ? { deep: Number(depth === 'deep'), superficial: Number(depth === 'superficial') } : depth, diameter: own.diameter ?? defaults.diameter };
}

/** Volume (cm³) of a sphere of diameter d (cm). */
const sphereVolume = (diameter) => (Math.PI / 6) * diameter ** 3;

/**
 * Diameters (cm) that bound a single size band's uniform volume (rule M8 of the evidence file): p depends on the band
 * only, and the model arm controls the tumour locally whatever its volume.
 */
const singleBandDiameters = { under5: [1, 5], over10: [10, 20] };

/**
 * The engine's volume distribution of a series' diameter: a lognormal diameter d as the lognormal volume (π/6)d³ (median
 * (π/6)·median³, σ 3σ_d); size-band shares with none under 5 cm (JCOG0304's T2b: 5–10 and > 10 cm) as a volume uniform
 * from the 5-cm sphere to the volume whose share above the 10-cm sphere is the > 10 cm share, which gives both bands
 * exactly (p depends on the band only); a single band (holdout-4's ≤ 5 cm series) as a volume uniform over that band.
 */
function volumeOf(diameter) {
  if (diameter.dist === 'lognormal') return { dist: 'lognormal', median: sphereVolume(diameter.median), sigma: 3 * diameter.sigma };
  const [under5, from5to10, over10] = [diameter.under5 ?? 0, diameter['5to10'] ?? 0, diameter.over10 ?? 0];
  for (const [band, share] of [['under5', under5], ['over10', over10]]) {
    if (Math.abs(share - 1) < 1e-9) {
      const [low, high] = singleBandDiameters[band];
      return { dist: 'uniform', min: sphereVolume(low), max: sphereVolume(high) };
    }
  }
  if (under5 === 0 && from5to10 > 0 && over10 > 0 && Math.abs(from5to10 + over10 - 1) < 1e-9) {
    const [low, ten] = [sphereVolume(5), sphereVolume(10)];
    // over10 = (max − V(10))/(max − V(5))
    return { dist: 'uniform', min: low, max: (ten - over10 * low) / (1 - over10) };
  }
  throw new Error(`diameter ${JSON.stringify(diameter)} is not expressible as one engine volume distribution`);
}

/**
 * The scenario of one run: the series' covariate mix (its diameter as a volume, volumeOf), primary presentation, age
 * normal (series' age, SD 15 y, truncated to 18–90; the reference clips), sexes 50/50, the series' life table (none
 * for disease-specific survival from detection, which is net of other-cause death: rule K3), its era rounded to a
 * whole year (the engine's `era` is one).
 */
function scenarioText({ population, age, lifeTable, era, years, net }) {
  return `version: 1
name: metastasis evidence
references: ["calibration/metastasis-evidence.yaml"]
seed: ${metastasisEvidenceSeed}
patients: ${metastasisEvidencePatients}
cohort:
  volume: ${yamlOf(volumeOf(population.diameter))}
  covariates: { age: { dist: normal, mean: ${age}, sd: 15, min: 18, max: 90 }, grade: ${yamlOf(population.grade)}, depth: ${yamlOf(population.depth)}, presentation: { primary: 1, recurrent: 0 }, unplannedExcision: 0 }
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: ${years} }
${net ? '' : `background: { lifeTable: ${lifeTable}, sex: { female: 0.5 } }\n`}metastasis: { era: ${era} }
`;
}

/** Running sums of a count array. */
function cumulative(counts) {
  let total = 0;
  return Array.from(counts, (value) => (total += value));
}

/**
 * Kaplan–Meier survival through bin j (−1: before the first) of `events` with `censored` leaving the risk set, and its
 * Greenwood sum Σ e_i/(n_i(n_i − e_i)), the risk set n_i counted at the start of bin i (events before censoring).
 */
function kaplanMeier(events, censored, patients, j) {
  let atRisk = patients;
  let survival = 1;
  let greenwood = 0;
  const path = [{ survival, greenwood }];
  for (let i = 0; i <= j; i++) {
    const e = events[i];
    if (atRisk > 0) {
      survival *= 1 - e / atRisk;
      if (atRisk > e) greenwood += e / (atRisk * (atRisk - e));
    }
    atRisk -= e + censored[i];
    path.push({ survival, greenwood });
  }
  return path;
}

/**
 * The engine's quantities of one event group, read on the last whole week at or before a follow-up time (years):
 * Kaplan–Meier paths of freedom from metastasis (death from other causes censored) and of disease-specific survival
 * (every death from other causes censored) and of survival after a metastasis (from each detection), crude counts of
 * metastases, sarcoma deaths and all deaths, and the patients alive and metastasis-free.
 */
function readings(bins, plan, patients) {
  const { metastases, deathsBeforeMetastasis, sarcomaDeaths, deathsAfterMetastasis } = bins;
  const otherDeaths = Float64Array.from(deathsBeforeMetastasis, (d, i) => d + deathsAfterMetastasis[i]);
  const bin = (years) => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) throw new Error(`${years} y is beyond the run's follow-up`);
    return j;
  };
  const metastasesBy = cumulative(metastases);
  const deathsBeforeBy = cumulative(deathsBeforeMetastasis);
  const sarcomaBy = cumulative(sarcomaDeaths);
  const allDeathsBy = cumulative(Float64Array.from(otherDeaths, (d, i) => d + sarcomaDeaths[i]));
  const at = (sums, years) => (bin(years) < 0 ? 0 : sums[bin(years)]);
  return {
    bin,
    ffmPath: kaplanMeier(metastases, deathsBeforeMetastasis, patients, plan.timeBins - 1),
    // Survival from the detection of a metastasis shown within the horizon: death from any cause, censored at the horizon.
    afterPath: kaplanMeier(bins.deathsAfterDetection, bins.censoredAfterDetection, cumulative(metastases).at(-1), plan.timeBins - 1),
    dssPath: kaplanMeier(sarcomaDeaths, otherDeaths, patients, plan.timeBins - 1),
    os: (years) => (patients - at(allDeathsBy, years)) / patients,
    metastasesBy: (years) => at(metastasesBy, years),
    sarcomaDeathsBy: (years) => at(sarcomaBy, years),
    metastasisFreeAlive: (years) => patients - at(metastasesBy, years) - at(deathsBeforeBy, years),
  };
}


const binomialSe = (q, n) => Math.sqrt((q * (1 - q)) / n);
const label = (value) => String(value);

/**
 * The event probability of one observation as the engine gives it, with its Monte Carlo standard error, and the
 * binomial term of the observation (the reference's reading: an actuarial value at several times of one cohort is
 * chained as 1 − S(t₂)/S(t₁) on n·S(t₁) at risk).
 * @returns {{ observation: string, events: number, n: number, predict: (reading) => { value: number, se: number } }}
 */
function termOf(observation, previous) {
  const kind = observation.kind;
  if (kind === 'ffm' || kind === 'dss' || kind === 'os' || kind === 'post-dm-os' || kind === 'post-dm-dss') {
    const months = kind.startsWith('post-dm');
    const t = months ? observation.atMonths : observation.atYears;
    const unit = months ? 'mo' : 'y';
    const years = (time) => (months ? time / 12 : time);
    const [before, beforeValue] = previous.get(kind) ?? [0, 1];
    previous.set(kind, [t, observation.value]);
    const n = observation.patients * beforeValue;
    const events = n * (1 - observation.value / beforeValue);
    return {
      observation: `${kind} ${label(t)} ${unit}${before > 0 ? `, given ${label(before)} ${unit}` : ''}`,
      events,
      n,
      predict: (reading, patients) => {
        if (kind === 'os') {
          const from = before > 0 ? reading.os(before) : 1;
          const value = 1 - reading.os(t) / from;
          return { value, se: binomialSe(value, patients * from) };
        }
        // post-dm-dss is read on a run without other-cause death, where death after detection is death from sarcoma.
        const curve = reading[{ ffm: 'ffmPath', dss: 'dssPath', 'post-dm-os': 'afterPath', 'post-dm-dss': 'afterPath' }[kind]];
        const [a, b] = [reading.bin(years(before)), reading.bin(years(t))];
        const ratio = curve[b + 1].survival / curve[a + 1].survival;
        return { value: 1 - ratio, se: ratio * Math.sqrt(curve[b + 1].greenwood - curve[a + 1].greenwood) };
      },
    };
  }
  const n = observation.patients ?? observation.atRisk;
  const events = observation.events ?? observation.value * n;
  if (kind === 'dm-crude' || kind === 'dss-crude') {
    const t = observation.atYears;
    const count = kind === 'dm-crude' ? 'metastasesBy' : 'sarcomaDeathsBy';
    return {
      observation: `${kind === 'dm-crude' ? 'DM' : 'sarcoma death'} by ${label(t)} y${observation.grade === undefined ? '' : `, ${observation.grade}`}`,
      events,
      n,
      predict: (reading, patients) => {
        const value = reading[count](t) / patients;
        return { value, se: binomialSe(value, patients) };
      },
    };
  }
  if (kind === 'late-dm') {
    const [a, b] = [observation.fromYears, observation.toYears];
    return {
      observation: `DM ${label(a)}-${label(b)} y, metastasis-free at ${label(a)} y`,
      events,
      n,
      predict: (reading) => {
        const atRisk = reading.metastasisFreeAlive(a);
        const value = (reading.metastasesBy(b) - reading.metastasesBy(a)) / atRisk;
        return { value, se: binomialSe(value, atRisk) };
      },
    };
  }
  throw new Error(`unknown observation kind ${kind}`);
}

/** Runs one scenario (cached by its text) and returns the whole-arm readings of both arms and the model arm's recurrences. */
async function run(text, cache) {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const parsed = parseScenario(text, 'metastasis-evidence.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  const plan = compilePlan(parsed.scenario);
  const accumulator = await runInThread(parsed.scenario);
  const outcome = {};
  for (const [id, arm] of Object.entries(armIndex)) {
    const bins = competingEventsBins(accumulator, arm, 0);
    outcome[id] = { ...readings(bins.metastasis, plan, metastasisEvidencePatients), recurrences: bins.recurrences.reduce((total, value) => total + value, 0) };
  }
  cache.set(text, outcome);
  return outcome;
}

/**
 * Follow-up of a series' run (whole years): to its latest time, and at least {@link survivalAfterMetastasisYears}
 * when it has survival after metastasis (timed from detection, so not bounded by the term's own time).
 */
function followUpYearsOf(series) {
  const times = series.observations.map((observation) => observation.atYears ?? observation.toYears ?? 0);
  const afterMetastasis = series.observations.some((observation) => observation.kind.startsWith('post-dm'));
  return Math.max(Math.ceil(Math.max(...times)), afterMetastasis ? survivalAfterMetastasisYears : 1);
}

/**
 * Every term of the evidence file that the engine's counts express, in the file's order: the engine's event
 * probability in the model arm (with its Monte Carlo SE) and in the treated arm, the Python reference's prediction
 * (test/fixtures/metastasis-model.json), the observed Wilson interval; and the terms left out (survival after
 * metastasis of a synchronous or resected subgroup).
 * @returns {Promise<{ rows: object[], notExpressed: object[], modelArmRecurrences: number[] }>}
 */
export function metastasisEvidenceRows() {
  // One computation per process: the doc test, the reference test and the table script read the same rows.
  rowsOnce ??= computeRows();
  return rowsOnce;
}

/** @type {Promise<{ rows: object[], notExpressed: object[], modelArmRecurrences: number[] }> | undefined} */
let rowsOnce;

async function computeRows() {
  const evidence = parseYaml(readFileSync(new URL('../../calibration/metastasis-evidence.yaml', import.meta.url), 'utf8'));
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/metastasis-model.json', import.meta.url), 'utf8'));
  const reference = new Map(fixture.predictions.map((row) => [`${row.series}|${row.observation}`, row.predicted]));
  const defaults = evidence.defaults.population;
  const cache = new Map();
  const rows = [];
  const notExpressed = [];
  for (const series of evidence.series) {
    // Holdout-3 and holdout-4 (blind to revision 4; holdout-4 by size band, rules M1-M8 of the evidence file) are read
    // like every other role: each opened once, after revision 4 was adopted (docs/metastasis-model.md, "Revision 4:
    // holdout-3 prediction" and "Holdout-4: by size").
    const previous = new Map();
    for (const observation of series.observations) {
      if (!expressed(series, observation)) {
        notExpressed.push({ series: series.id, role: series.role, kind: observation.kind, atMonths: observation.atMonths });
        continue;
      }
      const term = termOf(observation, previous);
      const population = populationOf(defaults, series.population, observation.grade);
      const era = Math.round(series.era ?? 2004);
      const text = scenarioText({
        population,
        age: series.age ?? defaults.age,
        lifeTable: series.lifeTable ?? defaults.lifeTable,
        era,
        years: followUpYearsOf(series),
        net: series.observations.every((o) => o.kind === 'post-dm-dss'),
      });
      const outcome = await run(text, cache);
      const model = term.predict(outcome.model, metastasisEvidencePatients);
      const treated = term.predict(outcome.treated, metastasisEvidencePatients);
      const [low, high] = wilson(term.events, term.n);
      rows.push({
        series: series.id,
        role: series.role,
        observation: term.observation,
        era,
        events: term.events,
        patients: term.n,
        observedCi95: [low, high],
        predicted: model.value,
        predictedSe: model.se,
        treated: treated.value,
        reference: reference.get(`${series.id}|${term.observation}`) ?? Number.NaN,
        inside: model.value >= low && model.value <= high,
        treatedInside: treated.value >= low && treated.value <= high,
      });
    }
  }
  const modelArmRecurrences = [...cache.values()].map((outcome) => outcome.model.recurrences);
  return { rows, notExpressed, modelArmRecurrences };
}

const percent = (value) => `${(100 * value).toFixed(1)}%`;
/** The roles of the evidence file: revision 4 (the library's values) is fitted on `fit`, `holdout` and `holdout2`. */
const roleMeaning = {
  fit: 'fitted by revision 4',
  holdout: 'held out of revision 1, fitted by revision 4',
  holdout2: 'held out of revision 2, fitted by revision 4',
  holdout3: 'blind to revision 4, opened once',
  holdout4: 'by size band, blind to revision 4, opened once',
};

/** The direction of a miss: ↑ too many predicted events, ↓ too few. */
const direction = (value, [low, high]) => (value >= low && value <= high ? 'inside' : value > high ? 'outside ↑' : 'outside ↓');

/**
 * The section's body: coverage per role for both arms, one row per term, and the terms the engine does not express.
 * @returns {Promise<string>}
 */
export async function metastasisEvidenceMarkdown() {
  const { rows, notExpressed } = await metastasisEvidenceRows();
  const lines = [];
  for (const role of ['fit', 'holdout', 'holdout2', 'holdout3', 'holdout4']) {
    const own = rows.filter((row) => row.role === role);
    const model = own.filter((row) => row.inside).length;
    const treated = own.filter((row) => row.treatedInside).length;
    lines.push(`- ${role} (${roleMeaning[role]}): ${model} of ${own.length} terms inside (${percent(model / own.length)}); treated arm ${treated} of ${own.length} (${percent(treated / own.length)})`);
  }
  lines.push('');
  lines.push('| series | role | observation | era | observed | observed 95% CI | engine | Python reference | inside | engine, 50 Gy/25 + surgery |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    lines.push(
      `| ${row.series} | ${row.role} | ${row.observation} | ${row.era} | ${row.events.toFixed(1)}/${row.patients.toFixed(1)} (${percent(row.events / row.patients)}) | ` +
        `${percent(row.observedCi95[0])}–${percent(row.observedCi95[1])} | ${percent(row.predicted)} (SE ${(100 * row.predictedSe).toFixed(1)}) | ${percent(row.reference)} | ${direction(row.predicted, row.observedCi95)} | ` +
        `${percent(row.treated)} (${direction(row.treated, row.observedCi95)}) |`,
    );
  }
  lines.push('');
  const bySeries = new Map();
  for (const term of notExpressed) bySeries.set(term.series, [...(bySeries.get(term.series) ?? []), `${term.atMonths} mo`]);
  lines.push(`Not expressed by the engine (${notExpressed.length} terms of survival after metastasis in a synchronous or resected subgroup, which the engine's M0 patients do not have): ${[...bySeries].map(([series, times]) => `${series} (${times.join(', ')})`).join('; ')}.`);
  for (const [role, title] of [['holdout3', 'Holdout-3'], ['holdout4', 'Holdout-4 (by size band)']]) {
    const blind = rows.filter((row) => row.role === role);
    const misses = blind.filter((row) => !row.inside);
    const up = misses.filter((row) => row.predicted > row.observedCi95[1]).length;
    lines.push('');
    lines.push(`${title}, engine: ${blind.length - misses.length} of ${blind.length} expressed terms inside; of the ${misses.length} misses ${up} predict too many events (↑) and ${misses.length - up} too few (↓).`);
  }
  return `${lines.join('\n')}\n`;
}
