import { patientSlots, slotsPerPatient } from '../random/patientSlots.js';
import type { PatientSlot } from '../random/patientSlots.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';

/** The domain each slot's draw must fall in, as a reader of the scenario file would write it. */
const domains: Partial<Record<PatientSlot, string>> = {
  alpha: 'alpha ≥ 0 (1/Gy); with rsi: RSI in (0, 1], and RSI ≤ e^(−4β) = 0.8187 at β = 0.05',
  alphaBeta: 'alphaBeta > 0 (Gy)',
  doublingTime: 'doublingTime > 0 (days)',
  kickoffTime: 'kickoffTime ≥ 0 (days)',
  clonogenDensity: 'clonogenDensity > 0 and finite (per cm³)',
  tumourSize: 'tumour volume or diameter > 0 and finite',
  hypoxicFraction: 'hypoxicFraction in [0, 1]',
  oer: 'oer ≥ 1 and finite',
  repairHalfTimeHours: 'repairHalfTimeHours > 0 (hours)',
  postTreatmentDoublingTime: 'postTreatmentDoublingTime > 0 (days)',
  detectionClonogens: 'detectionClonogens (or detectionVolume) > 0 and finite',
  residualFraction: 'surgery residualFraction > 0',
};

const slotNames = Object.keys(patientSlots) as PatientSlot[];

/**
 * Explains why a run has invalid patients: per subtype, which parameter drew values outside its domain and how
 * often (a distribution that allows them, e.g. a normal α without `min: 0`), or how often the survival arithmetic
 * gave NaN, naming the arms on the universal survival curve and their α limit 1/D₀ when there are some.
 * @param accumulator - totals of the run
 * @param plan - the run's plan
 * @returns the message, or undefined when every patient was valid
 */
export function invalidPatientsMessage(accumulator: Accumulator, plan: EnginePlan): string | undefined {
  const { layout, counts } = accumulator;
  const invalid = counts[layout.invalidPatients] ?? 0;
  if (invalid === 0) return undefined;
  const total = invalid + (counts[layout.validPatients] ?? 0);
  const lines: string[] = [];
  let survivalNaN = false;
  for (const [s, subtype] of plan.subtypes.entries()) {
    const row = layout.problems + s * layout.problemStride;
    for (let j = 0; j < layout.problemStride; j++) {
      const n = counts[row + j] ?? 0;
      if (n === 0) continue;
      const slot = slotNames[j];
      const what =
        j === slotsPerPatient || slot === undefined
          ? 'the survival arithmetic gave NaN'
          : `${slot} drew values outside its domain (${domains[slot] ?? 'invalid'})`;
      lines.push(`  subtype "${subtype.id}": ${what} in ${n} patient${n === 1 ? '' : 's'}`);
      if (j === slotsPerPatient) survivalNaN = true;
    }
  }
  // Validation refuses a D₀ that more than one patient in a million reaches (uscDomainProblems); a rarer one lands here.
  const usc = plan.scenario.arms.flatMap((arm) => (arm.survival.model === 'usc' ? [`${arm.id} (α < ${Number((1 / arm.survival.d0).toPrecision(4))} Gy⁻¹)`] : []));
  if (survivalNaN && usc.length > 0) {
    lines.push(`  the universal survival curve has no value for a patient with α ≥ 1/D₀: arms ${usc.join(', ')}`);
  }
  return (
    `${invalid} of ${total} virtual patients could not be simulated, so no results were produced:\n${lines.join('\n')}\n` +
    'Restrict the values and distributions to the parameter domains, in double precision too (a diameter of 1e110 cm has ' +
    'no finite volume); for a normal distribution, give min and max.'
  );
}
