import { namedGenerator } from '../random/namedGenerator.js';
import { sampleDistribution } from '../random/sampleDistribution.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import { parameterSetProblems } from '../scenario/parameterSetProblems.js';
import type { UncertainParameter } from '../scenario/uncertainParameters.js';
import { uncertainParameters } from '../scenario/uncertainParameters.js';
import { correlationRefusal } from './correlationRefusal.js';
import type { SaltelliSample } from './saltelliSample.js';
import { saltelliSample } from './saltelliSample.js';
import type { SensitivityParameter } from './SensitivityResults.js';
import type { TornadoParameter } from './tornado.js';
import { tornadoPoints } from './tornado.js';

/** The model evaluations of a sensitivity analysis, as scenarios. */
export interface SensitivityDesign {
  readonly parameters: readonly UncertainParameter[];
  /** Each parameter's nominal value and tornado ends (2.5 % and 97.5 % quantiles). */
  readonly ranges: readonly SensitivityParameter[];
  readonly design: SaltelliSample;
  /**
   * One scenario per evaluation: first the 2d + 1 tornado points (tornadoPoints order), then the Saltelli rows
   * of A, of B and of each A_B^(i) in turn (N each). Every one has the scenario's seed and `patients`.
   */
  readonly scenarios: readonly ResolvedScenario[];
}

/**
 * Lays out a sensitivity analysis of a scenario's uncertain parameters: the tornado points (each parameter alone
 * at its 2.5 % and 97.5 % quantiles, the others nominal) and a Saltelli design of N rows (saltelliSample with
 * `namedGenerator(seed, 'saltelli', 0)`; a column's uniforms mapped by the parameter's inverse CDF), each point
 * a copy of the scenario with the values substituted and the patient count set.
 * @param scenario - a validated scenario with an `uncertainty` section
 * @param samples - N, Saltelli rows (≥ 2)
 * @param patients - virtual patients per evaluation
 * @returns the parameters, their ranges, the design and the (2d + 1) + N(d + 2) scenarios
 * @throws Error when the scenario has no uncertain parameter, when its parameters are correlated (the indices
 *   assume independent inputs: correlationRefusal), or a point is not a valid scenario (possible only when two
 *   parameters bound one distribution; the message names the point)
 */
export function sensitivityDesign(scenario: ResolvedScenario, samples: number, patients: number): SensitivityDesign {
  const parameters = uncertainParameters(scenario);
  if (parameters.length === 0) throw new Error('the scenario has no uncertain parameters: add an uncertainty section (docs/uncertainty.md)');
  const refusal = correlationRefusal(scenario);
  if (refusal !== undefined) throw new Error(refusal);
  const ranges: SensitivityParameter[] = parameters.map((p) => ({
    path: p.path,
    label: p.label,
    distribution: p.distribution,
    nominal: p.nominal,
    low: sampleDistribution(p.distribution, 0.025),
    high: sampleDistribution(p.distribution, 0.975),
  }));
  const d = parameters.length;
  const design = saltelliSample(d, samples, namedGenerator(scenario.seed, 'saltelli', 0));
  const rows: number[][] = tornadoPoints(ranges.map((r): TornadoParameter => ({ name: r.label, nominal: r.nominal, low: r.low, high: r.high })));
  for (const matrix of [design.a, design.b, ...design.ab]) {
    for (let j = 0; j < samples; j++) {
      rows.push(parameters.map((p, i) => sampleDistribution(p.distribution, matrix[j * d + i])));
    }
  }
  const base = { ...scenario, patients };
  const scenarios = rows.map((values, point) => {
    const set = applyParameterValues(base, parameters, values);
    const problems = parameterSetProblems(set, parameters);
    if (problems.length > 0) {
      const drawn = parameters.map((p, j) => `${p.label} = ${values[j]}`).join(', ');
      throw new Error(`sensitivity point ${point + 1} (${drawn}) is not a valid scenario: ${problems.join('; ')}`);
    }
    return set;
  });
  return { parameters, ranges, design, scenarios };
}
