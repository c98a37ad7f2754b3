// Which model of local control made each arm's numbers: results.json arms[].controlModel, and a sentence under the
// arms of the terminal table and of the report. A scenario may mix the models, and they can rank schedules
// differently, so every output a reader compares arms in says which model each arm ran on.
import { describe, expect, test } from 'vitest';
import { comparisonTable } from '../../packages/sim/src/cli/comparisonTable.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { controlModelSentence } from '../../packages/sim/src/report/controlModelSentence.js';
import { reportHtml } from '../../packages/sim/src/report/reportHtml.js';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';
import { parsedScenario } from './parsedScenario.js';

const margins = '{ R0-wide: 0.84, R1-planned: 0.14, R2: 0.02 }';
const residual = (id: string, fractions: number, dose: number, day: number): string =>
  `  - { id: ${id}, localControl: residual-disease, schedule: { fractions: ${fractions}, dose: ${dose}, perWeek: 5 }, surgery: { day: ${day}, margins: ${margins} } }`;
const classic = (id: string): string => `  - { id: ${id}, schedule: { fractions: 5, dose: 6, perWeek: 5 }, surgery: { day: 39, margins: { R0: 0.84, R1: 0.14, R2: 0.02 } } }`;

async function results(arms: readonly string[]): Promise<TrialResults> {
  const scenario = parsedScenario(`version: 1
name: models per arm
references: ["test scenario"]
seed: 3
patients: 300
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
${arms.join('\n')}
followUp: { years: 5 }
`);
  return summarize(await runInThread(scenario), compilePlan(scenario), { version: 'test', scenarioHash: 'sha256:test' });
}

describe('the model of local control of each arm', () => {
  test('mixed arms: results.json names each arm\'s model, and the sentence groups the arms by model in the order of first use', async () => {
    const mixed = await results([residual('preop-50x25', 25, 2, 67), classic('classic-5x6'), residual('preop-5x6', 5, 6, 39)]);
    expect(mixed.arms.map((arm) => [arm.id, arm.controlModel])).toEqual([
      ['preop-50x25', 'residual-disease'],
      ['classic-5x6', 'clonogen'],
      ['preop-5x6', 'residual-disease'],
    ]);
    const json = JSON.parse(resultsJson(mixed)) as { arms: { controlModel: string }[] };
    expect(json.arms.map((arm) => arm.controlModel)).toEqual(['residual-disease', 'clonogen', 'residual-disease']);
    const sentence = 'Local control model: residual-disease (arms preop-50x25, preop-5x6; docs/local-control-model.md); classic clonogen (arm classic-5x6; docs/models.md).';
    expect(controlModelSentence(mixed)).toBe(sentence);
    // The terminal: the line right under the arms table (no background note here), before the strata.
    const lines = comparisonTable(mixed).split('\n');
    expect(lines[lines.indexOf(sentence) - 1]).toMatch(/^preop-5x6 /);
    expect(reportHtml(mixed)).toContain(`${'</table></div>'}<p class="note">${sentence}</p></section>`);
  });

  test('one model for every arm is said once', async () => {
    const same = await results([classic('a'), classic('b')]);
    expect(same.arms.map((arm) => arm.controlModel)).toEqual(['clonogen', 'clonogen']);
    expect(controlModelSentence(same)).toBe('Local control model: classic clonogen (every arm; docs/models.md).');
    expect(comparisonTable(same)).toContain('\nLocal control model: classic clonogen (every arm; docs/models.md).\n\ncomparison');
  });
});
