// Results a paper cites stay reproducible: each directory of test/fixtures/release/ holds a scenario pinned to the
// model and parameter-library versions of a past release and the results.json that release wrote for it. The
// current code must reproduce that file byte for byte (only rtsim.version, the code's own version, differs) or,
// when the model has changed since, refuse the scenario naming the release to install, with CHANGELOG.md saying
// why the model changed. An engine change that alters these results without a new model version fails here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { modelVersion } from '../../packages/sim/dist/index.js';
import { exitCodes, rtsimVersion } from '../../packages/sim/dist/node.js';
import { inProcessCli } from '../sim/inProcessCli.js';

const fixtures = fileURLToPath(new URL('../fixtures/release/', import.meta.url));
const releases = readdirSync(fixtures);
const output = mkdtempSync(join(tmpdir(), 'rtsim-release-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

interface StoredVersions {
  readonly version: string;
  readonly model: number;
  readonly library: { readonly version: string; readonly hash: string };
}

describe.each(releases)('test/fixtures/release/%s/default.yaml', (release) => {
  const directory = join(fixtures, release);
  const stored = readFileSync(join(directory, 'default.results.json'), 'utf8');
  const versions = (JSON.parse(stored) as { rtsim: StoredVersions }).rtsim;

  it('is the results.json of the release its directory names', () => {
    expect(versions.version).toBe(release);
  });

  it('is reproduced byte for byte by this rtsim, or refused with the release to install', async () => {
    const out = join(output, release);
    const run = await inProcessCli(directory)('run', 'default.yaml', '--out', out);
    if (versions.model === modelVersion) {
      expect(run.stderr).not.toContain('not a valid scenario');
      expect(run.status).toBe(exitCodes.ok);
      // The first "version" of the file is rtsim.version (results.json writes the rtsim block first).
      const expected = stored.replace(`"version": "${release}"`, `"version": "${rtsimVersion()}"`);
      expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(expected);
    } else {
      expect(run.status).toBe(exitCodes.invalidInput);
      expect(run.stderr).toContain(
        `pin.model: this scenario pins model ${versions.model}, but this rtsim computes model ${modelVersion}; ` +
          `to reproduce its results, install the release that computes them: npm install @rtsim/sim@${release}`,
      );
      const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
      expect(changelog, `CHANGELOG.md must say why the model became model ${modelVersion}`).toMatch(new RegExp(`^Model ${modelVersion} `, 'm'));
    }
  });
});
