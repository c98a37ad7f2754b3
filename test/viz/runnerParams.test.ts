import type { ResolvedScenario } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { confirmRerunAbovePatients, linkRerun, runnerParams } from '../../packages/viz/src/runner/runnerParams.js';
import type { LoadedScenario } from '../../packages/viz/src/runner/runnerParams.js';

// Only the seed and the patient count are read from the scenario here.
const scenario = { seed: 7, patients: 10_000 } as unknown as ResolvedScenario;
const bundled: LoadedScenario = { fileName: 'educator-minimal.yaml', text: '', bundled: true, scenario };

describe('runnerParams', () => {
  it('a bundled scenario: its name and seed; patients only when they differ from the file; run=1 once run', () => {
    expect(runnerParams(bundled, '10000').toString()).toBe('scenario=educator-minimal.yaml&seed=7');
    expect(runnerParams(bundled, '5000', true).toString()).toBe('scenario=educator-minimal.yaml&seed=7&patients=5000&run=1');
  });

  it('an opened file cannot be named in a link: no scenario, seed or run', () => {
    expect(runnerParams({ ...bundled, bundled: false }, '5000', true).toString()).toBe('patients=5000');
    expect(runnerParams(undefined, '', true).toString()).toBe('');
  });
});

describe('linkRerun', () => {
  const link = (query: string): URLSearchParams => new URLSearchParams(query);

  it('re-runs only with run=1 and the file\'s own seed (or none), asking above 50,000 patients', () => {
    expect(confirmRerunAbovePatients).toBe(50_000);
    expect(linkRerun(link('scenario=a.yaml&seed=7'), scenario, 5000)).toBe('no');
    expect(linkRerun(link('scenario=a.yaml&seed=7&run=1'), scenario, 5000)).toBe('run');
    expect(linkRerun(link('scenario=a.yaml&run=1'), scenario, 50_000)).toBe('run');
    expect(linkRerun(link('scenario=a.yaml&run=1'), scenario, 50_001)).toBe('ask');
    expect(linkRerun(link('scenario=a.yaml&seed=8&run=1'), scenario, 5000)).toBe('seed-differs');
    expect(linkRerun(link('scenario=a.yaml&seed=07&run=1'), scenario, 5000)).toBe('seed-differs');
    expect(linkRerun(link('scenario=a.yaml&seed=7&run=yes'), scenario, 5000)).toBe('no');
  });
});
