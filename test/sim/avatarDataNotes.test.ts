import { describe, expect, it } from 'vitest';
import { avatarDataNotes } from '../../packages/sim/src/avatar/avatarDataNotes.js';
import { parseAvatarCsv } from '../../packages/sim/src/avatar/parseAvatarCsv.js';

/** The notes on a file's text, which must parse. */
function notes(text: string, fileName = 'organoid.csv'): string[] {
  const data = parseAvatarCsv(text);
  if (!data.ok) throw new Error('the test data must parse');
  return avatarDataNotes(data, fileName);
}

const block = '2,0.55\n4,0.12\n6,0.015\n';

describe('avatarDataNotes(data, fileName)', () => {
  it('names each group of identical rows by its spreadsheet rows, with the values', () => {
    // Header on row 1; the block of three rows pasted four times: rows 2–4, 5–7, 8–10, 11–13.
    expect(notes(`dose,survivingFraction\n${block.repeat(4)}`)).toEqual([
      'rows 2, 5, 8 and 11 of organoid.csv are identical (dose 2 Gy, SF 0.55): if they are copies rather than separate wells, they narrow the intervals falsely',
      'rows 3, 6, 9 and 12 of organoid.csv are identical (dose 4 Gy, SF 0.12): if they are copies rather than separate wells, they narrow the intervals falsely',
      'rows 4, 7, 10 and 13 of organoid.csv are identical (dose 6 Gy, SF 0.015): if they are copies rather than separate wells, they narrow the intervals falsely',
    ]);
  });

  it('two identical rows read "rows R and S"; comment lines count in the row numbers', () => {
    expect(notes('# plate 3\ndose,survivingFraction\n0,1\n2,0.5\n4,0.2\n2,0.5\n6,0.05\n')).toEqual([
      'rows 4 and 6 of organoid.csv are identical (dose 2 Gy, SF 0.5): if they are copies rather than separate wells, they narrow the intervals falsely',
    ]);
  });

  it('says nothing of repeated control rows (0 Gy, SF 1: the normalisation), of replicates that differ, or of rows whose sd differs', () => {
    expect(notes('dose,survivingFraction\n0,1\n0,1\n0,1\n2,0.51\n2,0.47\n4,0.2\n6,0.05\n')).toEqual([]);
    expect(notes('dose,survivingFraction,sd\n0,1,0.05\n2,0.5,0.05\n2,0.5,0.04\n4,0.2,0.02\n6,0.05,0.01\n')).toEqual([]);
  });

  it('compares values, not text: 2.0 and 2, 0.50 and .5 are the same row', () => {
    expect(notes('dose,survivingFraction\n2,0.5\n2.0,.50\n4,0.2\n6,0.05\n')).toHaveLength(1);
  });

  it('leaves colony counts alone: equal counts in replicate flasks are common (0 colonies at a high dose)', () => {
    expect(notes('dose,cellsSeeded,colonies\n0,100,50\n4,1000,80\n8,5000,0\n8,5000,0\n')).toEqual([]);
  });
});
