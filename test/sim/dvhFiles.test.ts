import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dvhMetrics } from '../../packages/sim/src/dvh/dvhMetrics.js';
import type { DvhParseResult } from '../../packages/sim/src/dvh/DvhParseResult.js';
import { parseDvhFile } from '../../packages/sim/src/dvh/parseDvhFile.js';
import { inProcessCli } from './inProcessCli.js';
import { fixtureItems, fixtureNames, rtDoseFile } from './rtDoseFile.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/dvh/${name}`, import.meta.url));
const bytes = (name: string): Uint8Array => readFileSync(fixture(name));
const text = (content: string): Uint8Array => new TextEncoder().encode(content);
const parsed = (result: DvhParseResult): Extract<DvhParseResult, { ok: true }> => {
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.line ?? '-'}: ${issue.message}`).join('\n'));
  return result;
};
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

// Hand calculations on the fixtures' PTV and femur (see test/core/dvh.test.ts for the PTV's arithmetic).
const ptv = { volume: 200, minimum: 47.5, mean: 50.185, maximum: 53, d95: 49 + 3 / 38, d50: 50.2, d2: 51 + 8 / 9, v20: 1 };
// Femur 0/10/20/30/40 Gy at 100/80/40/10/0 %: D95 = 0 + 5/20·10, D50 = 10 + 30/40·10, D2 = 30 + 8/10·10, mean (20·5 + 40·15 + 30·25 + 10·35)/100.
const femur = { volume: 400, minimum: 0, mean: 18, maximum: 40, d95: 2.5, d50: 17.5, d2: 38, v20: 0.4 };
const keys = ['minimum', 'mean', 'maximum', 'd95', 'd50', 'd2', 'v20'] as const;

function expectMetrics(result: DvhParseResult, expected: Record<string, typeof ptv | Omit<typeof ptv, 'volume'>>, volumes = true): void {
  const structures = parsed(result).structures;
  expect(structures.map((structure) => structure.name)).toEqual(Object.keys(expected));
  for (const structure of structures) {
    const metrics = dvhMetrics(structure);
    const want = expected[structure.name];
    if (want === undefined) throw new Error(structure.name);
    for (const key of keys) expect(metrics[key], `${structure.name} ${key}`).toBeCloseTo(want[key], 10);
    if (volumes && 'volume' in want) expect(metrics.volume).toBeCloseTo(want.volume, 10);
  }
}

describe('parseDvhFile(bytes, name): each format, detected from the content', () => {
  test('Eclipse cumulative export in cGy and %: two structures, hand-calculated metrics', () => {
    const result = parseDvhFile(bytes('eclipse-cumulative-cgy.txt'), 'x');
    expect(result.format).toBe('eclipse');
    expectMetrics(result, { PTV: ptv, Femur_R: femur });
  });

  test('Eclipse export in Gy and cm³ with CRLF line ends gives the same metrics', () => {
    expect(readFileSync(fixture('eclipse-cumulative-gy-cm3-crlf.txt'), 'utf8')).toContain('\r\n');
    expectMetrics(parseDvhFile(bytes('eclipse-cumulative-gy-cm3-crlf.txt'), 'x'), { PTV: ptv, Femur_R: femur });
  });

  test('Eclipse differential export (dVolume / dDose [cm³ / cGy]) gives the femur', () => {
    expectMetrics(parseDvhFile(bytes('eclipse-differential-cgy-cm3.txt'), 'x'), { Femur_R: femur });
  });

  test('CSV with a structure column, dose_Gy and volume_cm3', () => {
    const result = parseDvhFile(bytes('csv-gy-cm3.csv'), 'x');
    expect(result.format).toBe('csv');
    expectMetrics(result, { PTV: ptv, Femur_R: femur });
  });

  test('CSV with ; separators, decimal commas, cGy and %, trailing blank lines: named after the file, no volume', () => {
    const result = parsed(parseDvhFile(bytes('csv-semicolon-cgy-percent.csv'), 'plan'));
    expectMetrics(result, { plan: femur }, false);
    expect(result.structures[0]?.volume).toBeUndefined();
    expectMetrics(parseDvhFile(text('Dose [Gy];Volume [%]\n0;100\n2,5;95,5\n5;0\n'), 'p'), { p: { minimum: 0, mean: (4.5 * 1.25 + 95.5 * 3.75) / 100, maximum: 5, d95: 2.5 + (0.5 / 95.5) * 2.5, d50: 2.5 + (45.5 / 95.5) * 2.5, d2: 2.5 + (93.5 / 95.5) * 2.5, v20: 0 } }, false);
  });

  test('DICOM RT Dose DVH Sequence (built with dcmjs from PS3.3 C.8.8.4): cumulative Gy cm³ and differential cGy %', () => {
    const built = rtDoseFile(fixtureItems, fixtureNames);
    expect(Buffer.from(built).equals(Buffer.from(bytes('rtdose-dvh.dcm'))), 'the checked-in fixture is what rtDoseFile builds').toBe(true);
    const result = parseDvhFile(built, 'x');
    expect(result.format).toBe('dicom');
    expectMetrics(result, { PTV: ptv, Femur_R: femur }, false);
    expect(parsed(result).structures.map((structure) => structure.volume)).toEqual([200, undefined]);
  });

  test('DICOM without structure set names calls structures ROI n; bad units and data are refused per item', () => {
    expect(parsed(parseDvhFile(rtDoseFile(fixtureItems, new Map()), 'x')).structures.map((structure) => structure.name)).toEqual(['ROI 1', 'ROI 2']);
    const bad = parseDvhFile(rtDoseFile([{ ...fixtureItems[0], DoseUnits: 'RELATIVE', roi: 1 }, { ...fixtureItems[1], DVHData: [1000, 20, 1000], roi: 2 }], fixtureNames), 'x');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((issue) => issue.message)).toEqual([
      "DVH Sequence item 1 (PTV): unknown Dose Units 'RELATIVE' (expected GY or CGY)",
      'DVH Sequence item 2 (Femur_R): DVH Data is not a list of (bin width, volume) pairs',
    ]);
  });

  test('a DVH Number of Bins that is not the number of pairs is refused: the data were cut short or padded', () => {
    // The PTV's seven pairs with the last one lost, as a truncated export would leave them, still claiming seven bins.
    const truncated = { ...fixtureItems[0], DVHData: fixtureItems[0].DVHData.slice(0, -2), DVHNumberOfBins: 7 };
    const result = parseDvhFile(rtDoseFile([truncated, fixtureItems[1]], fixtureNames), 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.message)).toEqual([
      'DVH Sequence item 1 (PTV): DVH Number of Bins (3004,0056) is 7 but DVH Data (3004,0058) holds 6 (bin width, volume) pairs: the data are truncated or padded',
    ]);
  });

  // scripts/reference/dvh_metrics.py: its own parsing, numpy interpolation; agreement to 1e-12 relative.
  test('matches the independent python reference on the Eclipse fixtures', () => {
    const reference = JSON.parse(readFileSync(fixture('reference.json'), 'utf8')) as Record<string, Record<string, Record<(typeof keys)[number], number>>>;
    for (const [file, structures] of Object.entries(reference)) {
      const result = parsed(parseDvhFile(bytes(file), 'x'));
      for (const structure of result.structures) {
        const metrics = dvhMetrics(structure);
        for (const key of keys) expect(Math.abs(metrics[key] - (structures[structure.name]?.[key] ?? Number.NaN)), `${file} ${structure.name} ${key}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(metrics[key])));
      }
    }
  });
});

describe('malformed files are refused with the line and the reason, nothing half-read', () => {
  const issues = (content: Uint8Array): string[] => {
    const result = parseDvhFile(content, 'f');
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.issues.map((issue) => `${issue.line ?? '-'}: ${issue.message}`);
  };

  test('a missing structure header', () => {
    expect(issues(bytes('bad-missing-structure.txt'))[0]).toBe("17: missing structure header: a histogram before any 'Structure:' line");
  });

  test('a cumulative volume that rises', () => {
    expect(issues(bytes('bad-non-monotone.txt'))).toEqual(["28: structure 'Bladder': cumulative volume rises from 60 to 70; a cumulative DVH never increases with dose (is the file differential?)"]);
  });

  test('a negative volume', () => {
    expect(issues(bytes('bad-negative-volume.csv'))).toEqual(["4: structure 'f': volume -1 is negative or not finite"]);
  });

  test('an unknown unit, in a CSV header or an Eclipse column', () => {
    expect(issues(bytes('bad-unknown-unit.csv'))[0]).toMatch(/^1: column 'dose_mSv': unknown dose unit 'msv'/);
    expect(issues(text('Structure: PTV\nDose [mGy]  Ratio of Total Structure Volume [%]\n0 100\n'))).toContain("2: structure 'PTV': unknown dose unit '[mGy]' (expected Gy or cGy)");
    expect(issues(text('dose_Gy,volume_litre\n0,1\n'))[0]).toMatch(/^1: column 'volume_litre': unknown volume unit/);
  });

  test('doses not increasing, a word for a number, a short row, a comma decimal in a comma-separated file', () => {
    expect(issues(text('dose_Gy,volume_cm3\n0,10\n0,5\n'))).toEqual(["3: structure 'f': dose 0 Gy does not increase (previous row 0 Gy)"]);
    expect(issues(text('dose_Gy,volume_cm3\n0,10\n1,abc\n'))).toEqual(["3: 'abc' is not a number"]);
    expect(issues(text('dose_Gy,volume_cm3\n0,10\n1\n'))).toEqual(['3: 1 values, expected 2 (one per header column; a decimal comma needs the ; separator)']);
    expect(issues(text('dose_Gy,volume_cm3\n0,10\n1,5,5\n'))[0]).toMatch(/^3: 3 values, expected 2/);
    // Under an Eclipse column header a row that starts with a number is a row: a word in it is reported, not the row
    // skipped as a header line (which dropped it silently and moved D95).
    const eclipseRows = 'Structure: PTV\nDose [Gy]  Ratio of Total Structure Volume [%]\n0 100\n50 abc\n51 0\n';
    expect(issues(text(eclipseRows))).toEqual(["4: structure 'PTV': 'abc' is not a number"]);
    expect(parseDvhFile(text('Structure: PTV\nDose [Gy]  Ratio of Total Structure Volume [%]\nMin Dose [Gy]: 1.0\n0 100\n51 0\n'), 'f').ok).toBe(true);
  });

  test('an empty file, a structure with no rows, a file that is neither DICOM nor text', () => {
    expect(issues(text('\n\n'))).toEqual(['-: the file is empty: expected a header row such as dose_Gy,volume_cm3']);
    expect(issues(text('Structure: PTV\nVolume [cm³]: 10\n'))).toEqual(["1: structure 'PTV': no column header (Dose [Gy] …) and no DVH rows"]);
    expect(issues(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toEqual(['-: neither DICOM nor UTF-8 text']);
  });
});

describe('unit invariance and dose scaling of every metric (property)', () => {
  // Cumulative curves of 2–20 points: dose steps 0.1–5 Gy from 0, volume drops 0–20 % (at least one > 0).
  const curve = fc.array(fc.tuple(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true })), { minLength: 2, maxLength: 20 }).filter((steps) => steps.some(([, drop]) => drop > 0.01));
  const rows = (steps: readonly (readonly [number, number])[]): [number, number][] => {
    const total = steps.reduce((sum, [, drop]) => sum + drop, 0);
    let dose = 0;
    return steps.map(([step], index) => {
      // Suffix sums, so the curve never dips below 0 by rounding.
      const remaining = steps.slice(index).reduce((sum, [, drop]) => sum + drop, 0);
      const row: [number, number] = [dose, (remaining / total) * 100];
      dose += step;
      return row;
    });
  };
  const metricsOf = (content: string): ReturnType<typeof dvhMetrics> => {
    const structure = parsed(parseDvhFile(text(content), 's')).structures[0];
    if (structure === undefined) throw new Error('no structure');
    return dvhMetrics(structure);
  };

  test('cGy vs Gy, % vs cm³, and dose × k scales Dmin, Dmean, Dmax, D95, D50, D2 by k', () => {
    fc.assert(
      fc.property(curve, fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0.5, max: 4, noNaN: true }), (steps, total, k) => {
        const points = rows(steps);
        const base = metricsOf(`dose_Gy,volume_%\n${points.map(([d, v]) => `${d},${v}`).join('\n')}\n`);
        const centigray = metricsOf(`Dose (cGy),Volume (cm3)\n${points.map(([d, v]) => `${d * 100},${(v * total) / 100}`).join('\n')}\n`);
        const scaled = metricsOf(`dose_Gy,volume_%\n${points.map(([d, v]) => `${d * k},${v}`).join('\n')}\n`);
        for (const key of keys) {
          const tolerance = 1e-9 * Math.max(1, Math.abs(base[key]));
          expect(Math.abs(centigray[key] - base[key]), key).toBeLessThanOrEqual(tolerance);
          if (key !== 'v20') expect(relative(scaled[key], k * base[key]) <= 1e-9 || Math.abs(scaled[key] - k * base[key]) <= 1e-12, key).toBe(true);
        }
        expect(centigray.volume).toBeCloseTo(total, 9);
      }),
      // A fixed seed and no shrinking: shrinking through the filtered arbitrary once spun for > 45 min in a full run
      // (counterexample not captured); a failure now reports its first case at once instead of hanging the suite.
      { numRuns: 100, seed: 26, endOnFailure: true },
    );
  });
});

describe('rtsim dvh FILE', () => {
  const rtsim = inProcessCli(fileURLToPath(new URL('../fixtures/dvh/', import.meta.url)));

  test('prints one aligned row per structure', async () => {
    const run = await rtsim('dvh', 'eclipse-cumulative-cgy.txt');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(fixture('eclipse-cumulative-cgy.out.txt'), 'utf8'));
  });

  test('--json gives the metrics in Gy, cm³ and fractions; null for an unknown volume', async () => {
    const run = await rtsim('dvh', '--json', 'csv-semicolon-cgy-percent.csv');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { format: string; structures: { name: string; volume: number | null; d50: number; v20: number }[] };
    expect(json.format).toBe('csv');
    expect(json.structures).toMatchObject([{ name: 'csv-semicolon-cgy-percent', volume: null, d50: 17.5, v20: 0.4 }]);
  });

  test('two structures of one name: both listed, and a note that a scenario naming them is refused', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rtsim-dvh-'));
    writeFileSync(join(directory, 'twice.txt'), readFileSync(fixture('eclipse-cumulative-cgy.txt'), 'utf8').replace('Structure: Femur_R', 'Structure: PTV'));
    const run = await inProcessCli(directory)('dvh', 'twice.txt');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^PTV /gm)).toHaveLength(2);
    expect(run.stderr).toBe("rtsim dvh: note: twice.txt has 2 structures named 'PTV'; a scenario that names it is refused until they are renamed in the planning system\n");
    rmSync(directory, { recursive: true });
  });

  test('a malformed file exits 2 with FILE:LINE: reason on stderr', async () => {
    const run = await rtsim('dvh', 'bad-non-monotone.txt');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad-non-monotone\.txt:28: structure 'Bladder': cumulative volume rises from 60 to 70/);
  });
});

describe('docs', () => {
  test('docs/cli.md shows the real output of rtsim dvh on the Eclipse fixture', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/cli.md', import.meta.url)), 'utf8');
    expect(doc).toContain(`$ rtsim dvh eclipse-cumulative-cgy.txt\n${readFileSync(fixture('eclipse-cumulative-cgy.out.txt'), 'utf8')}\`\`\``);
  });
});

describe('differential files', () => {
  test('Type : Differential with a plain % column reads bin volumes; one row is refused (no bin width)', () => {
    const file = (rows: string): Uint8Array => text(`Type                 : Differential Dose Volume Histogram\n\nStructure: Femur_R\nVolume [cm³]: 400.0\n\nDose [Gy]  Ratio of Total Structure Volume [%]\n${rows}`);
    expectMetrics(parseDvhFile(file('0 20\n10 40\n20 30\n30 10\n'), 'x'), { Femur_R: femur });
    const single = parseDvhFile(file('0 100\n'), 'x');
    expect(single.ok ? [] : single.issues).toEqual([{ line: 7, message: "structure 'Femur_R': a differential DVH needs at least two rows (the bin width is the dose step)" }]);
    const csv = parseDvhFile(text('dose_Gy,bin_volume_cm3\n5,10\n'), 'c');
    expect(csv.ok ? [] : csv.issues).toEqual([{ line: 2, message: "structure 'c': a differential DVH needs at least two rows (the bin width is the dose step)" }]);
  });
});
