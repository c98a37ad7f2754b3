// The residual-disease model in the cohort engine against every series of calibration/local-control-evidence.yaml,
// with the library defaults: the Markdown that `rtsim calibrate … --no-fit --markdown` prints, run in-process from
// the build (`pnpm build` first). Shared by scripts/reproductions-table.mjs (which writes it into
// docs/reproductions.md) and test/reproductions/localControlEvidence.test.ts (which checks the doc still says it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { main } from '../../packages/sim/dist/node.js';

/** Virtual patients per population part: deterministic, and fast enough for a test (about 2 s on one core). */
export const localControlEvidencePatients = 4096;

/** Title of the section in docs/reproductions.md. */
export const localControlEvidenceTitle = 'Local control over time: the engine against the local-control evidence (issue 14)';

/**
 * Runs the prediction and returns its Markdown (coverage per role and one row per binomial term).
 * @returns {Promise<string>}
 */
export async function localControlEvidenceMarkdown() {
  const directory = mkdtempSync(join(tmpdir(), 'rtsim-lc-evidence-'));
  try {
    let stdout = '';
    let stderr = '';
    const evidence = fileURLToPath(new URL('../../calibration/local-control-evidence.yaml', import.meta.url));
    const status = await main(['calibrate', evidence, '--no-fit', '--markdown', '--patients', String(localControlEvidencePatients), '--out', join(directory, 'out')], {
      stdout: { write: (text) => (stdout += text) },
      stderr: { write: (text) => (stderr += text) },
      cwd: directory,
    });
    if (status !== 0) throw new Error(`rtsim calibrate failed (${status}): ${stderr}`);
    return stdout;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
