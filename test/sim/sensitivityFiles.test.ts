import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseSensitivityResults, runSensitivity, sensitivityJson } from '@rtsim/sim';
import type { SensitivityResults } from '@rtsim/sim';

// The shipped example at tiny settings (N = 4, 60 patients a point: 11 + 4·7 = 39 evaluations), in this thread.
const text = readFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'uncertainty-preop.yaml');
if (!parsed.ok) throw new Error('scenarios/uncertainty-preop.yaml does not parse');
const results = await runSensitivity(parsed.scenario, {
  output: { kind: 'arm', arm: 'preop-5x6' },
  samples: 4,
  patients: 60,
  resamples: 20,
  workers: 0,
  meta: { version: '0.0.0-test', scenarioHash: 'sha256:test' },
});

/** The parts of sensitivity.json that the tests break. */
interface FileData {
  parameters: Record<string, unknown>[];
  output: Record<string, unknown>;
  tornado: { rows: Record<string, unknown>[] };
  sobol: { indices: Record<string, unknown>[] };
}

/** A copy of the results as JSON data, with one field replaced by `edit`. */
const edited = (edit: (file: FileData) => void): unknown => {
  const file = JSON.parse(sensitivityJson(results)) as FileData;
  edit(file);
  return file;
};

describe('sensitivityJson(results)', () => {
  it('writes identification first, then the analysis, indented by 2 with a trailing newline', () => {
    const json = sensitivityJson(results);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['rtsim', 'scenario', 'seed', 'patients', 'output', 'evaluations', 'parameters', 'tornado', 'sobol']);
    expect(json.startsWith('{\n  "rtsim": {\n    "version": "0.0.0-test",\n    "sensitivityFormat": 1\n  },')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the object was built in, and writes NaN as null', () => {
    const reversed = Object.fromEntries(Object.entries(results).reverse()) as unknown as SensitivityResults;
    expect(sensitivityJson(reversed)).toBe(sensitivityJson(results));
    const nan: SensitivityResults = { ...results, tornado: { ...results.tornado, base: Number.NaN } };
    expect(sensitivityJson(nan)).toContain('"base": null');
  });
});

describe('parseSensitivityResults(value)', () => {
  it('reads back what sensitivityJson wrote: serialising again gives the same text', () => {
    const json = sensitivityJson(results);
    expect(sensitivityJson(parseSensitivityResults(JSON.parse(json)))).toBe(json);
  });

  it('reads null (NaN in the file) back as NaN', () => {
    const read = parseSensitivityResults(edited((file) => {
      file.sobol.indices[0]['first'] = null;
    }));
    expect(read.sobol.indices[0]?.first).toBeNaN();
  });

  it('names the path of the first problem, and recognises a results.json', () => {
    expect(() => parseSensitivityResults([])).toThrow('not an rtsim sensitivity file: (file): expected an object');
    expect(() => parseSensitivityResults({ rtsim: { version: '0.1.0', resultsFormat: 1 } })).toThrow(/rtsim\.sensitivityFormat: expected 1 \(this is a results\.json of rtsim run/);
    expect(() => parseSensitivityResults(edited((file) => {
      file.sobol.indices[2]['totalCi95'] = [0.1];
    }))).toThrow('sobol.indices[2].totalCi95: expected [lower, upper]');
    expect(() => parseSensitivityResults(edited((file) => {
      file.parameters[1]['distribution'] = { dist: 'lognormal', median: -1, sigma: 1 };
    }))).toThrow(/parameters\[1\]\.distribution: expected a distribution/);
    expect(() => parseSensitivityResults(edited((file) => {
      file.output['measure'] = 'median';
    }))).toThrow('output.measure: expected control-rate, mean-tcp, local-control@T, distant-metastasis-free-survival@T, metastasis@T, disease-specific-survival@T, progression-free-survival@T or overall-survival@T');
    expect(() => parseSensitivityResults(edited((file) => {
      file.tornado.rows[0]['swing'] = '1';
    }))).toThrow('tornado.rows[0].swing: expected a number or null');
  });
});

describe('runSensitivity(scenario, { output: difference of an arm with itself })', () => {
  it('rejects it before any evaluation, as comparisons refuses a == b', async () => {
    await expect(
      runSensitivity(parsed.scenario, {
        output: { kind: 'difference', a: 'preop-5x6', b: 'preop-5x6' },
        samples: 4,
        patients: 60,
        resamples: 20,
        workers: 0,
        meta: { version: '0.0.0-test', scenarioHash: 'sha256:test' },
      }),
    ).rejects.toThrow("the difference preop-5x6 − preop-5x6 compares arm 'preop-5x6' with itself: a difference needs two different arms");
  });
});

describe('Sobol indices of an output that does not vary', () => {
  it('the terminal table and the report say why S and S_T are —: the variance was 0', async () => {
    const { sensitivityTable } = await import('../../packages/sim/src/cli/sensitivityTable.js');
    const { sensitivityReportHtml } = await import('@rtsim/sim');
    const flat: SensitivityResults = {
      ...results,
      sobol: {
        ...results.sobol,
        variance: 0,
        indices: results.sobol.indices.map((row) => ({ ...row, first: Number.NaN, firstCi95: [Number.NaN, Number.NaN], total: Number.NaN, totalCi95: [Number.NaN, Number.NaN] })),
      },
    };
    const why = `The output was the same at all ${results.evaluations} evaluations (variance 0), so there is no variance to split`;
    expect(sensitivityTable(flat)).toContain(why);
    expect(sensitivityTable(flat)).toMatch(/—\s+\[—, —\]/);
    expect(sensitivityReportHtml(flat)).toContain(why);
    expect(results.sobol.variance).toBeGreaterThan(0);
    expect(sensitivityTable(results)).not.toContain('variance 0');
    expect(sensitivityReportHtml(results)).not.toContain('variance 0');
  });
});

describe('Sobol intervals from fewer resamples than a 95 % percentile interval needs (41)', () => {
  const note =
    '95 % intervals not shown (—): 20 bootstrap resamples cannot give them; a percentile interval needs at least 41, so that its ends are not the extreme resamples (--resamples, default 1000).';

  it('with 20 resamples the indices are kept, their intervals are null in sensitivity.json and — with a reason in the table and report', async () => {
    const { sensitivityTable } = await import('../../packages/sim/src/cli/sensitivityTable.js');
    const { sensitivityReportHtml } = await import('@rtsim/sim');
    expect(results.sobol.resamples).toBe(20);
    for (const row of results.sobol.indices) {
      expect(Number.isFinite(row.first) && Number.isFinite(row.total)).toBe(true);
      expect([...row.firstCi95, ...row.totalCi95].every(Number.isNaN)).toBe(true);
    }
    const file = JSON.parse(sensitivityJson(results)) as { sobol: { indices: { firstCi95: unknown; totalCi95: unknown }[] } };
    expect(file.sobol.indices[0]).toMatchObject({ firstCi95: [null, null], totalCi95: [null, null] });
    expect(sensitivityTable(results).endsWith(`${note}\n`)).toBe(true);
    expect(sensitivityReportHtml(results)).toContain('95 % intervals not shown (—): 20 bootstrap resamples cannot give them');
  });

  it('with 41 resamples the same indices get intervals and no note', async () => {
    const { sensitivityTable } = await import('../../packages/sim/src/cli/sensitivityTable.js');
    // N = 5, the least the command accepts: at N = 4 some of 41 resamples repeat one row and leave no variance.
    const at = (resamples: number): Promise<SensitivityResults> =>
      runSensitivity(parsed.scenario, { output: { kind: 'arm', arm: 'preop-5x6' }, samples: 5, patients: 60, resamples, workers: 0, meta: { version: '0.0.0-test', scenarioHash: 'sha256:test' } });
    const [few, enough] = [await at(40), await at(41)];
    // The bootstrap only resamples outputs already computed: the estimates do not depend on it.
    expect(enough.sobol.indices.map((row) => [row.first, row.total])).toEqual(few.sobol.indices.map((row) => [row.first, row.total]));
    for (const row of enough.sobol.indices) expect([...row.firstCi95, ...row.totalCi95].every(Number.isFinite)).toBe(true);
    for (const row of few.sobol.indices) expect([...row.firstCi95, ...row.totalCi95].every(Number.isNaN)).toBe(true);
    expect(sensitivityTable(enough)).not.toContain('intervals not shown');
    expect(sensitivityTable(few)).toContain('95 % intervals not shown (—): 40 bootstrap resamples cannot give them; a percentile interval needs at least 41');
  });
});

describe('the Sobol and tornado tables print no negative zero', () => {
  it('−0.004 is 0.00 and −0.006 is -0.01 in the terminal; −0.0004 is 0.000 in the report', async () => {
    const { sensitivityTable } = await import('../../packages/sim/src/cli/sensitivityTable.js');
    const { sensitivityReportHtml } = await import('@rtsim/sim');
    const [first, second] = results.sobol.indices;
    if (first === undefined || second === undefined) throw new Error('expected two parameters');
    const small: SensitivityResults = {
      ...results,
      sobol: {
        ...results.sobol,
        indices: [
          { ...first, first: -0.004, firstCi95: [-0.004, -0.001], total: -0.0004, totalCi95: [-0.0004, 0.1] },
          { ...second, first: -0.006, firstCi95: [-0.006, 0.2], total: 0.3, totalCi95: [0.1, 0.5] },
        ],
      },
    };
    const table = sensitivityTable(small);
    expect(table).not.toContain('-0.00');
    expect(table).toMatch(new RegExp(`${first.label.replace(/[()/]/g, '\\$&')}\\s+0\\.00\\s+\\[0\\.00, 0\\.00\\]\\s+0\\.00\\s+\\[0\\.00, 0\\.10\\]`));
    expect(table).toMatch(/\s-0\.01\s+\[-0\.01, 0\.20\]/);
    const html = sensitivityReportHtml(small);
    expect(html).not.toMatch(/-0\.000\b/);
    expect(html).toContain('-0.006');
  });
});
