import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { behaviourChecks } from './behaviourChecks.mjs';
import { calibratedSeries } from './calibratedSeries.mjs';
import { reproductionCases } from './reproductionCases.mjs';

// docs/reproductions.md is generated (node scripts/reproductions-table.mjs > docs/reproductions.md, after
// pnpm build): this only checks that it was regenerated after the list of reproductions, or the calibrated
// library's predictions, last changed.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');

test('docs/reproductions.md lists every reproduction and every behaviour check', () => {
  for (const c of reproductionCases) expect(doc, c.quantity).toContain(`| ${c.quantity} | ${c.publishedText} |`);
  for (const check of behaviourChecks) expect(doc, check.claim).toContain(check.claim);
});

test('docs/reproductions.md lists every calibrated series with the value the library gives now', () => {
  const section = doc.split('## Calibrated model against published series')[1] ?? '';
  expect(section).not.toBe('');
  for (const row of calibratedSeries()) {
    const status = row.inside ? 'inside' : 'outside (known, see note)';
    expect(section, row.id).toContain(`| ${row.source} | ${row.role === 'fit' ? 'fitted' : 'held out'} | ${row.quantity} | ${row.publishedText} | ${(100 * row.rtsim).toFixed(1)}% | ${status} |`);
  }
});
