import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pathwayEvidenceMarkdown, pathwayEvidencePatients, pathwayEvidenceRows, pathwayEvidenceTitle } from './pathwayEvidence.mjs';

// docs/reproductions.md is generated (pnpm build && node scripts/reproductions-table.mjs > docs/reproductions.md).
// Its issue-17 section states how many terms of calibration/pathway-evidence.yaml the engine's pathway reproduces
// inside their observed interval: this reruns the runs (same seed and patients, so the same numbers) and checks the
// engine against the independent Python reference (scripts/reference/pathway_model.py) where both compute a term.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('the engine gives every term it expresses within 4 Monte Carlo standard errors of the Python reference', async () => {
  const { rows, notExpressed, misdiagnosed, medians } = await pathwayEvidenceRows();
  // 24 observations in the file: 20 expressed (9 interval medians — the patient and total intervals from the
  // symptom-to-diagnosis histogram among them —, 4 unplanned-excision shares, complete, partial and grade discordance,
  // fitted and held out each as the file splits them), 4 not (a mean, residual tumour).
  expect(rows.length).toBe(20);
  expect(rows.filter((row) => row.role === 'fit').length).toBe(11);
  expect(notExpressed.length).toBe(4);
  for (const row of rows) {
    expect(Number.isFinite(row.reference), `${row.series} ${row.observation}`).toBe(true);
    expect(row.predictedSe).toBeGreaterThan(0);
    expect(Math.abs(row.predicted - row.reference), `${row.series} ${row.observation}`).toBeLessThan(4 * row.predictedSe);
  }
  // The treatment interval read both ways: from the first visit (the row) and from the diagnosis, the same patients.
  const treatment = rows.find((row) => row.observation.startsWith('treatment median'));
  expect(treatment?.fromDiagnosis).toBe(treatment?.predicted);
  for (const row of rows.filter((r) => r.observation.includes('median') && !r.observation.startsWith('treatment'))) expect(row.fromDiagnosis, row.observation).toBe(1);
  // The misdiagnosed share of the routed arm against complete + subtype discordance of the reference's fit.
  expect(Math.abs(misdiagnosed.predicted - misdiagnosed.reference)).toBeLessThan(4 * misdiagnosed.predictedSe);
  // The engine's median days at the library's laws, within a week (its bins) of the medians the library cites
  // (G3 17, 29, 17 d; G8 22 d) and of G3's diagnostic median 65 d, which the reference fitted σ to.
  const cited: Record<string, number> = { primaryCare: 17, secondaryCare: 29, sarcomaCentre: 17, diagnostic: 65, treatment: 22 };
  for (const [name, days] of Object.entries(cited)) expect(Math.abs((medians[name] ?? Number.NaN) - days), name).toBeLessThan(7);
}, 60_000);

test('every unplanned excision of a consequence arm, and only those, takes the margin classes drawn after one', async () => {
  const { unplannedCounts, consequences } = await pathwayEvidenceRows();
  expect(unplannedCounts.length).toBe(3);
  for (const count of unplannedCounts) {
    expect(count.unplanned, count.arm).toBeGreaterThan(0.25 * pathwayEvidencePatients);
    expect(count.inClasses, count.arm).toBe(count.unplanned);
  }
  expect(consequences.length).toBe(6);
  for (const row of consequences) expect(row.predictedSe, row.quantity).toBeGreaterThan(0);
}, 60_000);

test("docs/reproductions.md states the engine's coverage and every term of the pathway evidence as they are now", async () => {
  const section = doc.split(`## ${pathwayEvidenceTitle}`)[1] ?? '';
  expect(section).not.toBe('');
  expect(section).toContain(`Virtual patients per run: ${pathwayEvidencePatients},`);
  expect(section).toContain((await pathwayEvidenceMarkdown()).trimEnd());
}, 60_000);
