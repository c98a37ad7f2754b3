import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { toxicityEvidenceMarkdown, toxicityEvidencePatients, toxicityEvidenceRows, toxicityEvidenceTitle } from './toxicityEvidence.mjs';

// docs/reproductions.md is generated (pnpm build && node scripts/reproductions-table.mjs > docs/reproductions.md).
// Its issue-16 section states how many terms of calibration/toxicity-evidence.yaml the engine's complications predict
// inside their observed interval: this reruns the prediction (same seed and patients, so the same numbers) and checks
// the engine against the independent Python reference's predictions of the same model.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('the engine predicts every term within 4 Monte Carlo standard errors of the Python reference', async () => {
  const rows = await toxicityEvidenceRows();
  expect(rows.length).toBe(25);
  for (const row of rows) {
    expect(Number.isFinite(row.reference), row.series).toBe(true);
    expect(row.predictedSe).toBeGreaterThan(0);
    expect(Math.abs(row.predicted - row.reference), `${row.series} ${row.endpoint} ${row.timing}`).toBeLessThan(4 * row.predictedSe);
  }
}, 60_000);

test("docs/reproductions.md states the engine's coverage and every term of the toxicity evidence as they are now", async () => {
  const section = doc.split(`## ${toxicityEvidenceTitle}`)[1] ?? '';
  expect(section).not.toBe('');
  expect(section).toContain(`Virtual patients per run: ${toxicityEvidencePatients},`);
  expect(section).toContain((await toxicityEvidenceMarkdown()).trimEnd());
}, 60_000);
