// Progression and survival after SBRT of metastases as the cohort engine runs it (`progression: { era }`,
// docs/metastasis-model.md "Metastatic patients treated with SBRT") against every term of
// calibration/progression-evidence.yaml, with the library defaults, run in-process from the build (`pnpm build` first).
// Shared by scripts/reproductions-table.mjs (which writes the section into docs/reproductions.md) and
// test/reproductions/progressionEvidence.test.ts (which checks the doc and the agreement with the Python reference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL } from 'node:url';
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { followUpBin } from '../../packages/sim/dist/cohort/followUpBin.js';
import { progressionBins } from '../../packages/sim/dist/cohort/progressionBins.js';
import { runInThread } from '../../packages/sim/dist/cohort/runInThread.js';
import { parseScenario } from '../../packages/sim/dist/index.js';
import { wilson } from './wilson.mjs';

const { parse: parseYaml } = createRequire(new URL('../../packages/sim/package.json', import.meta.url))('yaml');

/** Virtual patients per run (one run per series): 5 blocks; a proportion's SE ≤ 0.36 points. */
export const progressionEvidencePatients = 20000;

/** Seed of every run. */
export const progressionEvidenceSeed = 1516;

/** Title of the section in docs/reproductions.md. */
export const progressionEvidenceTitle = 'Progression and survival after SBRT: the engine against the SBRT evidence (issue 15)';

/**
 * The two arms of every run. `model`: one fraction of 100 Gy on one 0.3 cm lesion (span 0), so that (all but a handful
 * of) lesions are controlled: the engine's new-metastasis and death times alone, the fit's reading in which the local
 * failure part of PFS is the series' own published LC (rule P5). `sbrt`: 5 × 10 Gy every other day on the lesion mix
 * of scenarios/sbrt-lung-metastases-lesions.yaml: the engine as a trial scenario runs it, its PFS with the lesion
 * model's own local failure.
 */
const arms = [
  '  - { id: model, localControl: residual-disease, target: lesions, lesions: { count: { 1: 1 }, diameter: 0.3 }, schedule: { fractions: 1, dose: 100 } }',
  '  - { id: sbrt, localControl: residual-disease, target: lesions, lesions: { count: { 1: 0.5, 2: 0.3, 3: 0.2 }, diameter: { dist: lognormal, median: 1.5, sigma: 0.4 } }, schedule: { fractions: 5, dose: 10, everyDays: 2 } }',
];

function scenarioText(series) {
  const years = Math.ceil(Math.max(...series.observations.map((observation) => observation.atYears)));
  const times = [...new Set(series.observations.map((observation) => observation.atYears))].sort((a, b) => a - b);
  return `version: 1
name: progression evidence ${series.id}
references: ["calibration/progression-evidence.yaml"]
seed: ${progressionEvidenceSeed}
patients: ${progressionEvidencePatients}
cohort:
  diameter: 1.5
  covariates: {}
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: ${years}, at: [${times.join(', ')}] }
progression: { era: ${series.era} }
`;
}

/** S(t) of one arm at a time (years), read on the last whole week at or before it: (n − events by then)/n. */
function survivalAt(events, plan, patients, years) {
  const j = followUpBin(plan, years);
  let total = 0;
  for (let i = 0; i <= j; i++) total += events[i];
  return (patients - total) / patients;
}

/**
 * Every term of the evidence file, in its order: the observed survivors of those at risk with their Wilson interval,
 * the engine's conditional survival in the model arm (for PFS times the series' published LC at both ends, rule P5)
 * with its Monte Carlo SE, the engine's in the SBRT arm, and the Python reference's prediction.
 * @returns {Promise<object[]>} the rows
 */
export async function progressionEvidenceRows() {
  const evidence = parseYaml(readFileSync(new URL('../../calibration/progression-evidence.yaml', import.meta.url), 'utf8'));
  const reference = JSON.parse(readFileSync(new URL('../fixtures/progression-model.json', import.meta.url), 'utf8'));
  const rows = [];
  for (const series of evidence.series) {
    const parsed = parseScenario(scenarioText(series), 'progression-evidence.yaml');
    if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    const plan = compilePlan(parsed.scenario);
    const accumulator = await runInThread(parsed.scenario);
    const patients = accumulator.counts[plan.layout.validPatients];
    const [model, sbrt] = [0, 1].map((arm) => progressionBins(accumulator, arm));
    const modelFailures = patients - accumulator.counts[plan.layout.armCounts];
    for (const kind of ['os', 'pfs']) {
      const observations = series.observations.filter((observation) => observation.kind === kind).sort((a, b) => a.atYears - b.atYears);
      let previous = { years: 0, value: 1 };
      for (const observation of observations) {
        const atRisk = series.patients * previous.value;
        const observed = observation.value / previous.value;
        const survivors = atRisk * observed;
        const engine = (bins, years) => {
          // The model arm's PFS reads the series' LC (rule P5); its own times give "alive without a new metastasis".
          const local = kind === 'pfs' && bins === model ? (years === 0 ? 1 : series.localControl[years]) : 1;
          return local * survivalAt(kind === 'os' ? bins.deaths : bins.progressions, plan, patients, years);
        };
        const conditional = (bins) => engine(bins, observation.atYears) / (previous.years === 0 ? 1 : engine(bins, previous.years));
        const predicted = conditional(model);
        const modelAtRisk = previous.years === 0 ? patients : patients * survivalAt(kind === 'os' ? model.deaths : model.progressions, plan, patients, previous.years);
        const python = reference.table.find((row) => row.series === series.id && row.kind === kind && row.atYears === observation.atYears);
        const [low, high] = wilson(survivors, atRisk);
        rows.push({
          series: series.id,
          role: series.role,
          evidence: series.evidence,
          observation: `${kind.toUpperCase()} ${observation.atYears} y${previous.years > 0 ? `, given ${previous.years} y` : ''}`,
          survivors,
          atRisk,
          observed,
          observedCi95: [low, high],
          predicted,
          predictedSe: Math.sqrt((predicted * (1 - predicted)) / modelAtRisk),
          sbrt: conditional(sbrt),
          reference: python?.predicted ?? Number.NaN,
          inside: low <= predicted && predicted <= high,
          sbrtInside: low <= conditional(sbrt) && conditional(sbrt) <= high,
          modelFailures,
        });
        previous = { years: observation.atYears, value: observation.value };
      }
    }
  }
  return rows;
}

const percent = (value) => (100 * value).toFixed(1);

/**
 * The section's body: coverage per role for both arms, then one row per term.
 * @returns {Promise<string>} Markdown
 */
export async function progressionEvidenceMarkdown() {
  const rows = await progressionEvidenceRows();
  const lines = [];
  for (const role of ['fit', 'holdout']) {
    const mine = rows.filter((row) => row.role === role);
    const inside = mine.filter((row) => row.inside).length;
    const sbrtInside = mine.filter((row) => row.sbrtInside).length;
    lines.push(`- **${role}**: model arm ${inside} of ${mine.length} inside, SBRT 5 × 10 Gy arm ${sbrtInside} of ${mine.length}.`);
  }
  lines.push('');
  lines.push('| series | role | evidence | observation | survivors / at risk | observed (%) | observed 95% (Wilson) | engine, model arm (%) | engine, SBRT 5 × 10 Gy (%) | Python (%) | inside (model arm) |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const mark = row.inside ? 'yes' : row.predicted > row.observedCi95[1] ? 'no ↑' : 'no ↓';
    lines.push(
      `| ${row.series} | ${row.role} | ${row.evidence} | ${row.observation} | ${row.survivors.toFixed(1)} / ${row.atRisk.toFixed(1)} | ${percent(row.observed)} | ` +
        `${percent(row.observedCi95[0])}–${percent(row.observedCi95[1])} | ${percent(row.predicted)} ± ${percent(row.predictedSe)} | ${percent(row.sbrt)} | ${percent(row.reference)} | ${mark} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
