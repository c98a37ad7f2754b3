// The diagnostic pathway as the cohort engine runs it (`pathway`, `treatmentBySubtype`; docs/scenarios.md "The
// diagnostic pathway", docs/pathway-model.md "Engine wiring") against every term of calibration/pathway-evidence.yaml
// that the engine expresses, and the local control after an unplanned excision against B1, G11 and G12 of the
// outcome evidence, with the library defaults, run in-process from the build (`pnpm build` first). Shared by
// scripts/reproductions-table.mjs (which writes the section into docs/reproductions.md) and
// test/reproductions/pathwayEvidence.test.ts (which checks the doc and the agreement with the Python reference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL } from 'node:url';
import { fixedDistributionValue, pathwayDefaults } from '@rtsim/core';
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/dist/cohort/runInThread.js';
import { summarize } from '../../packages/sim/dist/cohort/summarize.js';
import { parseScenario } from '../../packages/sim/dist/index.js';
import { wilson } from './wilson.mjs';

// The sim's own YAML reader (a dependency of @rtsim/sim, not of the workspace root).
const { parse: parseYaml } = createRequire(new URL('../../packages/sim/package.json', import.meta.url))('yaml');

/** Virtual patients per run (4 blocks): a proportion's Monte Carlo SE ≤ 0.4 percentage points. */
export const pathwayEvidencePatients = 16384;

/** Seed of every run. */
export const pathwayEvidenceSeed = 1717;

/** Title of the section in docs/reproductions.md. */
export const pathwayEvidenceTitle = 'The diagnostic pathway: the engine against the pathway evidence (issue 17)';

/**
 * The engine reads the share of patients whose first treatment comes 42 days or more after the first doctor visit
 * (`pathway.daysToTreatment.over42Days`, exact: its week bins end at 42 d). An arm whose intervals are the series'
 * interval scaled by 42/d (every other interval 0) has P(X' ≥ 42) = P(X ≥ d): the share beyond the observed median d.
 */
const thresholdDays = 42;

/** The engine's intervals (after the first doctor visit) that make up each interval name of the evidence file. */
const components = {
  primaryCare: ['primaryCare'],
  secondaryCare: ['secondaryCare'],
  sarcomaCentre: ['sarcomaCentre'],
  diagnostic: ['primaryCare', 'secondaryCare', 'sarcomaCentre'],
  treatment: ['treatment'],
};
const engineIntervals = ['primaryCare', 'secondaryCare', 'sarcomaCentre', 'treatment'];

/**
 * The intervals read from the engine's symptom-to-diagnosis histogram (`pathway.symptomToDiagnosisDays`, weekly bins):
 * `patient` from an arm with no wait after the visit (the patient interval alone), `total` from an arm with the
 * library's three diagnostic intervals and no treatment interval.
 */
const symptomArms = { patient: 'symptom-patient', total: 'symptom-total' };

/**
 * P(X < days) from weekly counts, the last week a share of its count linear in the days (X is continuous: within a
 * week of 7 days the count's spread is near uniform; the error is far below a binomial SE of these series).
 */
function shareBelow(weeklyCounts, days) {
  const total = weeklyCounts.reduce((sum, count) => sum + count, 0);
  const week = Math.floor(days / 7);
  let below = 0;
  for (let w = 0; w < week; w++) below += weeklyCounts[w];
  return (below + (days / 7 - week) * weeklyCounts[week]) / total;
}

/** Why a term of the file is not expressed by the engine, by observation kind / interval / quantity. */
const notExpressedReason = {
  'interval-mean': 'a mean is a moment, not a binomial term, and the engine reports a median within a week',
  residual: "the engine draws no residual tumour: the arm's margin mix after an unplanned excision carries it (the consequences table)",
};

/** The library's law (median days, σ) of an engine interval. */
function libraryInterval(name) {
  const value = pathwayDefaults.interval[name].value;
  if (typeof value === 'number' || value.dist !== 'lognormal') throw new Error(`pathwayDefaults.interval.${name} is not lognormal`);
  return value;
}

/** A pathway with the named engine intervals at their library law, each median times `scale`, the others 0; no unplanned excision. */
function intervalPathway(names, scale) {
  const intervals = engineIntervals.map((name) => {
    if (!names.includes(name)) return `${name}: 0`;
    const { median, sigma } = libraryInterval(name);
    return `${name}: { median: ${median * scale}, sigma: ${sigma} }`;
  });
  return `{ intervals: { ${intervals.join(', ')} }, referral: reference-centre }`;
}

const noWait = '{ primaryCare: 0, secondaryCare: 0, sarcomaCentre: 0, treatment: 0 }';
const preop = 'schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0-wide: 1 }, marginsAfterUnplannedExcision: { R0-close: 0.31, R1-unplanned: 0.69 } }';
/** Surgery 35 days before 66 Gy/33 (the local-control evidence file's `postop66`, packages/sim/src/calibration/evidenceScenario.ts). */
const postop66 = (margins, afterUnplanned) => `schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: ${margins}, marginsAfterUnplannedExcision: ${afterUnplanned} }`;
const arm = (id, treatment, extra = '') => `  - { id: ${id}, localControl: residual-disease, ${treatment}${extra} }`;

/**
 * The cohort of the evidence file's default mix (the unplanned-excision series assume it): diameter lognormal median
 * 8 cm, σ 0.6 as a sphere's volume (median (π/6)·8³ cm³, σ 3·0.6), 70% deep; the local-control evidence file's
 * defaults besides (age 40% under 50 as its uniform 46–56 y, extremity, primary).
 */
function cohort(defaults, grade, subtypes) {
  const { diameter, depth } = defaults;
  if (diameter.dist !== 'lognormal') throw new Error('only a lognormal diameter is expressible as an engine volume');
  return `cohort:
  volume: { dist: lognormal, median: ${(Math.PI / 6) * diameter.median ** 3}, sigma: ${3 * diameter.sigma} }
  covariates: { age: { dist: uniform, min: 46, max: 56 }, grade: ${grade}, depth: ${JSON.stringify(depth)}, site: { extremity: 1 }, presentation: { primary: 1, recurrent: 0 } }
  subtypes:
${subtypes}`;
}

function scenarioText(name, cohortText, arms) {
  return `version: 1
name: pathway evidence (${name})
references: ["calibration/pathway-evidence.yaml", "outcome evidence rows B1, G11, G12 (consequences)"]
seed: ${pathwayEvidenceSeed}
patients: ${pathwayEvidencePatients}
${cohortText}
arms:
${arms.join('\n')}
followUp: { years: 5, at: [5] }
`;
}

/** Runs one scenario and returns its results (results.json's object). */
async function run(text) {
  const parsed = parseScenario(text, 'pathway-evidence.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return summarize(await runInThread(parsed.scenario), compilePlan(parsed.scenario), { version: 'reproduction', scenarioHash: 'reproduction' });
}

function armOf(results, id) {
  const found = results.arms.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no arm ${id}`);
  return found;
}


const binomialSe = (q, n) => Math.sqrt((q * (1 - q)) / n);

/** The Python reference's label of an observation (scripts/reference/pathway_model.py). */
function labelOf(observation) {
  if (observation.kind === 'interval-median') return `${observation.interval} median ${observation.days} d`;
  return observation.quantity;
}

/** A label with its number of days as a number prints it (the reference writes a float 22.0 where YAML reads 22). */
const normalLabel = (label) => label.replace(/(\d+(?:\.\d+)?) d$/, (_, days) => `${Number(days)} d`);

/** Whether the engine expresses an observation, or why not. */
function reasonNotExpressed(observation) {
  if (observation.kind === 'interval-mean') return notExpressedReason['interval-mean'];
  if (observation.kind === 'interval-median') {
    return components[observation.interval] === undefined && symptomArms[observation.interval] === undefined ? `unknown interval ${observation.interval}` : undefined;
  }
  if (['unplannedExcision', 'completeDiscordance', 'partialDiscordance', 'gradeDiscordance'].includes(observation.quantity)) return undefined;
  return notExpressedReason[observation.quantity] ?? `unknown quantity ${observation.quantity}`;
}

const intervalArmId = (observation) => `${observation.interval}-${String(observation.days).replace('.', '_')}`;

/**
 * The scenario of the file's terms: per interval-median term an arm scaled to the 42-day threshold (its engine value)
 * and per interval an arm at the library's law (the engine's median days); an arm at a local referral with unplanned
 * excision (the share, at the file's default mix); a routed arm (two subtypes, both treated alike, `other` treated by
 * another arm) whose patients treated otherwise are exactly those diagnosed outside the cohort's subtypes: complete
 * discordance; its misdiagnosed share is complete plus subtype discordance.
 */
function termScenario(evidence) {
  const arms = [];
  const seen = new Set();
  for (const series of evidence.series) {
    for (const observation of series.observations) {
      if (observation.kind !== 'interval-median' || reasonNotExpressed(observation) !== undefined || symptomArms[observation.interval] !== undefined) continue;
      const id = intervalArmId(observation);
      if (seen.has(id)) continue;
      seen.add(id);
      arms.push(arm(id, preop, `, pathway: ${intervalPathway(components[observation.interval], thresholdDays / observation.days)}`));
      if (!seen.has(observation.interval)) {
        seen.add(observation.interval);
        arms.push(arm(`library-${observation.interval}`, preop, `, pathway: ${intervalPathway(components[observation.interval], 1)}`));
      }
    }
  }
  arms.push(arm(symptomArms.patient, preop, `, pathway: { intervals: ${noWait}, referral: reference-centre }`));
  arms.push(arm(symptomArms.total, preop, `, pathway: ${intervalPathway(components.diagnostic, 1)}`));
  arms.push(arm('unplanned', preop, `, pathway: { intervals: ${noWait}, referral: local, unplannedExcision: model }`));
  // The same pathway before the diagnosis as the routed arm (a table may only name such an arm).
  arms.push(arm('other-diagnosis', preop.replace('dose: 2,', 'dose: 2.2,'), `, pathway: { intervals: ${noWait}, unplannedExcision: none }`));
  arms.push(arm('routed', preop, `, pathway: { intervals: ${noWait}, unplannedExcision: none, misdiagnosis: library, review: 0 }, treatmentBySubtype: { other: other-diagnosis }`));
  const subtypes = '    - { ref: myxoid-liposarcoma, weight: 0.5 }\n    - { ref: sts, weight: 0.5 }';
  return scenarioText('terms', cohort(evidence.defaults.population, JSON.stringify({ G1: 0.2, G2: 0.35, G3: 0.45 }), subtypes), arms);
}

/**
 * The scenarios of the consequences: an unplanned excision drawn by the pathway (local referral, no wait, so the
 * tumour is the cohort's), then surgery and 66 Gy/33 after it, with the margin classes the local-control evidence file
 * reads for each series: G11 (high grade) R1-unplanned 69% / R0-close 31% after it and R0-wide when planned; B1
 * R1-unplanned after it (a positive re-excision) and R1-planned when planned; G12 R1-unplanned (residual tumour, in the
 * library's share r of re-excisions) or R0-wide (none) after it and R0-close when planned.
 */
function consequenceScenarios(evidence) {
  const r = fixedDistributionValue(pathwayDefaults.residualTumour.value);
  if (!Number.isFinite(r)) throw new Error('pathwayDefaults.residualTumour is not a fixed value');
  const local = `, pathway: { intervals: ${noWait}, referral: local, unplannedExcision: model }`;
  const subtypes = '    - ref: sts';
  return {
    highGrade: scenarioText('G11', cohort(evidence.defaults.population, '{ G3: 1 }', subtypes), [
      arm('g11', postop66('{ R0-wide: 1 }', '{ R1-unplanned: 0.69, R0-close: 0.31 }'), local),
      arm('g11-unplanned-all', postop66('{ R1-unplanned: 0.69, R0-close: 0.31 }', '{ R1-unplanned: 0.69, R0-close: 0.31 }')),
      arm('g11-planned-all', postop66('{ R0-wide: 1 }', '{ R0-wide: 1 }')),
    ]),
    mixed: scenarioText('B1 and G12', cohort(evidence.defaults.population, JSON.stringify({ G1: 0.2, G2: 0.35, G3: 0.45 }), subtypes), [
      arm('b1', postop66('{ R1-planned: 1 }', '{ R1-unplanned: 1 }'), local),
      arm('g12', postop66('{ R0-close: 1 }', `{ R1-unplanned: ${r}, R0-wide: ${1 - r} }`), local),
      arm('margins-all', postop66(`{ R1-unplanned: ${r / 2}, R0-wide: ${(1 - r) / 2}, R1-planned: 0.5 }`, '{ R1-unplanned: 1 }')),
    ]),
  };
}

/** Local recurrence by 5 years (Kaplan–Meier; no death competes: every patient is followed to 5 y) pooled over margin strata. */
function recurrenceOf(armResult, margins) {
  let patients = 0;
  let failures = 0;
  for (const stratum of armResult.byStratum ?? []) {
    if (stratum.by !== 'margin' || !margins.includes(stratum.stratum)) continue;
    const at = stratum.localControlAtTimes?.find((time) => time.years === 5);
    if (at === undefined || at.localRecurrence === null) throw new Error(`no local recurrence at 5 y in stratum ${stratum.stratum}`);
    patients += stratum.patients;
    failures += stratum.patients * at.localRecurrence;
  }
  const value = failures / patients;
  return { value, se: binomialSe(value, patients), patients };
}

/**
 * Every term of the pathway evidence file the engine expresses (its event probability with Monte Carlo SE, the
 * Python reference's prediction from test/fixtures/pathway-model.json, the observed Wilson interval), the terms it
 * does not express with the reason, the engine's consequences of an unplanned excision, and the engine's median
 * days and misdiagnosed share beside their closed forms.
 * @returns {Promise<object>}
 */
export function pathwayEvidenceRows() {
  // One computation per process: the doc test, the reference test and the table script read the same rows.
  rowsOnce ??= computeRows();
  return rowsOnce;
}

/** @type {Promise<object> | undefined} */
let rowsOnce;

async function computeRows() {
  const evidence = parseYaml(readFileSync(new URL('../../calibration/pathway-evidence.yaml', import.meta.url), 'utf8'));
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/pathway-model.json', import.meta.url), 'utf8'));
  const reference = new Map(fixture.predictions.map((row) => [`${row.series}|${normalLabel(row.observation)}`, row.predicted]));
  const consequences = consequenceScenarios(evidence);
  const [terms, highGrade, mixed] = await Promise.all([run(termScenario(evidence)), run(consequences.highGrade), run(consequences.mixed)]);
  const rows = [];
  const notExpressed = [];
  for (const series of evidence.series) {
    for (const observation of series.observations) {
      const label = labelOf(observation);
      const why = reasonNotExpressed(observation);
      if (why !== undefined) {
        notExpressed.push({ series: series.id, role: series.role, observation: observation.kind === 'interval-mean' ? `${observation.interval} mean ${observation.days} d` : label, why });
        continue;
      }
      let predicted;
      let patients;
      let engineMedianDays = Number.NaN;
      let fromDiagnosis = Number.NaN;
      if (observation.kind === 'interval-median' && symptomArms[observation.interval] !== undefined) {
        // The symptom-to-diagnosis histogram: the patient interval alone, or with the three diagnostic intervals.
        const pathway = armOf(terms, symptomArms[observation.interval]).pathway;
        patients = pathway.unplannedExcisions.patients;
        predicted = shareBelow(pathway.symptomToDiagnosisDays.weeklyCounts, observation.days);
        fromDiagnosis = 1 - pathway.diagnosisToTreatmentOver42Days;
        engineMedianDays = pathway.symptomToDiagnosisDays.median;
      } else if (observation.kind === 'interval-median') {
        const pathway = armOf(terms, intervalArmId(observation)).pathway;
        patients = pathway.unplannedExcisions.patients;
        predicted = 1 - pathway.daysToTreatment.over42Days;
        // The engine's other reading, beyond 42 days from the diagnosis: the same for an arm whose only wait is the treatment interval.
        fromDiagnosis = 1 - pathway.diagnosisToTreatmentOver42Days;
        engineMedianDays = armOf(terms, `library-${observation.interval}`).pathway.daysToTreatment.median;
      } else if (observation.quantity === 'unplannedExcision') {
        const pathway = armOf(terms, 'unplanned').pathway;
        patients = pathway.unplannedExcisions.patients;
        predicted = pathway.unplannedExcisions.rate;
      } else if (observation.quantity === 'completeDiscordance') {
        const diagnosis = armOf(terms, 'routed').diagnosis;
        patients = diagnosis.patients;
        predicted = diagnosis.mistreatedRate;
      } else if (observation.quantity === 'partialDiscordance') {
        const diagnosis = armOf(terms, 'routed').diagnosis;
        patients = diagnosis.patients;
        predicted = diagnosis.partialDiscordanceRate;
      } else if (series.evidence === 'C11') {
        // Two grading systems on the same sarcomas: the wrong grades among the diagnoses inside the cohort (no complete
        // discordance: the routed arm's mistreated are exactly those outside it).
        const diagnosis = armOf(terms, 'routed').diagnosis;
        patients = diagnosis.patients - diagnosis.mistreated;
        predicted = diagnosis.misgraded / patients;
      } else {
        const diagnosis = armOf(terms, 'routed').diagnosis;
        patients = diagnosis.patients;
        predicted = diagnosis.misgradedRate;
      }
      const events = observation.kind === 'interval-median' ? observation.patients / 2 : observation.events;
      const n = observation.patients;
      const [low, high] = wilson(events, n);
      rows.push({
        series: series.id,
        role: series.role,
        evidence: series.evidence,
        observation: label,
        events,
        patients: n,
        observedCi95: [low, high],
        predicted,
        predictedSe: binomialSe(predicted, patients),
        reference: reference.get(`${series.id}|${normalLabel(label)}`) ?? Number.NaN,
        inside: predicted >= low && predicted <= high,
        engineMedianDays,
        fromDiagnosis,
      });
    }
  }
  const routed = armOf(terms, 'routed').diagnosis;
  const lcReference = JSON.parse(readFileSync(new URL('../fixtures/local-control-model.json', import.meta.url), 'utf8'));
  const lcOf = (series, stratum) => lcReference.predictions.find((row) => row.series === series && row.stratum === stratum)?.predicted ?? Number.NaN;
  const consequence = (source, quantity, failures, n, engine, whole, lcSeries, lcStratum, lcRole) => {
    const [low, high] = wilson(failures, n);
    return {
      source,
      quantity,
      failures,
      patients: n,
      observedCi95: [low, high],
      predicted: engine.value,
      predictedSe: engine.se,
      enginePatients: engine.patients,
      wholeCohort: whole.value,
      reference: lcOf(lcSeries, lcStratum),
      lcRole,
      inside: engine.value >= low && engine.value <= high,
    };
  };
  const g11 = armOf(highGrade, 'g11');
  const g11All = armOf(highGrade, 'g11-unplanned-all');
  const g11PlannedAll = armOf(highGrade, 'g11-planned-all');
  const b1 = armOf(mixed, 'b1');
  const g12 = armOf(mixed, 'g12');
  const all = armOf(mixed, 'margins-all');
  // G12's published 5-y LRFS 75.8% and 98.4% as failures on its 75 and 67 patients (as local-control-evidence.yaml reads them).
  const consequencesRows = [
    consequence('B1', 'LR by 5 y, positive re-excision after an unplanned excision', 6, 19, recurrenceOf(b1, ['R1-unplanned']), recurrenceOf(all, ['R1-unplanned']), 'B1-toronto-positive-margins', 'unplanned-re-excision-positive', 'fit'),
    consequence('B1', 'LR by 5 y, planned positive margin (critical structure)', 1, 28, recurrenceOf(b1, ['R1-planned']), recurrenceOf(all, ['R1-planned']), 'B1-toronto-positive-margins', 'planned-critical-structure', 'fit'),
    consequence('G11', 'LR by 5 y after an unplanned excision (high grade)', 22, 64, recurrenceOf(g11, ['R1-unplanned', 'R0-close']), recurrenceOf(g11All, ['R1-unplanned', 'R0-close']), 'G11-unplanned-vs-planned', 'unplanned', 'fit'),
    consequence('G11', 'LR by 5 y after a planned excision (high grade)', 9, 139, recurrenceOf(g11, ['R0-wide']), recurrenceOf(g11PlannedAll, ['R0-wide']), 'G11-unplanned-vs-planned', 'planned', 'fit'),
    consequence('G12', '1 − LRFS 5 y, residual tumour at re-excision', (1 - 0.758) * 75, 75, recurrenceOf(g12, ['R1-unplanned']), recurrenceOf(all, ['R1-unplanned']), 'G12-residual-after-unplanned', 'residual', 'holdout'),
    consequence('G12', '1 − LRFS 5 y, no residual tumour', (1 - 0.984) * 67, 67, recurrenceOf(g12, ['R0-wide']), recurrenceOf(all, ['R0-wide']), 'G12-residual-after-unplanned', 'no-residual', 'holdout'),
  ];
  // Each pathway arm's unplanned excisions and its patients in the classes drawn only after one (a check of the design).
  const unplannedCounts = [
    { arm: 'g11', unplanned: g11.pathway.unplannedExcisions.events, inClasses: recurrenceOf(g11, ['R1-unplanned', 'R0-close']).patients },
    { arm: 'b1', unplanned: b1.pathway.unplannedExcisions.events, inClasses: recurrenceOf(b1, ['R1-unplanned']).patients },
    { arm: 'g12', unplanned: g12.pathway.unplannedExcisions.events, inClasses: recurrenceOf(g12, ['R1-unplanned', 'R0-wide']).patients },
  ];
  const misdiagnosed = {
    predicted: routed.misdiagnosedRate,
    predictedSe: binomialSe(routed.misdiagnosedRate, routed.patients),
    reference: fixture.parameters.completeDiscordance + fixture.parameters.subtypeDiscordance,
  };
  const medians = Object.fromEntries(Object.keys(components).filter((name) => terms.arms.some((a) => a.id === `library-${name}`)).map((name) => [name, armOf(terms, `library-${name}`).pathway.daysToTreatment.median]));
  return { rows, notExpressed, consequences: consequencesRows, unplannedCounts, misdiagnosed, medians };
}

const percent = (value) => `${(100 * value).toFixed(1)}%`;
const roleMeaning = { fit: 'fitted', holdout: 'held out' };
/** The direction of a miss: ↑ too many predicted events, ↓ too few. */
const direction = (value, [low, high]) => (value >= low && value <= high ? 'inside' : value > high ? 'outside ↑' : 'outside ↓');
const median = (days) => (Number.isFinite(days) ? `${days.toFixed(1)} d` : '—');

/**
 * The section's body: coverage per role, one row per expressed term, the consequences of an unplanned excision, and
 * the terms the engine does not express.
 * @returns {Promise<string>}
 */
export async function pathwayEvidenceMarkdown() {
  const { rows, notExpressed, consequences, misdiagnosed } = await pathwayEvidenceRows();
  const lines = [];
  for (const role of ['fit', 'holdout']) {
    const own = rows.filter((row) => row.role === role);
    const inside = own.filter((row) => row.inside).length;
    const python = own.filter((row) => row.reference >= row.observedCi95[0] && row.reference <= row.observedCi95[1]).length;
    lines.push(`- ${role} (${roleMeaning[role]}): ${inside} of ${own.length} terms inside (${percent(inside / own.length)}); Python reference ${python} of ${own.length}`);
  }
  const held = consequences.filter((row) => row.inside).length;
  lines.push(`- consequences of an unplanned excision (held out of the pathway fit; B1 and G11 fitted by the local-control model, G12 held out of it): ${held} of ${consequences.length} inside`);
  lines.push('');
  lines.push('| series | role | observation | observed | observed 95% CI | engine | Python reference | inside | engine median, library law |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    lines.push(
      `| ${row.series} | ${row.role} | ${row.observation} | ${row.events}/${row.patients} (${percent(row.events / row.patients)}) | ${percent(row.observedCi95[0])}–${percent(row.observedCi95[1])} | ` +
        `${percent(row.predicted)} (SE ${(100 * row.predictedSe).toFixed(1)}) | ${percent(row.reference)} | ${direction(row.predicted, row.observedCi95)} | ${median(row.engineMedianDays)} |`,
    );
  }
  lines.push('');
  const misses = rows.filter((row) => !row.inside);
  const referenceInside = (row) => row.reference >= row.observedCi95[0] && row.reference <= row.observedCi95[1];
  lines.push(`Terms outside (${misses.length}): ${misses.map((row) => `${row.series} ${row.observation} (${row.role}; the Python reference ${referenceInside(row) ? 'inside' : 'outside too'})`).join('; ')}.`);
  lines.push('');
  lines.push(
    `The routed arm's misdiagnosed share (\`diagnosis.misdiagnosedRate\`: complete plus subtype discordance, no term of the file) is ${percent(misdiagnosed.predicted)} ` +
      `(SE ${(100 * misdiagnosed.predictedSe).toFixed(1)}) against the reference's d + s = ${percent(misdiagnosed.reference)}.`,
  );
  lines.push('');
  lines.push('Consequences of an unplanned excision (outcome evidence B1, G11, G12; local recurrence by 5 years among the engine\'s patients of the margin classes named):');
  lines.push('');
  lines.push('| source | quantity | observed | observed 95% CI | engine, through the pathway | engine patients | inside | same classes, whole cohort | Python local-control reference | local-control model role |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of consequences) {
    lines.push(
      `| ${row.source} | ${row.quantity} | ${row.failures.toFixed(1)}/${row.patients} (${percent(row.failures / row.patients)}) | ${percent(row.observedCi95[0])}–${percent(row.observedCi95[1])} | ` +
        `${percent(row.predicted)} (SE ${(100 * row.predictedSe).toFixed(1)}) | ${row.enginePatients} | ${direction(row.predicted, row.observedCi95)} | ${percent(row.wholeCohort)} | ${percent(row.reference)} | ${row.lcRole} |`,
    );
  }
  lines.push('');
  const selected = consequences.filter((row) => row.inside && !(row.wholeCohort >= row.observedCi95[0] && row.wholeCohort <= row.observedCi95[1]));
  lines.push(
    selected.length === 0
      ? 'Every consequence inside through the pathway is inside with the same classes over the whole cohort too.'
      : `Inside only through the pathway's selection (the same classes over the whole cohort outside): ${selected.map((row) => `${row.source} ${row.quantity} (whole cohort ${percent(row.wholeCohort)})`).join('; ')}.`,
  );
  lines.push('');
  lines.push(`Not expressed by the engine (${notExpressed.length} terms):`);
  lines.push('');
  for (const term of notExpressed) lines.push(`- ${term.series} (${term.role}), ${term.observation}: ${term.why}.`);
  return `${lines.join('\n')}\n`;
}
