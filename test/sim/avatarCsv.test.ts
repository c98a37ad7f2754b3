import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAvatarIssue } from '../../packages/sim/src/avatar/formatAvatarIssue.js';
import { parseAvatarCsv } from '../../packages/sim/src/avatar/parseAvatarCsv.js';
import type { AvatarCsvResult } from '../../packages/sim/src/avatar/parseAvatarCsv.js';

/** The formatted problems of a file that must be rejected. */
function problems(text: string): string[] {
  const result: AvatarCsvResult = parseAvatarCsv(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatAvatarIssue);
}

const good = 'dose,survivingFraction\n0,1\n2,0.5\n4,0.2\n6,0.05\n';

describe('parseAvatarCsv(text) reads dose–response data', () => {
  it('reads surviving fractions with replicates, comments, blank lines, CRLF, a BOM and spreadsheet row numbers', () => {
    const text = '\uFEFF# patient 7, spheroids\r\nDose, SurvivingFraction\r\n0,1\r\n\r\n2,0.51\r\n2,0.47\r\n4,0.2\r\n6,5e-2\r\n';
    const result = parseAvatarCsv(text);
    expect(result).toEqual({
      ok: true,
      kind: 'survivingFraction',
      points: [
        { dose: 0, survivingFraction: 1 },
        { dose: 2, survivingFraction: 0.51 },
        { dose: 2, survivingFraction: 0.47 },
        { dose: 4, survivingFraction: 0.2 },
        { dose: 6, survivingFraction: 0.05 },
      ],
      rows: [3, 5, 6, 7, 8], // line 1 is the comment, line 2 the header, line 4 is blank
    });
  });

  it('reads an sd column, semicolon- and tab-separated files and quoted fields', () => {
    const withSd = parseAvatarCsv('dose;survivingFraction;sd\n1;0.8;0.05\n2;"0.5";0.04\n4;0.2;0.02\n');
    expect(withSd.ok && withSd.points[1]).toEqual({ dose: 2, survivingFraction: 0.5, sd: 0.04 });
    const tabs = parseAvatarCsv('dose\tsurvivingFraction\n1\t0.8\n2\t0.5\n4\t0.2\n');
    expect(tabs.ok && tabs.points.length).toBe(3);
  });

  it('reads quoted fields with spaces around them and a delimiter or a doubled quote inside, as spreadsheets write them', () => {
    // What a general CSV reader (d3-dsv) would not: it takes a quote only as a field's first character and reads
    // `, "0.5"` as the text ` "0.5"`.
    const result = parseAvatarCsv('"dose", "survivingFraction"\n0, "1"\n "2" ,0.5\n4,"0.2"\n6,0.05\n');
    expect(result.ok && result.points).toEqual([
      { dose: 0, survivingFraction: 1 },
      { dose: 2, survivingFraction: 0.5 },
      { dose: 4, survivingFraction: 0.2 },
      { dose: 6, survivingFraction: 0.05 },
    ]);
    expect(problems('dose,survivingFraction\n0,1\n2,"0,5"\n4,"0""2"\n')).toEqual([
      'row 3, column "survivingFraction": expected a number, got "0,5" (use a decimal point)',
      'row 4, column "survivingFraction": expected a number, got "0\\"2"',
    ]);
  });

  it('reads colony counts per flask', () => {
    const result = parseAvatarCsv('dose,cellsSeeded,colonies\n0,200,110\n2,400,118\n4,2000,160\n6,10000,95\n');
    expect(result.ok && result.kind).toBe('colonies');
    expect(result.ok && result.points[2]).toEqual({ dose: 4, cellsSeeded: 2000, colonies: 160 });
  });

  it('reads the shipped example (15 rows, 5 dose levels, rows 6–20 after 4 comment lines and the header)', () => {
    const result = parseAvatarCsv(readFileSync('scenarios/avatars/ups-organoid.csv', 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.points.length).toBe(15);
    expect(new Set(result.points.map((p) => p.dose)).size).toBe(5);
    expect(result.rows[0]).toBe(6);
    expect(result.rows[14]).toBe(20);
  });
});

describe('parseAvatarCsv(text) names the row and column of every problem', () => {
  it('a negative dose', () => {
    expect(problems('dose,survivingFraction\n0,1\n-2,0.5\n4,0.2\n6,0.05\n')).toEqual(['row 3, column "dose": expected a dose from 0 to 100 Gy, got -2']);
  });

  it('a surviving fraction above 1', () => {
    expect(problems('dose,survivingFraction\n0,1\n2,0.5\n4,1.3\n6,0.05\n')).toEqual(['row 4, column "survivingFraction": expected a number in (0, 1], got 1.3']);
  });

  it('a surviving fraction of 0 or below', () => {
    expect(problems('dose,survivingFraction\n0,1\n2,0\n4,-0.1\n6,0.05\n')).toEqual([
      'row 3, column "survivingFraction": expected a number in (0, 1], got 0',
      'row 4, column "survivingFraction": expected a number in (0, 1], got -0.1',
    ]);
  });

  it('a non-numeric cell, an empty cell and a decimal comma', () => {
    expect(problems('dose,survivingFraction\n0,1\n2,abc\n,0.2\n6,"0,05"\n')).toEqual([
      'row 3, column "survivingFraction": expected a number, got "abc"',
      'row 4, column "dose": expected a number, got an empty cell',
      'row 5, column "survivingFraction": expected a number, got "0,05" (use a decimal point)',
    ]);
  });

  it('fewer than three dose levels', () => {
    expect(problems('dose,survivingFraction\n0,1\n2,0.5\n2,0.45\n')).toEqual([
      'column "dose": at least three distinct dose levels are needed to fit α and β with an error estimate; rows 2–4 have 2 (0, 2 Gy)',
    ]);
    expect(problems('dose,survivingFraction\n')).toEqual([
      'column "dose": at least three distinct dose levels are needed to fit α and β with an error estimate; there are no data rows',
    ]);
  });

  it('a missing column, an unknown column (with a suggestion) and a repeated column', () => {
    expect(problems('dose,sd\n0,0.1\n2,0.1\n4,0.1\n')).toEqual([
      'row 1, column "survivingFraction": missing column: the header needs dose and survivingFraction (and optionally sd), got "dose", "sd"',
    ]);
    const unknown = problems('# header on row 2\ndose,survivalFraction\n0,1\n2,0.5\n4,0.2\n');
    expect(unknown[0]).toBe('row 2, column "survivalFraction": unknown column; did you mean "survivingFraction"? (columns: dose, survivingFraction, sd, or dose, cellsSeeded, colonies)');
    expect(problems('dose,dose,survivingFraction\n0,0,1\n')).toContain('row 1, column "dose": this column appears twice in the header');
  });

  it('an empty file (or only comments)', () => {
    const message = 'the file is empty: expected a header row (dose,survivingFraction[,sd] or dose,cellsSeeded,colonies) and at least three dose levels';
    expect(problems('')).toEqual([message]);
    expect(problems('# nothing yet\n\n')).toEqual([message]);
  });

  it('a row with too many or too few cells, an unclosed quote', () => {
    expect(problems('dose,survivingFraction\n0,1,7\n2\n4,"0.2\n6,0.05\n')).toEqual([
      'row 2: expected 2 cells (dose, survivingFraction), got 3',
      'row 3: expected 2 cells (dose, survivingFraction), got 1',
      'row 4: a quoted field is not closed',
    ]);
  });

  it('an sd on some rows only, an sd of 0', () => {
    expect(problems('dose,survivingFraction,sd\n0,1,0.01\n2,0.5,\n4,0.2,0.02\n')).toEqual([
      'row 3, column "sd": expected a standard deviation > 0 on every row or on none (2 of 3 rows have one)',
    ]);
    expect(problems('dose,survivingFraction,sd\n0,1,0.01\n2,0.5,0\n4,0.2,0.02\n')).toEqual(['row 3, column "sd": expected a standard deviation > 0, got 0']);
  });

  it('colony counts: fractions of cells, more colonies than cells, none at all, mixed layouts', () => {
    expect(problems('dose,cellsSeeded,colonies\n0,200,10.5\n2,0,5\n4,100,150\n')).toEqual([
      'row 2, column "colonies": expected a whole number of colonies ≥ 0, got 10.5',
      'row 3, column "cellsSeeded": expected a whole number of cells > 0, got 0',
      'row 4, column "colonies": 150 colonies from 100 cells seeded: a colony grows from one cell',
    ]);
    expect(problems('dose,cellsSeeded,colonies\n0,200,0\n2,400,0\n4,800,0\n')).toEqual([
      'column "colonies": no colonies were counted at any dose: the plating efficiency cannot be estimated',
    ]);
    expect(problems('dose,survivingFraction,colonies\n0,1,3\n')[0]).toBe(
      'row 1: give surviving fractions (dose, survivingFraction[, sd]) or colony counts (dose, cellsSeeded, colonies), not both',
    );
  });

  it('lists at most 50 problems and counts the rest', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `${i},2`).join('\n');
    const list = problems(`dose,survivingFraction\n${rows}\n`);
    expect(list.length).toBe(51);
    expect(list[50]).toBe('30 more problems not shown');
  });

  it('accepts the smallest valid file', () => {
    expect(parseAvatarCsv(good).ok).toBe(true);
  });
});
