// Node ESM consumer of the installed tarballs: the public API of @rtsim/core and @rtsim/sim, a small trial through the
// front door (runTrial) in the calling thread and on worker threads, and the same trial through the installed `rtsim`
// executable (byte-identical output files); expected mode through the executable, and the bundle's licence notices.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { eqd2, libraryRelease, schedule } from '@rtsim/core';
import { modelVersion, parseScenario, runTrial, trialFiles } from '@rtsim/sim';
import { nodeSpawn, rtsimVersion } from '@rtsim/sim/node';

assert.equal(eqd2(schedule({ fractions: 5, dose: 6, perWeek: 5 }), { alphaBeta: 4 }), 50);

const text = readFileSync('scenario.yaml', 'utf8');
const parsed = parseScenario(text, 'scenario.yaml');
assert.ok(parsed.ok, 'the scenario parses');
const { scenario } = parsed;
const { results } = await runTrial(scenario, { workers: 0, spawn: nodeSpawn, version: rtsimVersion() });
assert.deepEqual(results.rtsim, { version: rtsimVersion(), resultsFormat: 1, model: modelVersion, library: { version: libraryRelease.version, hash: libraryRelease.hash } });
assert.deepEqual(results.arms.map((arm) => arm.id), ['conventional', 'hypofractionated']);
assert.equal(results.patients, 2000);
const files = trialFiles(results, text);
const threaded = await runTrial(scenario, { workers: 2, spawn: nodeSpawn, version: rtsimVersion() });
assert.deepEqual(trialFiles(threaded.results, text), files, 'runTrial on worker threads computes what it computed in the calling thread');

const bin = process.platform === 'win32' ? 'node_modules/.bin/rtsim.cmd' : 'node_modules/.bin/rtsim';
assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8' }), `${rtsimVersion()}\n`);
execFileSync(bin, ['run', 'scenario.yaml', '--workers', '2', '--out', 'cli-results'], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const file of files) assert.equal(readFileSync(`cli-results/${file.name}`, 'utf8'), file.content, `rtsim run writes the ${file.name} the API computed`);
// Expected mode loads its own lazily imported chunk of the bundled executable (not the trial's): it must be packed too.
execFileSync(bin, ['run', 'scenario.yaml', '--mode', 'expected', '--points', '256', '--scramblings', '4', '--out', 'cli-expected'], { stdio: ['ignore', 'ignore', 'inherit'] });
const expected = JSON.parse(readFileSync('cli-expected/expected.json', 'utf8'));
assert.deepEqual(expected.arms.map((arm) => arm.id), ['conventional', 'hypofractionated'], 'rtsim run --mode expected writes both arms');
// The bundle carries third-party code, so the package carries its licence notices.
assert.match(readFileSync('node_modules/@rtsim/sim/dist/bundle/THIRD-PARTY-LICENSES.txt', 'utf8'), /yaml/, 'the bundled dependencies\' licences are packed');
process.stdout.write(`node: rtsim ${rtsimVersion()}, model ${modelVersion}, library ${libraryRelease.version}: API and executable agree\n`);
