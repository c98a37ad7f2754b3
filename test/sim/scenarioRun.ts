import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';

/** The files of one successful `rtsim run`, read back. */
export interface ScenarioRun {
  readonly results: TrialResults;
  readonly json: string;
  readonly csv: string;
  readonly html: string;
  /** endpoints.csv text. */
  readonly endpoints: string;
  readonly stdout: string;
}

/**
 * A runner of scenario texts through the built command line in `directory`: writes NAME.yaml, runs
 * `rtsim run NAME.yaml --out NAME` (0 worker threads unless the options name `--workers`), requires a clean exit,
 * and reads the output set back.
 * @param directory - a scratch directory the test owns
 * @returns run(name, scenarioText, ...extraOptions)
 */
export function scenarioRun(directory: string): (name: string, text: string, ...options: string[]) => Promise<ScenarioRun> {
  const rtsim = inProcessCli(directory);
  return async (name, text, ...options) => {
    writeFileSync(join(directory, `${name}.yaml`), text);
    const outcome = await rtsim('run', `${name}.yaml`, '--out', name, ...(options.includes('--workers') ? [] : ['--workers', '0']), ...options);
    expect(outcome.stderr).not.toMatch(/error|failed|could not/i);
    expect(outcome.status).toBe(0);
    const read = (file: string): string => readFileSync(join(directory, name, file), 'utf8');
    const json = read('results.json');
    return { results: JSON.parse(json) as TrialResults, json, csv: read('arms.csv'), html: read('report.html'), endpoints: read('endpoints.csv'), stdout: outcome.stdout };
  };
}
