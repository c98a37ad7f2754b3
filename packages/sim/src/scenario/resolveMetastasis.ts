import { fixedDistributionValue, metastasisDefaults } from '@rtsim/core';
import { ownValue } from './ownValue.js';
import type { ResolvedMetastasis } from './ResolvedScenario.js';
import type { InlineSubtypeInput, LibrarySubtypeInput, MetastasisInput, MetastasisModelInput } from './ScenarioInput.js';

/**
 * The `metastasis` section resolved: its era, or the library's reference year of survival after metastasis
 * (`metastasisDefaults.survivalEraReferenceYear`, 2004) when the file gives none; and each subtype's histology
 * effect h_s: the file's `histology` for the subtype's id, else the library's value for its `ref`
 * (`metastasisDefaults.histologyLogOddsRatio`), else 0 (a subtype of the file's own).
 * @param input - a validated `metastasis` section
 * @param subtypes - the cohort's subtypes as written (validated: their ids are unique)
 * @returns its resolved form; `histologyLogOddsRatio` left out when every subtype's is 0, `model` (the file's
 *   overrides of `metastasisDefaults`) when it gives none
 */
export function resolveMetastasis(input: MetastasisInput, subtypes: readonly (LibrarySubtypeInput | InlineSubtypeInput)[]): ResolvedMetastasis {
  // Keyed by the user's ids and refs: ownValue, so no name reaches a record's prototype.
  const histology = subtypes.map((subtype) => {
    const given = ownValue(input.histology, subtype.id ?? ('ref' in subtype ? subtype.ref : ''));
    const entry = 'ref' in subtype ? ownValue(metastasisDefaults.histologyLogOddsRatio, subtype.ref) : undefined;
    // + 0 turns a −0 into 0, so a hash never depends on the sign of a zero.
    return (given ?? (entry === undefined ? 0 : fixedDistributionValue(entry.value))) + 0;
  });
  return {
    era: input.era ?? fixedDistributionValue(metastasisDefaults.survivalEraReferenceYear.value),
    ...(histology.every((value) => value === 0) ? {} : { histologyLogOddsRatio: histology }),
    // A copy, so applyParameterValues can write a drawn value into it without touching the input.
    ...(input.model === undefined ? {} : { model: JSON.parse(JSON.stringify(input.model)) as MetastasisModelInput }),
  };
}
