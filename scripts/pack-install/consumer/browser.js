// A browser consumer bundled by Vite: parse a scenario, run it in the page, show results.json.
import { compilePlan, parseScenario, resultsJson, runInThread, scenarioHash, summarize } from '@rtsim/sim';
import text from './scenario.yaml?raw';

const parsed = parseScenario(text, 'scenario.yaml');
if (parsed.ok) {
  const results = summarize(await runInThread(parsed.scenario), compilePlan(parsed.scenario), { version: 'browser', scenarioHash: await scenarioHash(parsed.scenario) });
  globalThis.document.getElementById('results').textContent = resultsJson(results);
}
