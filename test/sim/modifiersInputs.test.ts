// Scenario files with modifiers: the shipped examples parse and run, and broken modifier inputs are reported at
// their path with a message written for people.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';

const directory = new URL('../../scenarios/multimodal/', import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith('.yaml')).sort();

describe('scenarios/multimodal/*.yaml', () => {
  it('ships one example per modifier and the GARD prescription', () => {
    expect(files).toEqual(['chemoradiotherapy.yaml', 'gard-prescription.yaml', 'hyperthermia-preop.yaml', 'pembrolizumab-preop.yaml', 'tcr-t-synovial-sarcoma.yaml']);
  });

  it.each(files)('%s parses, marks its assumed inputs what-if and cites its sources', (name) => {
    const text = readFileSync(new URL(name, directory), 'utf8');
    const result = parseScenario(text, name);
    if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    expect(result.scenario.references.some((reference) => reference.startsWith('what-if'))).toBe(true);
    expect(result.scenario.patients).toBeLessThanOrEqual(100_000);
  });

  it.each(files)('%s runs (2000 patients) and every modified arm moves TCP the way its inputs say', async (name) => {
    const result = parseScenario(readFileSync(new URL(name, directory), 'utf8'), name);
    if (!result.ok) throw new Error('does not parse');
    const scenario = { ...result.scenario, patients: 2000 };
    const results = summarize(await runInThread(scenario), compilePlan(scenario), { version: 'test', scenarioHash: 'test' });
    const tcp = Object.fromEntries(results.arms.map((arm) => [arm.id, arm.meanTcp]));
    if (name === 'hyperthermia-preop.yaml') {
      expect(tcp['rt-hyperthermia-2pw']).toBeGreaterThan(tcp['rt']);
      expect(tcp['rt-hyperthermia-daily']).toBeGreaterThan(tcp['rt-hyperthermia-2pw']);
    }
    if (name === 'chemoradiotherapy.yaml') expect(tcp['rt-doxorubicin']).toBeGreaterThan(tcp['rt']);
    if (name === 'pembrolizumab-preop.yaml') {
      expect(tcp['rt-50x25-pembro']).toBeGreaterThan(tcp['rt-50x25']);
      expect(tcp['rt-5x6-pembro']).toBeGreaterThan(tcp['rt-5x6']);
    }
    if (name === 'tcr-t-synovial-sarcoma.yaml') {
      const negative = results.arms.map((arm) => arm.byMarker?.find((group) => group.status === 'negative'));
      expect(negative[1]).toEqual(negative[0]);
    }
    if (name === 'gard-prescription.yaml') {
      expect(results.arms[1]?.prescribedDose?.sd).toBeGreaterThan(0);
      expect(results.arms[0]?.prescribedDose).toEqual({ mean: 50, sd: 0, min: 50, max: 50, clamped: { atMinDose: 0, atMaxDose: 0 } });
    }
  });
});

const scenarioWith = (arms: string, cohort?: string, top?: string): string => `version: 1
name: t
references: [x]
seed: 1
patients: 10
cohort:
  volume: 10${cohort ?? ''}
  subtypes:
    - ref: sts
arms:
${arms}
followUp: { years: 5 }
${top ?? ''}`;

const course = (modifiers: string, schedule = '{ fractions: 25, dose: 2 }'): string => `  - id: a\n    schedule: ${schedule}\n    modifiers: [${modifiers}]`;

const plain = '  - id: a\n    schedule: { fractions: 25, dose: 2 }';

const broken: readonly (readonly [what: string, arms: string, path: string, message: string, cohort?: string, top?: string])[] = [
  ['a modifier type that does not exist', course('{ type: chemo, agent: dox }'), 'arms[0].modifiers[0].type', "expected one of 'systemic', 'immunotherapy', 'cellTherapy', 'hyperthermia', got \"chemo\""],
  ['a cell therapy without its antigen', course('{ type: cellTherapy, agent: x, logKill: 1, responseProbability: 0.5 }'), 'arms[0].modifiers[0].marker', 'required, but missing'],
  ['a dose-modifying factor of 0', course('{ type: hyperthermia, doseModifyingFactor: 0 }'), 'arms[0].modifiers[0].doseModifyingFactor', 'expected a number > 0 and ≤ 5, got 0'],
  ['fraction numbers and a day window together', course('{ type: hyperthermia, doseModifyingFactor: 1.2, fractions: [1], fromDay: 0 }'), 'arms[0].modifiers[0].fractions', 'give fraction numbers or a day window (fromDay/toDay), not both'],
  ['a fraction number beyond the course', course('{ type: hyperthermia, doseModifyingFactor: 1.2, fractions: [1, 6] }', '{ fractions: 5, dose: 2 }'), 'arms[0].modifiers[0].fractions[1]', 'expected a fraction number from 1 to 5, got 6'],
  ['a window that ends before it starts', course('{ type: systemic, agent: dox, doseModifyingFactor: 1.1, fromDay: 10, toDay: 3 }'), 'arms[0].modifiers[0].toDay', 'expected a day ≥ fromDay (10), got 3'],
  ['a response probability above 1', course('{ type: immunotherapy, agent: p, logKill: 1, responseProbability: 1.2 }'), 'arms[0].modifiers[0].responseProbability', 'expected a number from 0 to 1, got 1.2'],
  ['a responseBySubtype id that is not in the cohort', course('{ type: immunotherapy, agent: p, logKill: 1, responseProbability: 0.2, responseBySubtype: { stss: 0.3 } }'), 'arms[0].modifiers[0].responseBySubtype.stss', "unknown subtype id 'stss'; did you mean 'sts'? subtypes: sts"],
  ['a marker without a prevalence', course('{ type: cellTherapy, agent: p, marker: MAGE-A4, logKill: 1, responseProbability: 0.2 }'), 'cohort.subtypes[0]', "no prevalence for marker 'MAGE-A4': give override.markers.MAGE-A4 here or cohort.markers.MAGE-A4 (0 if this subtype never carries it)"],
  ['a marker-negative probability without a marker', course('{ type: immunotherapy, agent: p, logKill: 1, responseProbability: 0.2, markerNegativeResponseProbability: 0.1 }'), 'arms[0].modifiers[0].markerNegativeResponseProbability', 'needs a marker'],
  ['the same agent twice in one arm', course('{ type: systemic, agent: dox, logKill: 1 }, { type: systemic, agent: dox, doseModifyingFactor: 1.1 }'), 'arms[0].modifiers[1].agent', "agent 'dox' is already modifiers[0] of this arm: give each agent once"],
  ['a dose scaling at 0 Gy', course('{ type: immunotherapy, agent: p, logKill: 1, responseProbability: 0.2, doseScaling: { referenceDose: 0, exponent: 1 } }'), 'arms[0].modifiers[0].doseScaling.referenceDose', 'expected a number > 0, got 0'],
  ['a log kill above 50', course('{ type: systemic, agent: dox, logKill: 60 }'), 'arms[0].modifiers[0].logKill', 'expected a number from 0 to 50, got 60'],
  ['a marker prevalence above 1', plain, 'cohort.markers["PD-L1"]', 'expected a number from 0 to 1, got 1.5', '\n  markers: { PD-L1: 1.5 }'],
  ['alpha and rsi at one level', plain, 'cohort.rsi', 'give alpha or rsi at one level, not both (with rsi, α is derived from it per patient)', '\n  alpha: 0.3\n  rsi: 0.4'],
  [
    'an RSI reaching above e^(−0.2) with β = 0.05',
    plain,
    'cohort.rsi',
    'with β = 0.05 Gy⁻² (no alphaBeta in the file) an RSI above e^(−0.2) = 0.8187 gives α < 0, but this one reaches 0.9: cap it (max: 0.8187) or give alphaBeta',
    '\n  rsi: { dist: uniform, min: 0.3, max: 0.9 }',
  ],
  ['a GARD course with maxDose below minDose', '  - id: a\n    schedule: { fractions: 25, gardTarget: 20, minDose: 3, maxDose: 2 }', 'arms[0].schedule.maxDose', 'expected a dose ≥ minDose (3 Gy), got 2'],
  [
    'an organ at risk on a GARD-prescribed arm',
    '  - id: a\n    schedule: { fractions: 25, gardTarget: 20 }\n    organAtRisk: { name: s, dvh: [{ dose: 50, volume: 1 }], td50: 70, m: 0.1, n: 0.1, alphaBeta: 3 }',
    'arms[0].organAtRisk',
    'not supported on a GARD-prescribed arm: its dose differs per patient, and a DVH is for one plan',
  ],
  ['GARD band edges that do not increase', plain, 'gardBands[1]', 'expected an edge > 20, got 10', '', 'gardBands: [20, 10]'],
  ['a logistic organ without gamma50', `${plain}\n    organAtRisk: { name: s, model: logistic, dvh: [{ dose: 50, volume: 1 }], d50: 50, alphaBeta: 3 }`, 'arms[0].organAtRisk.gamma50', 'required, but missing'],
];

describe('parseScenario(broken modifier input) reports the path and what is wrong', () => {
  for (const [what, arms, path, message, cohort, top] of broken) {
    it(what, () => {
      const result = parseScenario(scenarioWith(arms, cohort, top), 'broken.yaml');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
    });
  }

  it('a dose and a GARD target in one schedule: the key is unknown to a fixed course, and the pair is named', () => {
    const result = parseScenario(scenarioWith('  - id: a\n    schedule: { fractions: 25, dose: 2, gardTarget: 20 }'), 'broken.yaml');
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['arms[0].schedule.gardTarget', "unknown key 'gardTarget'; expected one of: fractions, dose, perWeek, everyDays, perDay, intervalHours, startWeekday, gaps, durationMinutes"],
      ['arms[0].schedule.gardTarget', 'give dose or gardTarget, not both: with gardTarget the dose per fraction is solved per patient'],
    ]);
  });
});
