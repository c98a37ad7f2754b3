import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { metastasisEvidenceMarkdown, metastasisEvidencePatients, metastasisEvidenceRows, metastasisEvidenceTitle } from './metastasisEvidence.mjs';

// docs/reproductions.md is generated (pnpm build && node scripts/reproductions-table.mjs > docs/reproductions.md).
// Its issue-15 section states how many terms of calibration/metastasis-evidence.yaml the engine's metastasis model
// predicts inside their observed interval: this reruns the prediction (same seed and patients, so the same numbers)
// and checks the engine against the independent Python reference's predictions of the same model.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('the engine predicts every term it expresses within 4 Monte Carlo standard errors of the Python reference', async () => {
  const { rows, notExpressed, modelArmRecurrences } = await metastasisEvidenceRows();
  // 76 terms in the file (49 seen, 18 of holdout-3, 9 of holdout-4 by size band): 63 read from the engine's counts (18
  // of them survival after metastasis of all-comers, 2 of those disease-specific), 13 of survival after metastasis in a
  // synchronous or resected subgroup left out (3 of them holdout-3's metastasectomy series).
  expect(rows.length).toBe(63);
  expect(rows.filter((row) => row.role === 'holdout3').length).toBe(15);
  expect(rows.filter((row) => row.role === 'holdout4').length).toBe(9);
  expect(rows.filter((row) => row.observation.startsWith('post-dm')).length).toBe(18);
  expect(rows.filter((row) => row.observation.startsWith('post-dm-dss')).length).toBe(2);
  expect(notExpressed.length).toBe(13);
  expect(notExpressed.every((term) => term.kind === 'post-dm-os')).toBe(true);
  // The model arm stands for the fitted cohort only if nearly nothing recurs (a recurrence would seed a metastasis).
  for (const recurrences of modelArmRecurrences) expect(recurrences).toBeLessThan(0.002 * metastasisEvidencePatients);
  // docs/metastasis-model.md quotes the engine's coverage per role ("Coverage by role").
  const inside = (role: string): string => {
    const own = rows.filter((row) => row.role === role);
    return `${own.filter((row) => row.inside).length}/${own.length}`;
  };
  const modelDoc = readFileSync(new URL('../../docs/metastasis-model.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  expect(modelDoc).toContain(`arm without recurrence): fit ${inside('fit')}, holdout ${inside('holdout')}, holdout-2 ${inside('holdout2')} (all fitted), holdout-3 **${inside('holdout3')}**`);
  // and the engine's coverage of holdout-4 (by size band) in its own section ("Holdout-4: by size").
  expect(modelDoc).toContain(`the engine (docs/reproductions.md, arm without recurrence) **${inside('holdout4')}**`);
  // ... with the same terms inside as the reference ("the same three terms inside").
  const holdout4 = rows.filter((row) => row.role === 'holdout4');
  expect(holdout4.map((row) => row.inside)).toEqual(holdout4.map((row) => row.reference >= row.observedCi95[0] && row.reference <= row.observedCi95[1]));
  expect(holdout4.filter((row) => row.inside).length).toBe(3);
  for (const row of rows) {
    expect(Number.isFinite(row.reference), `${row.series} ${row.observation}`).toBe(true);
    expect(row.predictedSe).toBeGreaterThan(0);
    expect(Math.abs(row.predicted - row.reference), `${row.series} ${row.observation}`).toBeLessThan(4 * row.predictedSe);
  }
}, 60_000);

test("docs/reproductions.md states the engine's coverage and every term of the metastasis evidence as they are now", async () => {
  const section = doc.split(`## ${metastasisEvidenceTitle}`)[1] ?? '';
  expect(section).not.toBe('');
  expect(section).toContain(`Virtual patients per run: ${metastasisEvidencePatients},`);
  expect(section).toContain((await metastasisEvidenceMarkdown()).trimEnd());
}, 60_000);
