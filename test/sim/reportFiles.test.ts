// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GroupOutcome, TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { comparisonTable } from '../../packages/sim/src/cli/comparisonTable.js';
import { armsCsv, armsCsvColumns } from '../../packages/sim/src/report/armsCsv.js';
import { reportHtml } from '../../packages/sim/src/report/reportHtml.js';
import { resultsJson } from '../../packages/sim/src/report/resultsJson.js';

const hostile = `<script>alert("x")</script>, "quoted" & more`;

function group(patients: number, controlled: number, meanTcp: number): GroupOutcome {
  return {
    patients,
    meanTcp,
    meanTcpSe: 0.001,
    controlled,
    controlRate: controlled / patients,
    controlCi95: [controlled / patients - 0.01, controlled / patients + 0.01],
    localControl: { year1: 0.9, year2: 0.85, year5: null },
    tcpHistogram: { binWidth: 0.5, counts: [patients - controlled, controlled] },
    localControlCurve: [0.95, 0.9, Number.NaN],
  };
}

/** A small hand-written result: two arms, two subtypes, one comparison (not produced by the engine). */
function fixture(): TrialResults {
  return {
    rtsim: { version: '9.9.9', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: hostile, hash: 'sha256:0123' },
    seed: 7,
    patients: 100,
    blockSize: 4096,
    followUp: { years: 3, binDays: 365.25 },
    subtypes: [
      { id: 'lps', name: 'Liposarcoma', weight: 0.4 },
      { id: '=cmd', name: 'Formula-looking', weight: 0.6 },
    ],
    arms: [
      {
        id: 'conv',
        name: hostile,
        fractions: 25,
        totalDose: 50,
        overallTime: 32, controlModel: 'clonogen',
        ...group(100, 80, 0.8),
        toxicity: { organ: 'skin', ntcp: 0.1, uncomplicatedControl: 0.72 },
        bySubtype: [
          { subtype: 'lps', ...group(40, 30, 0.75) },
          { subtype: '=cmd', ...group(60, 50, 0.83) },
        ],
      },
      {
        id: 'hypo',
        name: 'Hypofractionated',
        fractions: 5,
        totalDose: 30,
        overallTime: 4, controlModel: 'clonogen',
        ...group(100, 90, 0.9),
        bySubtype: [
          { subtype: 'lps', ...group(40, 36, 0.9) },
          { subtype: '=cmd', ...group(60, 54, 0.9) },
        ],
      },
    ],
    comparisons: [
      {
        a: 'conv',
        b: 'hypo',
        meanTcpDifference: -0.1,
        meanTcpDifferenceCi95: [-0.12, -0.08],
        discordant: { aOnly: 2, bOnly: 12 },
        mcnemarP: 0.0129,
        logRankP: 0.0004,
        trialPatientsPerArm: 199,
        bySubtype: [
          { subtype: 'lps', meanTcpDifference: -0.15, meanTcpDifferenceCi95: [-0.2, -0.1], discordant: { aOnly: 0, bOnly: 6 }, mcnemarP: 0.03, logRankP: 0.04, trialPatientsPerArm: 100 },
          { subtype: '=cmd', meanTcpDifference: -0.07, meanTcpDifferenceCi95: [-0.09, -0.05], discordant: { aOnly: 2, bOnly: 6 }, mcnemarP: 0.29, logRankP: 0.3, trialPatientsPerArm: null },
        ],
      },
    ],
  };
}

/** The same data with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

describe('resultsJson(results)', () => {
  it('writes 2-space JSON with a trailing newline, identification first', () => {
    const text = resultsJson(fixture());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "rtsim": {\n    "version": "9.9.9",\n    "resultsFormat": 1,\n    "library": {\n      "version": "1.0.0",\n      "hash": "sha256:test"\n    },\n    "model": 1\n  },\n  "scenario": {')).toBe(true);
    expect(JSON.parse(text).arms[1].id).toBe('hypo');
  });

  it('the key order does not depend on the order the object was built in', () => {
    expect(resultsJson(reversedKeys(fixture()) as TrialResults)).toBe(resultsJson(fixture()));
  });

  it('writes NaN as null', () => {
    expect(JSON.parse(resultsJson(fixture())).arms[0].localControlCurve).toEqual([0.95, 0.9, null]);
  });
});

describe('armsCsv(results)', () => {
  const lines = armsCsv(fixture()).trimEnd().split('\n');

  it('has the documented header and one row per arm and per arm × subtype', () => {
    expect(lines[0]).toBe(armsCsvColumns.join(','));
    expect(lines.length).toBe(1 + 2 * (1 + 2));
    expect(armsCsvColumns).toContain('total_dose_gy');
    expect(armsCsvColumns).toContain('overall_time_days');
  });

  it('quotes text per RFC 4180, defuses spreadsheet formulas, leaves undefined values empty', () => {
    // arm_id, arm_name (quoted: it has a comma and quotes), scope, subtype_id, patients, …
    expect(lines[1]?.startsWith(`conv,"<script>alert(""x"")</script>, ""quoted"" & more",arm,,100,25,50,32,0.8,0.001,80,0.8,`)).toBe(true);
    expect(lines[1]?.endsWith(',0.9,0.85,,0.1,0.72')).toBe(true); // 5-year LC null; NTCP and P+ on the arm row
    expect(lines[3]).toContain(",subtype,'=cmd,60,");
    expect(lines[3]?.endsWith(',,')).toBe(true); // no NTCP on subtype rows
    expect(lines[4]?.startsWith('hypo,Hypofractionated,arm,,100,5,30,4,0.9,')).toBe(true);
  });
});

describe('GARD in arms.csv and the report', () => {
  // The fixture's conv arm with GARD: mean 18.25, bands [0, 20) and [20, ∞) of its 100 patients.
  const withGard = (): TrialResults => {
    const base = fixture();
    const [conv, ...others] = base.arms;
    if (conv === undefined) throw new Error('the fixture has arms');
    const bands = [
      { from: 0, to: 20, patients: 60, controlled: 45, controlRate: 0.75, controlCi95: [0.63, 0.84] as const },
      { from: 20, to: null, patients: 40, controlled: 35, controlRate: 0.875, controlCi95: [0.74, 0.95] as const },
    ];
    return { ...base, arms: [{ ...conv, gard: { mean: 18.25, bands } }, ...others] };
  };

  it('armsCsv: a last column mean_gard on arm rows, and one gard row per band after the arm\'s other rows', () => {
    const lines = armsCsv(withGard()).trimEnd().split('\n');
    expect(lines[0]).toBe([...armsCsvColumns, 'mean_gard'].join(','));
    expect(lines.length).toBe(1 + 2 * (1 + 2) + 2);
    expect(lines[1]?.endsWith(',0.1,0.72,18.25')).toBe(true);
    expect(lines[2]?.endsWith(',,,')).toBe(true); // subtype row: no NTCP, no GARD
    // arm_id, arm_name, scope, band, patients, fractions, total dose, T, mean TCP and SE empty, controlled, rate, CI, LC empty.
    expect(lines[4]).toBe(`conv,"<script>alert(""x"")</script>, ""quoted"" & more",gard,0-20,60,25,50,32,,,45,0.75,0.63,0.84,,,,,,`);
    expect(lines[5]?.startsWith('conv,"<script>alert(""x"")</script>, ""quoted"" & more",gard,20+,40,25,50,32,,,35,0.875,')).toBe(true);
    expect(lines[6]?.startsWith('hypo,Hypofractionated,arm,')).toBe(true);
    expect(lines[6]?.endsWith(',')).toBe(true); // hypo reports no GARD
  });

  it('reportHtml: a table of mean GARD and control by band', () => {
    const page = new DOMParser().parseFromString(reportHtml(withGard()), 'text/html');
    const section = [...page.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Control by GARD band');
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['conv', '18.3', '[0, 20)', '60', '75.0 [63.0, 84.0]'],
      ['conv', '18.3', '≥ 20', '40', '87.5 [74.0, 95.0]'],
    ]);
    expect(reportHtml(fixture())).not.toContain('GARD');
  });
});

describe('reportHtml(results, scenarioText)', () => {
  const html = reportHtml(fixture(), `name: "${hostile}"\n`);

  it('is one self-contained page: inline CSS, no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html.match(/https?:\/\/[^\s"'<]+/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('holds the figures: local control, forest plot, one histogram per arm, each well-formed SVG', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(1 + 1 + 2);
    for (const svg of svgs) {
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.getElementsByTagName('parsererror').length).toBe(0);
    }
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('svg.local-control path.series').length).toBe(2);
    expect(page.querySelectorAll('svg.forest-plot rect.estimate').length).toBe(3); // overall + 2 subtypes
    expect(page.querySelectorAll('svg.tcp-histogram').length).toBe(2);
  });

  it('shows name, hash, seed, patients and version, with every scenario string escaped', () => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('h1')?.textContent).toBe(hostile);
    expect(page.title).toBe(`${hostile} — rtsim report`);
    const meta = page.querySelector('dl.meta')?.textContent ?? '';
    for (const text of ['sha256:0123', '7', '100', '9.9.9']) expect(meta).toContain(text);
    expect(page.querySelector('pre')?.textContent).toBe(`name: "${hostile}"\n`);
    expect(page.querySelectorAll('script').length).toBe(0);
  });

  it('is deterministic (no timestamp)', () => {
    expect(reportHtml(fixture(), 'x')).toBe(reportHtml(fixture(), 'x'));
  });
});

describe('comparisonTable(results)', () => {
  it('prints the arms and the pair with the columns the docs list', () => {
    const text = comparisonTable(fixture());
    expect(text).toContain('mean TCP ± SE (%)');
    // A 3-year follow-up: LC at 2 years, and no 5-year column of dashes (fixedYearsShown).
    expect(text).toMatch(/conv\s+50 Gy \/ 25 fx\s+32\s+80\.0 ± 0\.10\s+80\.0 \[79\.0, 81\.0\]\s+85\.0\s+10\.0 \(skin\)/);
    expect(text).not.toContain('LC 5 y');
    expect(text).toMatch(/conv − hypo\s+-10\.00 \[-12\.00, -8\.00\]\s+0\.013\s+<0\.001\s+199/);
  });

  it('shows NTCP (with the organ) and uncomplicated control when an arm scores an organ, — for an arm without one', () => {
    const text = comparisonTable(fixture());
    expect(text).toMatch(/NTCP \(%\)\s+uncomplicated control \(%\)/);
    // The fixture's conv arm: NTCP 0.1 of skin, uncomplicated control 0.72.
    expect(text).toMatch(/conv\s.*\s10\.0 \(skin\)\s+72\.0\s*\n/);
    expect(text).toMatch(/hypo\s.*—\s+—\s*\n/);
    // Without toxicity anywhere the columns are left out.
    const { arms, ...rest } = fixture();
    expect(comparisonTable({ ...rest, arms: arms.map(({ toxicity: _none, ...arm }) => arm) })).not.toContain('NTCP');
  });

  it('prints a near-tie\'s sample size above a million as "> 10⁶" (results.json keeps the number)', () => {
    const base = fixture();
    const [pair] = base.comparisons;
    if (pair === undefined) throw new Error('the fixture has a comparison');
    const tie = { ...base, comparisons: [{ ...pair, trialPatientsPerArm: 2341653895 }] };
    expect(comparisonTable(tie)).toMatch(/conv − hypo.*> 10⁶\s*\n/);
    expect(comparisonTable(tie)).not.toContain('2341653895');
    expect(JSON.parse(resultsJson(tie)).comparisons[0].trialPatientsPerArm).toBe(2341653895);
    expect(reportHtml(tie)).toContain('&gt; 10⁶');
    // A million exactly is still printed as the number.
    expect(comparisonTable({ ...base, comparisons: [{ ...pair, trialPatientsPerArm: 1_000_000 }] })).toMatch(/conv − hypo.*1000000\s*\n/);
  });
});

describe('reportHtml: the arms and subtypes show what the terminal shows (audit 41)', () => {
  /** The headings and the cell texts of the table in the section headed `heading`. */
  const tableOf = (html: string, heading: string): { head: string[]; rows: string[][] } => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const section = [...page.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading);
    return {
      head: [...(section?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent ?? ''),
      rows: [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    };
  };

  it('NTCP and uncomplicated control, each in its column; — in both for an arm without an organ at risk', () => {
    const { head, rows } = tableOf(reportHtml(fixture()), 'Arms');
    expect(head.slice(-2)).toEqual(['NTCP (%)', 'Uncomplicated control (%)']);
    // The fixture's conv arm: NTCP 0.1 of skin, uncomplicated control 0.72 (the terminal's "10.0 (skin)  72.0").
    expect(rows[0]?.slice(-2)).toEqual(['10.0 (skin)', '72.0']);
    expect(rows[1]?.slice(-2)).toEqual(['—', '—']);
  });

  it('the total dose per patient, mean ± SD [range] to 0.1 Gy as the terminal prints it, — for an arm without a prescribed dose', () => {
    const base = fixture();
    const [conv, hypo] = base.arms;
    if (conv === undefined || hypo === undefined) throw new Error('the fixture has two arms');
    const dose = { mean: 55.634, sd: 10.849, min: 40, max: 70, clamped: { atMinDose: 0, atMaxDose: 0 } };
    const results = { ...base, arms: [{ ...conv, prescribedDose: dose }, hypo] };
    const { head, rows } = tableOf(reportHtml(results), 'Arms');
    const column = head.indexOf('Total dose (Gy)');
    expect(column).toBeGreaterThan(0);
    expect(rows.map((row) => row[column])).toEqual(['55.6 ± 10.8 [40.0–70.0]', '—']);
    expect(comparisonTable(results)).toMatch(/conv\s.*\s55\.6 ± 10\.8 \[40\.0–70\.0\]\s/);
    expect(tableOf(reportHtml(fixture()), 'Arms').head).not.toContain('Total dose (Gy)');
  });

  it('with followUp.at, LC at those times in the arms and subtypes tables instead of the fixed years', () => {
    const base = fixture();
    // LC at 1, 2 and 3 years: 0.9, 0.8, 0.7 for every arm and subtype, distinct from the fixed-year values 0.9, 0.85.
    const atTimes = [1, 2, 3].map((years, i) => ({ years, localControl: 0.9 - 0.1 * i, localRecurrence: 0.1 + 0.1 * i, localControlCi95: null }));
    const results: TrialResults = {
      ...base,
      followUp: { ...base.followUp, at: [1, 2, 3] },
      arms: base.arms.map((arm) => ({ ...arm, localControlAtTimes: atTimes, bySubtype: arm.bySubtype.map((group) => ({ ...group, localControlAtTimes: atTimes })) })),
    };
    const html = reportHtml(results);
    const arms = tableOf(html, 'Arms');
    expect(arms.head.slice(5, 8)).toEqual(['LC 1 y (%)', 'LC 2 y (%)', 'LC 3 y (%)']);
    expect(arms.rows[0]?.slice(5, 8)).toEqual(['90.0', '80.0', '70.0']);
    const subtypes = tableOf(html, 'By subtype');
    expect(subtypes.head.slice(5)).toEqual(['LC 1 y (%)', 'LC 2 y (%)', 'LC 3 y (%)']);
    expect(subtypes.rows.every((row) => row.slice(5).join(' ') === '90.0 80.0 70.0')).toBe(true);
    expect(comparisonTable(results)).toMatch(/LC 1 y \(%\)\s+LC 2 y \(%\)\s+LC 3 y \(%\)/);
  });

  it('calls LR = 1 − LC the probability of a local recurrence if no patient died, not a cumulative incidence', () => {
    const base = fixture();
    const atTimes = [{ years: 2, localControl: 0.8, localRecurrence: 0.2, localControlCi95: null }];
    const html = reportHtml({ ...base, followUp: { ...base.followUp, at: [2] }, arms: base.arms.map((arm) => ({ ...arm, localControlAtTimes: atTimes })) });
    const page = new DOMParser().parseFromString(html, 'text/html');
    const section = [...page.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Local control');
    const caption = section?.querySelector('caption')?.textContent ?? '';
    expect(caption).toContain('LR = 1 − LC: the probability of a local recurrence by that time if no patient died');
    expect(caption).not.toMatch(/cumulative incidence/i); // without background there is no competing-risk incidence to contrast
    expect([...(section?.querySelectorAll('tbody td') ?? [])].map((cell) => cell.textContent)).toEqual(['conv', '80.0', '20.0', 'hypo', '80.0', '20.0']);
  });
});
