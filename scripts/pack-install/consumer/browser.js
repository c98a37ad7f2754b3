// A browser consumer bundled by Vite: parse a scenario, run it through the front door on two module Web Workers
// (cohort.worker.js), show results.json; read a DVH with the @rtsim/sim/dvh entry, loaded on demand as the viewer does.
import { parseScenario, runTrial, trialFiles } from '@rtsim/sim';
import text from './scenario.yaml?raw';

const spawn = () => new globalThis.Worker(new globalThis.URL('./cohort.worker.js', import.meta.url), { type: 'module' });
const parsed = parseScenario(text, 'scenario.yaml');
if (parsed.ok) {
  const { results } = await runTrial(parsed.scenario, { workers: 2, spawn, version: 'browser' });
  globalThis.document.getElementById('results').textContent = trialFiles(results, text)[0].content;
}

const { dvhMetrics, parseDvhFile } = await import('@rtsim/sim/dvh');
const dvh = parseDvhFile(new globalThis.TextEncoder().encode('dose_Gy,volume_cm3\n0,10\n50,10\n52,0\n'), 'PTV');
globalThis.document.getElementById('dvh').textContent = dvh.ok ? `${dvh.structures[0].name}: Dmean ${dvhMetrics(dvh.structures[0]).mean} Gy` : 'refused';
