// noEffectNote: the stderr notes for uncertain parameters that cannot move what a command summarises. Each note is
// checked against the engine: the parameter it names really leaves the results unchanged.
import { describe, expect, test } from 'vitest';
import { noEffectNote } from '../../packages/sim/src/cli/noEffectNote.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { nominalScenario } from '../../packages/sim/src/scenario/nominalScenario.js';
import { parsedScenario } from './parsedScenario.js';

const meta = { version: 'test', scenarioHash: 'sha256:test' };
const postop = '{ id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-close: 0.6, R1-planned: 0.4 } } }';
// 50 Gy/25 ends on day 32; surgery five weeks later.
const preop = '{ id: preop, localControl: residual-disease, schedule: { fractions: 25, dose: 2, perWeek: 5 }, surgery: { day: 67, margins: { R0-close: 0.6, R1-planned: 0.4 } } }';

function scenarioText(arms: readonly string[], bedHypoxicFraction?: number): string {
  return `version: 1
name: the tumour bed's hypoxic share
references: ["test scenario"]
seed: 5
patients: 1500
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
${arms.map((arm) => `  - ${arm}`).join('\n')}
followUp: { years: 5, at: [2, 5] }
${bedHypoxicFraction === undefined ? '' : `localControlModel: { tumourBedHypoxicFraction: ${bedHypoxicFraction} }\n`}uncertainty:
  draws: 2
  parameters:
    - { path: localControlModel.tumourBedHypoxicFraction, label: bed hypoxia, distribution: { dist: uniform, min: 0.005, max: 0.3 } }
`;
}

/** The nominal trial's results of the scenario, summarised (LC curves, control rates, endpoints at times). */
async function results(text: string): Promise<string> {
  const nominal = nominalScenario(parsedScenario(text));
  return JSON.stringify(summarize(await runInThread(nominal), compilePlan(nominal), meta).arms);
}

describe('noEffectNote and the tumour bed', () => {
  test('preoperative RT only: the bed\'s hypoxic share is noted, and indeed moves nothing', async () => {
    const note = noEffectNote('rtsim run', parsedScenario(scenarioText([preop])), 'endpoints');
    expect(note).toBe(
      'rtsim run: note: bed hypoxia acts on radiotherapy of the tumour bed after a resection; no arm of this scenario that resects on the residual-disease model gives a fraction after its operation, so it shows no effect here (docs/uncertainty.md)\n',
    );
    expect(await results(scenarioText([preop], 0.3))).toBe(await results(scenarioText([preop], 0.005)));
  });

  test('a 0 Gy fraction after the operation (how surgery alone may be written) irradiates no bed: still noted, and true', async () => {
    const zero = '{ id: zero, localControl: residual-disease, schedule: { fractions: 1, dose: 0 }, surgery: { day: -1, margins: { R0-close: 0.6, R1-planned: 0.4 } } }';
    expect(noEffectNote('rtsim run', parsedScenario(scenarioText([preop, zero])), 'endpoints')).toContain('bed hypoxia acts on radiotherapy of the tumour bed after a resection');
    const reference = await results(scenarioText([preop, zero], 0.3));
    for (const share of [0.005, 0.014, 0.027]) expect(await results(scenarioText([preop, zero], share))).toBe(reference);
  });

  test('with an arm of postoperative RT it is not noted, and it moves that arm', async () => {
    expect(noEffectNote('rtsim run', parsedScenario(scenarioText([preop, postop])), 'endpoints')).toBe('');
    expect(await results(scenarioText([postop], 0.3))).not.toBe(await results(scenarioText([postop], 0.005)));
  });
});
