import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { scenarioRun } from './scenarioRun.js';

/**
 * Runs a scenario text as 3 shards through the built command line in `directory`: writes sharded.yaml and
 * parts/partial-K-of-3.json (K = 1, 2, 3), each run required to exit cleanly.
 * @param directory - a scratch directory the test owns
 * @param text - the scenario (at least 3 blocks of patients, so that every shard has one)
 * @returns once the parts are written
 */
export async function writeShards(directory: string, text: string): Promise<void> {
  const rtsim = inProcessCli(directory);
  writeFileSync(join(directory, 'sharded.yaml'), text);
  for (const k of [1, 2, 3]) expect((await rtsim('run', 'sharded.yaml', '--workers', '0', '--shard', `${k}/3`, '--out', 'parts')).status).toBe(exitCodes.ok);
}

/**
 * Requires the determinism contract of docs/determinism.md for a scenario whose shards {@link writeShards} wrote:
 * a run on 2 worker threads and the merge of the 3 shards give results.json and endpoints.csv (and the merge
 * arms.csv) byte-identical to the single-threaded run.
 * @param directory - the directory the shards were written in
 * @param text - the same scenario text
 * @returns once checked
 */
export async function expectWorkersAndShardsIdentical(directory: string, text: string): Promise<void> {
  const rtsim = inProcessCli(directory);
  const run = scenarioRun(directory);
  const single = await run('single', text);
  const threads = await run('threads', text, '--workers', '2');
  expect(threads.json).toBe(single.json);
  expect(threads.endpoints).toBe(single.endpoints);
  const merged = await rtsim('merge', ...[1, 2, 3].map((k) => join('parts', `partial-${k}-of-3.json`)), '--out', 'merged');
  expect(merged.status).toBe(exitCodes.ok);
  expect(readFileSync(join(directory, 'merged', 'results.json'), 'utf8')).toBe(single.json);
  expect(readFileSync(join(directory, 'merged', 'arms.csv'), 'utf8')).toBe(single.csv);
  expect(readFileSync(join(directory, 'merged', 'endpoints.csv'), 'utf8')).toBe(single.endpoints);
}
