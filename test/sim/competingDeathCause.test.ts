// The death that competes with local recurrence is named for what it counts: from other causes with `background`
// alone, from any cause once `metastasis` (or `progression`) adds sarcoma deaths (results.json keeps the field names
// otherCauseDeath…; docs/cli.md, endpoints.csv). Through the built command line on two shipped scenarios.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competingDeathCause } from '../../packages/sim/src/report/competingDeathCause.js';
import { inProcessCli } from './inProcessCli.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-death-cause-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const scenarios = new URL('../../scenarios/', import.meta.url);

/** report.html of a shipped scenario run with few patients. */
async function report(name: string): Promise<string> {
  const run = await rtsim('run', join(scenarios.pathname, `${name}.yaml`), '--patients', '1500', '--workers', '0', '--out', name);
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(directory, name, 'report.html'), 'utf8');
}

describe('competingDeathCause(results)', () => {
  it('is other causes without sarcoma deaths, any cause with metastasis or progression', () => {
    expect(competingDeathCause({})).toBe('other causes');
    expect(competingDeathCause({ progression: { era: 2016, newMetastasisRatePerDay: 0.001, survivalMedianDays: 700, survivalSigma: 1 } })).toBe('any cause');
  });
});

describe('report.html names the competing death', () => {
  let withMetastasis = '';
  let backgroundOnly = '';
  beforeAll(async () => {
    withMetastasis = await report('default');
    backgroundOnly = await report('local-control-over-time');
  });

  it('with metastasis (default.yaml): any cause in the heading, the LRFS chart title and the death column', () => {
    expect(withMetastasis).toContain('<h2>Local recurrence and death from any cause</h2>');
    expect(withMetastasis).toContain('Local-recurrence-free survival (local recurrence or death from any cause)');
    expect(withMetastasis).toContain('<th scope="col">CIF death, any cause (%)</th>');
    expect(withMetastasis).not.toContain('CIF death, other causes');
    expect(withMetastasis).not.toContain('local recurrence or death from other causes');
  });

  it('with background alone (local-control-over-time.yaml): other causes', () => {
    expect(backgroundOnly).toContain('<h2>Local recurrence and death from other causes</h2>');
    expect(backgroundOnly).toContain('Local-recurrence-free survival (local recurrence or death from other causes)');
    expect(backgroundOnly).toContain('<th scope="col">CIF death, other causes (%)</th>');
    expect(backgroundOnly).not.toContain('any cause');
  });
});
