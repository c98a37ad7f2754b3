// A browser consumer bundled by Vite: parse a scenario, run it through the front door on two module Web Workers
// (cohort.worker.js), show results.json.
import { parseScenario, runTrial, trialFiles } from '@rtsim/sim';
import text from './scenario.yaml?raw';

const spawn = () => new globalThis.Worker(new globalThis.URL('./cohort.worker.js', import.meta.url), { type: 'module' });
const parsed = parseScenario(text, 'scenario.yaml');
if (parsed.ok) {
  const { results } = await runTrial(parsed.scenario, { workers: 2, spawn, version: 'browser' });
  globalThis.document.getElementById('results').textContent = trialFiles(results, text)[0].content;
}
