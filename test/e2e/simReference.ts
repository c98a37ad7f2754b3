import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseScenario, runSensitivity, scenarioHash, sensitivityJson, sensitivityReportHtml } from '@rtsim/sim';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';
import type { SensitivityMeasure } from '@rtsim/sim';

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

/** The options of `rtsim sensitivity` that {@link sensitivityReferenceFiles} passes on. */
export interface SensitivityReferenceSettings {
  /** `arm:ID` or `diff:A,B`. */
  readonly output: string;
  readonly measure: SensitivityMeasure;
  readonly samples: number;
  readonly patients: number;
  readonly resamples: number;
}

/**
 * sensitivity.json and report-sensitivity.html for a scenario file and settings, computed outside the browser: by
 * the built command line (`rtsim sensitivity FILE --output … --measure … --samples N --patients N --resamples N
 * --workers 2`, worker threads) when packages/sim/dist exists; otherwise by runSensitivity in this thread from the
 * sim's sources, with the same serialisers, version and hash.
 * @param file - absolute path of the scenario file
 * @param settings - the analysis's options
 */
export async function sensitivityReferenceFiles(file: string, settings: SensitivityReferenceSettings): Promise<{ json: string; html: string; source: ReferenceSource }> {
  if (existsSync(cli)) {
    const out = await mkdtemp(join(tmpdir(), 'rtsim-e2e-'));
    try {
      const args = ['sensitivity', file, '--output', settings.output, '--measure', settings.measure, '--samples', String(settings.samples),
        '--patients', String(settings.patients), '--resamples', String(settings.resamples), '--workers', '2', '--out', out, '--json'];
      const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], { maxBuffer: 64 << 20 });
      return { json: stdout, html: await readFile(join(out, 'report-sensitivity.html'), 'utf8'), source: 'cli' };
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
  const text = await readFile(file, 'utf8');
  const parsed = parseScenario(text, file);
  if (!parsed.ok) throw new Error(`reference scenario ${file} does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const version = (JSON.parse(await readFile(join(root, 'packages/sim/package.json'), 'utf8')) as { version: string }).version;
  const [kind, ids = ''] = settings.output.split(':');
  const [a = '', b = ''] = ids.split(',');
  const results = await runSensitivity(parsed.scenario, {
    output: kind === 'arm' ? { kind: 'arm', arm: ids } : { kind: 'difference', a, b },
    measure: settings.measure,
    samples: settings.samples,
    patients: settings.patients,
    resamples: settings.resamples,
    workers: 0,
    meta: { version, scenarioHash: await scenarioHash(parsed.scenario) },
  });
  return { json: sensitivityJson(results), html: sensitivityReportHtml(results, text), source: 'in-thread' };
}
