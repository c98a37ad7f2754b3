// A scenario's pin (the model and parameter-library versions it was written for) and its format version, through
// the command line: rtsim reproduces the pinned versions or refuses the file naming the release to install.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryRelease } from '../../packages/core/dist/index.js';
import { modelVersion } from '../../packages/sim/dist/index.js';
import { exitCodes } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-pin-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

function scenario(name: string, head: string): string {
  writeFileSync(
    join(directory, name),
    `${head}
name: pin test
references: ["test scenario"]
seed: 7
patients: 300
cohort:
  volume: 100
  subtypes:
    - ref: sts
arms:
  - id: short
    schedule: { fractions: 5, dose: 6 }
  - id: long
    schedule: { fractions: 25, dose: 2 }
followUp: { years: 2 }
`,
  );
  return name;
}

/** A scenario whose second arm uses the local-control model, whose parameters library 1.1.0 added. */
function localControlScenario(name: string, head: string): string {
  writeFileSync(
    join(directory, name),
    `${head}
name: pin test, local control
references: ["test scenario"]
seed: 7
patients: 300
cohort:
  volume: 100
  subtypes:
    - ref: sts
arms:
  - id: plain
    schedule: { fractions: 25, dose: 2 }
  - id: modelled
    localControl: residual-disease
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
    surgery: { day: 67, margins: { R0-wide: 0.8, R1-unplanned: 0.2 } }
followUp: { years: 2 }
`,
  );
  return name;
}

/** Library 1.0.0 as rtsim 0.2.0 recorded it (CHANGELOG.md; test/fixtures/release/0.2.0). */
const library100 = { version: '1.0.0', hash: 'sha256:ba2eada4626fce404c045619f0ab2c23749ea849e914cac24efa995db8ad8ffa' };

describe('pin: { model, library }', () => {
  it('rtsim run of a scenario pinned to this rtsim\'s versions writes the results an unpinned file writes, versions recorded', async () => {
    const pinned = await rtsim('run', scenario('pinned.yaml', `version: 1\npin: { model: ${modelVersion}, library: "${libraryRelease.version}" }`), '--workers', '0', '--json', '--out', 'pinned');
    const plain = await rtsim('run', scenario('plain.yaml', 'version: 1'), '--workers', '0', '--json', '--out', 'plain');
    expect(pinned.status).toBe(exitCodes.ok);
    expect(pinned.stdout).toBe(plain.stdout); // the pin guards the results; it is not part of the scenario's hash
    const results = JSON.parse(readFileSync(join(directory, 'pinned', 'results.json'), 'utf8')) as { rtsim: Record<string, unknown> };
    expect(results.rtsim['model']).toBe(modelVersion);
    expect(results.rtsim['library']).toEqual({ version: '1.1.0', hash: libraryRelease.hash });
  });

  it('rtsim run of a scenario pinned to library 1.0.0 writes the same results, recording library 1.0.0 and its hash', async () => {
    const old = await rtsim('run', scenario('pinned-1.0.0.yaml', `version: 1\npin: { model: ${modelVersion}, library: "1.0.0" }`), '--workers', '0', '--out', 'pinned-1.0.0');
    await rtsim('run', scenario('current.yaml', 'version: 1'), '--workers', '0', '--out', 'current');
    expect(old.status).toBe(exitCodes.ok);
    const pinned = JSON.parse(readFileSync(join(directory, 'pinned-1.0.0', 'results.json'), 'utf8')) as { rtsim: Record<string, unknown> };
    const current = JSON.parse(readFileSync(join(directory, 'current', 'results.json'), 'utf8')) as { rtsim: Record<string, unknown> };
    expect(pinned.rtsim['library']).toEqual(library100);
    expect(current.rtsim['library']).toEqual({ version: '1.1.0', hash: libraryRelease.hash });
    expect({ ...pinned, rtsim: { ...pinned.rtsim, library: null } }).toEqual({ ...current, rtsim: { ...current.rtsim, library: null } });
  });

  it('rtsim validate refuses a localControl arm in a scenario pinned to library 1.0.0, which lacks the model\'s parameters', async () => {
    const run = await rtsim('validate', localControlScenario('lc-1.0.0.yaml', `version: 1\npin: { model: ${modelVersion}, library: "1.0.0" }`));
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toContain('arms[1].localControl: the residual-disease model\'s parameters are not in parameter library 1.0.0, which pin.library names; they were added in library 1.1.0');
  });

  it('rtsim run accepts a localControl arm in a scenario pinned to library 1.1.0 and records that library', async () => {
    const run = await rtsim('run', localControlScenario('lc-1.1.0.yaml', `version: 1\npin: { model: ${modelVersion}, library: "1.1.0" }`), '--workers', '0', '--out', 'lc-1.1.0');
    expect(run.stderr).not.toContain('not a valid scenario');
    expect(run.status).toBe(exitCodes.ok);
    const results = JSON.parse(readFileSync(join(directory, 'lc-1.1.0', 'results.json'), 'utf8')) as { rtsim: Record<string, unknown> };
    expect(results.rtsim['library']).toEqual({ version: '1.1.0', hash: libraryRelease.hash });
  });

  it('rtsim run refuses a pin of a later model, naming the release to install, and writes nothing', async () => {
    const run = await rtsim('run', scenario('later-model.yaml', `version: 1\npin: { model: ${modelVersion + 1}, library: "${libraryRelease.version}" }`), '--out', 'later');
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toContain(`pin.model: this scenario pins model ${modelVersion + 1}, but this rtsim computes model ${modelVersion}`);
    expect(run.stderr).toContain('npm install @rtsim/sim@latest');
    expect(() => readFileSync(join(directory, 'later', 'results.json'))).toThrow();
  });

  it('rtsim validate refuses a library version this rtsim does not carry, with its line', async () => {
    const run = await rtsim('validate', scenario('old-library.yaml', `version: 1\npin:\n  model: ${modelVersion}\n  library: "0.9.0"`));
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toMatch(/pin\.library: this scenario pins parameter library 0\.9\.0, but this rtsim carries libraries 1\.0\.0 and 1\.1\.0 only; no rtsim release computes this pair .*\(4:12\)/);
  });

  it('rtsim validate asks for a quoted MAJOR.MINOR.PATCH library version and both fields', async () => {
    const run = await rtsim('validate', scenario('bad-pin.yaml', 'version: 1\npin: { library: 1.0 }'));
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toContain('pin.library: expected a version MAJOR.MINOR.PATCH in quotes, e.g. "1.0.0", got 1 (quote it to make it text)');
    expect(run.stderr).toContain('pin.model: required, but missing');
  });
});

describe('version: the scenario format', () => {
  it('a later format is refused with the release to install', async () => {
    const run = await rtsim('validate', scenario('format-2.yaml', 'version: 2'));
    expect(run.status).toBe(exitCodes.invalidInput);
    expect(run.stderr).toContain('version: this file is written in scenario format 2, newer than this rtsim reads (format 1): install a newer rtsim (npm install @rtsim/sim@latest)');
  });

  it('anything else is refused as before', async () => {
    const run = await rtsim('validate', scenario('format-0.yaml', 'version: 0'));
    expect(run.stderr).toContain('version: expected 1 (the only scenario format version), got 0');
  });
});
