// More shipped scenarios against their golden results (see modifiersGolden.test.ts for what the goldens are and
// when to regenerate them).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { parsedScenario } from './parsedScenario.js';

const update = process.env['RTSIM_UPDATE_GOLDEN'] === '1';

it.each(['sbrt-lung-metastases', 'myxoid-liposarcoma-deescalation', 'treatment-gap'])('scenarios/%s.yaml gives its golden results', async (name) => {
  const scenario = parsedScenario(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8'), `${name}.yaml`);
  const results = summarize(await runInThread(scenario), compilePlan(scenario), { version: 'golden', scenarioHash: 'golden' });
  const text = `${JSON.stringify(results, null, 1)}\n`;
  const file = new URL(`../fixtures/golden/${name}.results.json`, import.meta.url);
  if (update) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
});
