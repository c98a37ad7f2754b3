import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { behaviourChecks } from './behaviourChecks.mjs';
import { reproductionCases } from './reproductionCases.mjs';

// docs/reproductions.md is generated (node scripts/reproductions-table.mjs > docs/reproductions.md, after
// pnpm build): this only checks that it was regenerated after the list of reproductions last changed.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('docs/reproductions.md lists every reproduction and every behaviour check', () => {
  for (const c of reproductionCases) expect(doc, c.quantity).toContain(`| ${c.quantity} | ${c.publishedText} |`);
  for (const check of behaviourChecks) expect(doc, check.claim).toContain(check.claim);
});

test('docs/reproductions.md keeps the calibration section marked pending, with no values', () => {
  expect(doc).toContain('## Calibrated model against published series — pending the calibration');
  const section = doc.split('## Calibrated model against published series — pending the calibration')[1] ?? '';
  expect(section).toContain('| pending |');
  expect(section).not.toContain('| pass |');
});
