import { describe, expect, it } from 'vitest';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { sensitivityHelpText } from '../../packages/sim/src/cli/sensitivityHelpText.js';
import { uncertaintyTable } from '../../packages/sim/src/cli/uncertaintyTable.js';
import { correlationSummary } from '../../packages/sim/src/report/correlationSummary.js';
import type { OuterSummary, UncertaintyResults } from '../../packages/sim/src/cohort/UncertaintyResults.js';

const summary: OuterSummary = {
  nominal: 0.6, median: 0.61, parameterInterval: [0.5, 0.7], monteCarloSe: 0.01, combinedInterval: [0.49, 0.71], parameterShare: 0.9, draws: [0.55, 0.65],
};
const group = { patients: 100, meanTcp: 0.6, meanTcpSe: 0.01, controlled: 60, controlRate: 0.6, controlCi95: [0.5, 0.69] as const,
  localControl: { year1: 0.7, year2: 0.6, year5: null }, tcpHistogram: { binWidth: 0.5, counts: [40, 60] }, localControlCurve: [1, 0.8, 0.6] };
const arm = (id: string): TrialResults['arms'][number] => ({ ...group, id, name: id, fractions: 25, totalDose: 50, overallTime: 32, controlModel: 'clonogen', bySubtype: [] });
const parameter = (path: string, label: string): UncertaintyResults['parameters'][number] =>
  ({ path, label, distribution: { dist: 'normal', mean: 0.3, sd: 0.03 }, nominal: 0.3, draws: [0.28, 0.32] });

/** A two-level result with two arms; `correlations` as results.json records them (absent when independent). */
function twoLevel(correlations?: UncertaintyResults['correlations']): TrialResults {
  return {
    rtsim: { version: 'test', resultsFormat: 1, model: 1, library: { version: '1.0.0', hash: 'sha256:test' } },
    scenario: { name: 'correlated', hash: 'sha256:0' },
    seed: 7,
    patients: 100,
    blockSize: 4096,
    followUp: { years: 2, binDays: 7 },
    subtypes: [{ id: 'sts', name: 'sts', weight: 1 }],
    arms: [arm('long'), arm('short')],
    comparisons: [],
    uncertainty: {
      draws: 2,
      seeding: 'common-random-numbers',
      parameters: [parameter('cohort.subtypes[sts].alpha.mean', 'mean alpha'), parameter('cohort.subtypes[sts].alphaBeta.median', 'alpha/beta')],
      ...(correlations === undefined ? {} : { correlations }),
      arms: [{ id: 'long', controlRate: summary }, { id: 'short', controlRate: summary }],
      comparisons: [],
    },
  };
}

const alphaPair = { between: ['cohort.subtypes[sts].alpha.mean', 'cohort.subtypes[sts].alphaBeta.median'], labels: ['mean alpha', 'alpha/beta'], rho: -0.6 } as const;

describe('correlationSummary(correlations)', () => {
  it('names each pair by its labels with ρ as report.html prints it (3 significant digits, − for minus)', () => {
    expect(correlationSummary([alphaPair, { between: ['a', 'b'], labels: ['a', 'b'], rho: 0.123456 }]))
      .toBe('Correlated (Gaussian copula, normal-score ρ): mean alpha – alpha/beta −0.6; a – b 0.123');
  });

  it('is undefined when the parameters are independent (no field, or an empty list)', () => {
    expect(correlationSummary(undefined)).toBeUndefined();
    expect(correlationSummary([])).toBeUndefined();
  });
});

describe('uncertaintyTable(results)', () => {
  it('prints the correlations on the line under the title, before the tables', () => {
    const lines = uncertaintyTable(twoLevel([alphaPair])).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Parameter uncertainty: 2 parameter sets (mean alpha, alpha/beta), same patients in each',
      'Correlated (Gaussian copula, normal-score ρ): mean alpha – alpha/beta −0.6',
      '',
    ]);
  });

  it('prints no correlation line when the parameters are independent, and is otherwise unchanged', () => {
    const independent = uncertaintyTable(twoLevel());
    expect(independent).not.toContain('Correlated');
    expect(independent.split('\n').slice(0, 2)).toEqual(['Parameter uncertainty: 2 parameter sets (mean alpha, alpha/beta), same patients in each', '']);
    expect(uncertaintyTable(twoLevel([]))).toBe(independent);
  });

  it('makes labels from the file safe for the terminal: control characters become ?', () => {
    const hostile = { ...alphaPair, labels: ['\u001b]0;pwned\u0007alpha', 'beta\u009b2J'] } as const;
    const text = uncertaintyTable(twoLevel([hostile]));
    expect(text).toContain('Correlated (Gaussian copula, normal-score ρ): ?]0;pwned?alpha – beta?2J −0.6\n');
    expect([...text].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')))).toEqual([]);
  });
});

describe('sensitivityHelpText', () => {
  it('says in one line that scenarios with uncertainty.correlations are refused, and why', () => {
    const line = sensitivityHelpText.split('\n').find((text) => text.includes('uncertainty.correlations'));
    expect(line).toBe('A scenario with uncertainty.correlations is refused (status 2): the indices assume independent parameters.');
  });
});
