import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compilePlan, parseScenario, resultsJson, runInThread, scenarioHash, summarize } from '@rtsim/sim';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/sim/dist/bin/rtsim.js');

/** How {@link simulateScenarioJson} produced its reference. */
export type ReferenceSource = 'cli' | 'in-thread';

/**
 * results.json for a scenario file and patient count, computed outside the browser: by the built command line
 * (`rtsim run FILE --json --patients N`, worker threads) when packages/sim/dist exists, which the root test
 * script builds first; otherwise by the sim's in-thread reference runner from its sources with the same
 * serialiser, version and hash.
 * @param file - absolute path of the scenario file
 * @param patients - virtual patients
 */
export async function simulateScenarioJson(file: string, patients: number): Promise<{ json: string; source: ReferenceSource }> {
  if (existsSync(cli)) {
    const out = await mkdtemp(join(tmpdir(), 'rtsim-e2e-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [cli, 'run', file, '--json', '--patients', String(patients), '--out', out], { maxBuffer: 64 << 20 });
      return { json: stdout, source: 'cli' };
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
  const parsed = parseScenario(await readFile(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`reference scenario ${file} does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const scenario = { ...parsed.scenario, patients };
  const version = (JSON.parse(await readFile(join(root, 'packages/sim/package.json'), 'utf8')) as { version: string }).version;
  const accumulator = await runInThread(scenario);
  const results = summarize(accumulator, compilePlan(scenario), { version, scenarioHash: await scenarioHash(scenario) });
  return { json: resultsJson(results), source: 'in-thread' };
}
