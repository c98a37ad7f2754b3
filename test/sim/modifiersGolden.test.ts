// Scenarios without modifiers or biomarkers give byte-identical results to the engine before they existed: golden
// results computed with that engine (test/fixtures/golden/*.results.json, JSON.stringify(results, null, 1)) and one
// serialised shard of a library-free scenario (inline-mixed.partial.json: blocks 1 and 0).
//
// The shipped scenarios read the parameter library, so a deliberate recalibration of the library changes their
// goldens (inline-mixed does not depend on it). Regenerate only then, and only after checking that the engine of
// that commit without modifier support gives the same numbers: RTSIM_UPDATE_GOLDEN=1 npx vitest run test/sim/modifiersGolden*.
// A deliberate change of the random streams changes every golden too: they were regenerated when the block
// generators moved from Alea's own seeding to ARC4-derived state (27 November 2026), and last when every stream moved
// to Philox 4×32-10 (model 2, issue 20; every arm's mean TCP and control rate within 1.7 SE of the Alea goldens).
// Adding rtsim.model and rtsim.library to the results (release 0.2.0) regenerated them too; only that block changed.
// So did library 1.1.0 (the local-control values added to libraryContent): only rtsim.library changed.
// The extremity scenario's `complications: {}` (issue 16) added its arms' and comparisons' `complications` and changed
// nothing else (the diff of its golden was additions only); `toxicityDefaults` joining library 1.1.0 changed rtsim.library's
// hash in every golden and nothing else, and so did `metastasisDefaults` joining it.
// default and extremity-preop-hypofractionation were regenerated when their arms moved to `localControl:
// residual-disease` with extremity tumours only (7 December 2026, issue 14): a change of the scenarios, not the engine.
// Every golden gained each arm's `controlModel` (the model of local control it ran on); the diff was additions only.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { serializeAccumulator } from '../../packages/sim/src/cohort/serializeAccumulator.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { parsedScenario } from './parsedScenario.js';

const golden = new URL('../fixtures/golden/', import.meta.url);
const update = process.env['RTSIM_UPDATE_GOLDEN'] === '1';

function compare(name: string, text: string): void {
  const file = new URL(name, golden);
  if (update) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

async function resultsText(path: URL): Promise<string> {
  const scenario = parsedScenario(readFileSync(path, 'utf8'), path.pathname);
  const results = summarize(await runInThread(scenario), compilePlan(scenario), { version: 'golden', scenarioHash: 'golden' });
  return `${JSON.stringify(results, null, 1)}\n`;
}

describe('results of scenarios without modifiers are unchanged, byte for byte', () => {
  it.each(['default', 'extremity-preop-hypofractionation'])('scenarios/%s.yaml', async (name) => {
    compare(`${name}.results.json`, await resultsText(new URL(`../../scenarios/${name}.yaml`, import.meta.url)));
  });

  it('test/fixtures/golden/inline-mixed.yaml (no library values: LQ, LQ-L, USC, hypoxia, drawn repair, surgery, LKB)', async () => {
    compare('inline-mixed.results.json', await resultsText(new URL('inline-mixed.yaml', golden)));
  });

  it('its shard file (blocks 1 and 0) is unchanged too: same layout, same sums', async () => {
    const scenario = parsedScenario(readFileSync(new URL('inline-mixed.yaml', golden), 'utf8'), 'inline-mixed.yaml');
    compare('inline-mixed.partial.json', `${JSON.stringify(serializeAccumulator(await runInThread(scenario, { blocks: [1, 0] })))}\n`);
  });
});
