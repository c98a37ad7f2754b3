import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/**
 * Why `rtsim sensitivity` does not analyse a scenario whose uncertain parameters are correlated, or nothing when
 * they are independent. The Saltelli design draws each input independently, the first-order and total Sobol
 * indices (Saltelli 2010, Jansen 1999) decompose the output's variance only for independent inputs, and the tornado
 * moves one parameter while the others stay nominal, which a correlated partner would not; so with correlations the
 * indices would answer a question about another model (docs/uncertainty.md, "Correlated parameters").
 * @param scenario - a validated scenario
 * @returns the reason, naming the correlated pairs, or undefined when the scenario has no correlations
 */
export function correlationRefusal(scenario: ResolvedScenario): string | undefined {
  const section = scenario.uncertainty;
  const correlations = section?.correlations ?? [];
  if (section === undefined || correlations.length === 0) return undefined;
  const label = (j: number): string => `'${section.parameters[j]?.label ?? j}'`;
  const pairs = correlations.map(({ parameters: [i, j], rho }) => `${label(i)} ~ ${label(j)}, rho = ${rho}`).join('; ');
  return (
    `the uncertain parameters are correlated (${pairs}), but the tornado and the Sobol indices assume independent parameters ` +
    '(the Saltelli design draws them independently, and the Jansen and Saltelli estimators split the variance only for independent inputs), ' +
    'so they would not be valid here. Remove uncertainty.correlations to rank the parameters as if independent, and read the ranking with that in mind ' +
    '(docs/uncertainty.md, "Correlated parameters")'
  );
}
