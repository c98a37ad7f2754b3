import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { inProcessCli } from './inProcessCli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rtsim = inProcessCli(root);

// docs/cli.md shows what `rtsim run scenarios/default.yaml` prints: the numbers come from this run, not from memory.
it('docs/cli.md: the table of rtsim run scenarios/default.yaml is what the command prints', async () => {
  const doc = await readFile(join(root, 'docs/cli.md'), 'utf8');
  const block = doc.split('<!-- cli-run-default:start -->')[1]?.split('<!-- cli-run-default:end -->')[0] ?? '';
  const shown = block.split('```\n')[1] ?? '';
  expect(shown).toMatch(/^Preoperative 50 Gy\/25 vs 5 x 6 Gy/);
  const out = await mkdtemp(join(tmpdir(), 'rtsim-cli-docs-'));
  try {
    // No worker threads: the result does not depend on the thread count (docs/determinism.md).
    const run = await rtsim('run', 'scenarios/default.yaml', '--out', out, '--workers', '0');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
