import type { ResolvedScenario } from './ResolvedScenario.js';

/**
 * A scenario without its `uncertainty` section: the nominal parameter set of a two-level run, and the form every
 * parameter set takes before it is compiled. Every other field (including ones this module does not know) is
 * kept as is, so the nominal set's results equal those of the same file without the section.
 * @param scenario - a resolved scenario
 * @returns the same scenario minus `uncertainty` (a shallow copy; the scenario itself when it has none)
 */
export function nominalScenario(scenario: ResolvedScenario): ResolvedScenario {
  if (scenario.uncertainty === undefined) return scenario;
  const { uncertainty, ...rest } = scenario;
  void uncertainty;
  return rest;
}
