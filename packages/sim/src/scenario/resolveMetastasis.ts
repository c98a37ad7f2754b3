import { fixedDistributionValue, metastasisDefaults } from '@rtsim/core';
import type { ResolvedMetastasis } from './ResolvedScenario.js';
import type { MetastasisInput } from './ScenarioInput.js';

/**
 * The `metastasis` section resolved: its era, or the library's reference year of survival after metastasis
 * (`metastasisDefaults.survivalEraReferenceYear`, 2004) when the file gives none.
 * @param input - a validated `metastasis` section
 * @returns its resolved form
 */
export function resolveMetastasis(input: MetastasisInput): ResolvedMetastasis {
  return { era: input.era ?? fixedDistributionValue(metastasisDefaults.survivalEraReferenceYear.value) };
}
