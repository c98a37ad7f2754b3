import type { Schedule } from '@rtsim/core';
import type { ResolvedModifier } from '../scenario/ResolvedScenario.js';

// Its 1-based fraction numbers, else its day window fromDay ≤ day ≤ toDay (ends open when absent), else every fraction.
function accompaniesFraction(modifier: ResolvedModifier, index: number, day: number): boolean {
  if (modifier.fractions !== undefined) return modifier.fractions.includes(index + 1);
  return (modifier.fromDay === undefined || day >= modifier.fromDay) && (modifier.toDay === undefined || day <= modifier.toDay);
}

/**
 * The fractions as the tumour's LQ terms see them (models.md, "Dose-modifying agent": α·DMF, β·DMF²): each dose
 * multiplied by the product of the dose-modifying factors of the modifiers accompanying that fraction, so that
 * −ln S = Σ α·DMFᵢdᵢ + β·(DMFᵢdᵢ)² (with repair: the Lea–Catcheside and interaction terms of the scaled doses, which
 * is what a DMF on the whole course does in core's survival functions).
 * @param fractions - the physical schedule
 * @param modifiers - the arm's modifiers (may be absent)
 * @returns `fractions` itself when no factor other than 1 applies (so unmodified arms compute exactly as before), else
 *   a new schedule with the same days and durations
 */
export function modifiedSchedule(fractions: Schedule, modifiers: readonly ResolvedModifier[] | undefined): Schedule {
  const factors = fractions.map((fraction, i) =>
    (modifiers ?? []).reduce((product, m) => (m.doseModifyingFactor !== 1 && accompaniesFraction(m, i, fraction.day) ? product * m.doseModifyingFactor : product), 1),
  );
  if (factors.every((factor) => factor === 1)) return fractions;
  return fractions.map((fraction, i) => ({ ...fraction, dose: fraction.dose * factors[i] }));
}
