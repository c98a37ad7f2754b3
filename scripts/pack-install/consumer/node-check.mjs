// Node ESM consumer of the installed tarballs: the public API of @rtsim/core and @rtsim/sim, a small trial in the
// calling thread, and the same trial through the installed `rtsim` executable on worker threads (byte-identical).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { eqd2, libraryRelease, schedule } from '@rtsim/core';
import { compilePlan, modelVersion, parseScenario, resultsJson, runInThread, scenarioHash, summarize } from '@rtsim/sim';
import { rtsimVersion } from '@rtsim/sim/node';

assert.equal(eqd2(schedule({ fractions: 5, dose: 6, perWeek: 5 }), { alphaBeta: 4 }), 50);

const text = readFileSync('scenario.yaml', 'utf8');
const parsed = parseScenario(text, 'scenario.yaml');
assert.ok(parsed.ok, 'the scenario parses');
const { scenario } = parsed;
const results = summarize(await runInThread(scenario), compilePlan(scenario), { version: rtsimVersion(), scenarioHash: await scenarioHash(scenario) });
assert.deepEqual(results.rtsim, { version: rtsimVersion(), resultsFormat: 1, model: modelVersion, library: { version: libraryRelease.version, hash: libraryRelease.hash } });
assert.deepEqual(results.arms.map((arm) => arm.id), ['conventional', 'hypofractionated']);
assert.equal(results.patients, 2000);

const bin = process.platform === 'win32' ? 'node_modules/.bin/rtsim.cmd' : 'node_modules/.bin/rtsim';
assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8' }), `${rtsimVersion()}\n`);
execFileSync(bin, ['run', 'scenario.yaml', '--workers', '2', '--out', 'cli-results'], { stdio: ['ignore', 'ignore', 'inherit'] });
assert.equal(readFileSync('cli-results/results.json', 'utf8'), resultsJson(results), 'rtsim run on worker threads writes what the API computed in the calling thread');
process.stdout.write(`node: rtsim ${rtsimVersion()}, model ${modelVersion}, library ${libraryRelease.version}: API and executable agree\n`);
