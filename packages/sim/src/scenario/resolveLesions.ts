import type { LesionsInput } from './ScenarioInput.js';
import type { ResolvedLesions } from './ResolvedScenario.js';
import { maxLesionCount } from './lesionsSchema.js';

/**
 * The lesions of an arm as the engine reads them: count shares as a list indexed by count − 1, cut after the
 * largest count with a positive share (so the arm draws lesion streams only up to that count), and a copy of the
 * diameter distribution (cm).
 * @param lesions - validated by lesionsSchema (keys '1' … '10', shares summing to 1)
 * @returns the resolved lesions
 */
export function resolveLesions(lesions: LesionsInput): ResolvedLesions {
  const shares = Array.from({ length: maxLesionCount }, (_, i) => {
    const key = String(i + 1);
    return Object.hasOwn(lesions.count, key) ? (lesions.count[key] ?? 0) : 0;
  });
  let largest = shares.length;
  while (largest > 1 && shares[largest - 1] === 0) largest--;
  const diameter = lesions.diameter;
  return { countShares: shares.slice(0, largest), diameter: typeof diameter === 'number' ? diameter : { ...diameter } };
}
