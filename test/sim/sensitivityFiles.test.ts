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
