import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { progressionEvidenceMarkdown, progressionEvidencePatients, progressionEvidenceRows, progressionEvidenceTitle } from './progressionEvidence.mjs';

// docs/reproductions.md is generated (pnpm build && node scripts/reproductions-table.mjs > docs/reproductions.md).
// Its issue-15 SBRT section states how many terms of calibration/progression-evidence.yaml the engine predicts inside
// their observed interval: this reruns the prediction (same seed and patients, so the same numbers) and checks the
// engine against the independent Python reference's predictions of the same model.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('the engine predicts every term within 4 Monte Carlo standard errors of the Python reference', async () => {
  const rows = await progressionEvidenceRows();
  // 15 terms in the file: 10 fit (F4 OS and PFS, F8, F12), 5 held out (F5, F9, F10).
  expect(rows.length).toBe(15);
  expect(rows.filter((row) => row.role === 'holdout').length).toBe(5);
  for (const row of rows) {
    // The model arm stands for "every lesion controlled" only if nearly every lesion is.
    expect(row.modelFailures).toBeLessThan(0.005 * progressionEvidencePatients);
    const slack = row.observation.startsWith('PFS') ? row.modelFailures / progressionEvidencePatients : 0;
    expect(Number.isFinite(row.reference), `${row.series} ${row.observation}`).toBe(true);
    expect(row.predictedSe).toBeGreaterThan(0);
    expect(Math.abs(row.predicted - row.reference), `${row.series} ${row.observation}`).toBeLessThan(4 * row.predictedSe + slack);
  }
}, 120_000);

test("docs/reproductions.md states the engine's coverage and every term of the SBRT evidence as they are now", async () => {
  const section = doc.split(`## ${progressionEvidenceTitle}`)[1] ?? '';
  expect(section).not.toBe('');
  expect(section).toContain(`Virtual patients per run: ${progressionEvidencePatients},`);
  expect(section).toContain((await progressionEvidenceMarkdown()).trimEnd());
}, 120_000);
