// The complications the cohort engine draws (`complications`, docs/toxicity-model.md) against every term of
// calibration/toxicity-evidence.yaml, with the library defaults, run in-process from the build (`pnpm build` first).
// Shared by scripts/reproductions-table.mjs (which writes the section into docs/reproductions.md) and
// test/reproductions/toxicityEvidence.test.ts (which checks the doc and the agreement with the Python reference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL } from 'node:url';
import { compilePlan } from '../../packages/sim/dist/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/dist/cohort/runInThread.js';
import { summarize } from '../../packages/sim/dist/cohort/summarize.js';
import { parseScenario } from '../../packages/sim/dist/index.js';
import { wilson } from './wilson.mjs';

// The sim's own YAML reader (a dependency of @rtsim/sim, not of the workspace root).
const { parse: parseYaml } = createRequire(new URL('../../packages/sim/package.json', import.meta.url))('yaml');

/** Virtual patients per run (one run per size class): Monte Carlo SE of a rate ≤ 0.16 percentage points. */
export const toxicityEvidencePatients = 100000;

/** Title of the section in docs/reproductions.md. */
export const toxicityEvidenceTitle = 'Complications: the engine against the toxicity evidence (issue 16)';

/** Sphere volumes standing for the wound model's two size classes, cm³: diameter 1.97 cm (≤ 5) and 12.4 cm (> 5). */
const smallVolume = 4;
const largeVolume = 1000;

/** An arm's id for a timing and schedule. */
const armId = (timing, schedule) => `${timing}-${schedule.doseGy}-${schedule.fractions}`;

/** The arm of a timing and schedule, on 5 fractions a week, with surgery 35 days after the last fraction or before the first. */
function armYaml(timing, schedule) {
  const dose = schedule.doseGy / schedule.fractions;
  const lastDay = Math.floor((schedule.fractions - 1) / 5) * 7 + ((schedule.fractions - 1) % 5);
  const day = timing === 'preop' ? lastDay + 35 : -35;
  return `  - { id: ${armId(timing, schedule)}, schedule: { fractions: ${schedule.fractions}, dose: ${dose}, perWeek: 5 }, surgery: { day: ${day}, margins: { R0: 1, R1: 0, R2: 0 } } }`;
}

/** Runs one scenario with every arm at one tumour volume; returns the rate of each endpoint per arm id. */
async function rates(arms, volume) {
  const text = `version: 1
name: toxicity evidence
references: ["calibration/toxicity-evidence.yaml"]
seed: 1616
patients: ${toxicityEvidencePatients}
cohort: { volume: ${volume}, subtypes: [{ ref: sts }] }
arms:
${arms.join('\n')}
followUp: { years: 2 }
complications: {}
`;
  const parsed = parseScenario(text, 'toxicity-evidence.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  const results = summarize(await runInThread(parsed.scenario), compilePlan(parsed.scenario), { version: 'reproduction', scenarioHash: 'reproduction' });
  return new Map(results.arms.map((arm) => [arm.id, new Map((arm.complications?.endpoints ?? []).map((rate) => [rate.endpoint, rate.rate]))]));
}


/**
 * Every term of the evidence file predicted by the engine: the rate of its endpoint (fibrosis for "any grade ≥ 2 late
 * toxicity", as the Python reference does), mixed over the size classes by the term's share of tumours > 5 cm and, for
 * a group of mixed timing, over preoperative and postoperative arms by its preoperative share; with the Monte Carlo
 * standard error of that mixture and the Python reference's prediction (test/fixtures/toxicity-models.json).
 * @returns {Promise<object[]>} one row per term, in the file's order
 */
export async function toxicityEvidenceRows() {
  const evidence = parseYaml(readFileSync(new URL('../../calibration/toxicity-evidence.yaml', import.meta.url), 'utf8'));
  const referenceTerms = JSON.parse(readFileSync(new URL('../fixtures/toxicity-models.json', import.meta.url), 'utf8')).terms;
  // The reference lists the terms fit first, then held out: matched by series, endpoint, timing and counts.
  const key = (series, endpoint, timing, events, patients) => `${series}|${endpoint}|${timing}|${events}|${patients}`;
  const reference = new Map(referenceTerms.map((term) => [key(term.series, term.endpoint, term.timing, term.events, term.patients), term.predicted]));
  const postopSchedule = evidence.defaults.postopSchedule;
  const terms = evidence.series.flatMap((series) => series.observations.map((observation) => ({ series, observation })));
  const arms = new Map();
  for (const { observation } of terms) {
    const timings = observation.timing === 'mixed' ? [['preop', observation.schedule], ['postop', postopSchedule]] : [[observation.timing, observation.schedule]];
    for (const [timing, schedule] of timings) arms.set(armId(timing, schedule), armYaml(timing, schedule));
  }
  const small = await rates([...arms.values()], smallVolume);
  const large = await rates([...arms.values()], largeVolume);
  return terms.map(({ series, observation }) => {
    const endpoint = observation.endpoint === 'any-late' ? 'fibrosis' : observation.endpoint;
    const largeShare = observation.largeShare ?? evidence.defaults.largeShare;
    const parts =
      observation.timing === 'mixed'
        ? [[observation.preopShare, armId('preop', observation.schedule)], [1 - observation.preopShare, armId('postop', postopSchedule)]]
        : [[1, armId(observation.timing, observation.schedule)]];
    let predicted = 0;
    let variance = 0;
    for (const [share, id] of parts) {
      for (const [weight, table] of [[largeShare, large], [1 - largeShare, small]]) {
        const rate = table.get(id)?.get(endpoint) ?? Number.NaN;
        predicted += share * weight * rate;
        variance += (share * weight) ** 2 * ((rate * (1 - rate)) / toxicityEvidencePatients);
      }
    }
    const [low, high] = wilson(observation.events, observation.patients);
    return {
      series: series.id,
      role: series.role,
      endpoint: observation.endpoint,
      timing: observation.timing,
      schedule: `${observation.schedule.doseGy} Gy / ${observation.schedule.fractions}`,
      events: observation.events,
      patients: observation.patients,
      observedCi95: [low, high],
      predicted,
      predictedSe: Math.sqrt(variance),
      reference: reference.get(key(series.id, observation.endpoint, observation.timing, observation.events, observation.patients)) ?? Number.NaN,
      inside: predicted >= low && predicted <= high,
    };
  });
}

const percent = (value) => `${(100 * value).toFixed(1)}%`;

/**
 * The section's body: coverage per role and one row per term.
 * @returns {Promise<string>}
 */
export async function toxicityEvidenceMarkdown() {
  const rows = await toxicityEvidenceRows();
  const lines = [];
  for (const role of ['fit', 'holdout']) {
    const own = rows.filter((row) => row.role === role);
    lines.push(`- ${role === 'fit' ? 'fitted' : 'held out'}: ${own.filter((row) => row.inside).length} of ${own.length} terms inside (${percent(own.filter((row) => row.inside).length / own.length)})`);
  }
  lines.push('');
  lines.push('| series | role | endpoint | timing | schedule | observed | observed 95% CI | engine | Python reference | inside |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const direction = row.inside ? 'inside' : row.predicted > row.observedCi95[1] ? 'outside ↑' : 'outside ↓';
    lines.push(
      `| ${row.series} | ${row.role === 'fit' ? 'fitted' : 'held out'} | ${row.endpoint} | ${row.timing} | ${row.schedule} | ${row.events}/${row.patients} (${percent(row.events / row.patients)}) | ` +
        `${percent(row.observedCi95[0])}–${percent(row.observedCi95[1])} | ${percent(row.predicted)} | ${percent(row.reference)} | ${direction} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
