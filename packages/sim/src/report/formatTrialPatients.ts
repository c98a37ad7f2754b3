/**
 * Largest patients-per-arm count printed as a number: above it a trial is not feasible and the exact figure (a near
 * tie can ask for billions) says nothing more, so it is printed as `> 10⁶`.
 */
export const trialPatientsShown: number = 1_000_000;

/**
 * The patients per arm a real trial would need, as the terminal table, report.html and the viewer print it: the
 * whole number up to {@link trialPatientsShown}, `> 10⁶` above it, `—` when no trial can tell the arms apart (equal
 * control rates, `null` in results.json). results.json keeps the exact number.
 * @param patients - `trialPatientsPerArm` of a comparison (a whole number ≥ 1, or null)
 * @returns the text
 */
export function formatTrialPatients(patients: number | null): string {
  if (patients === null || !Number.isFinite(patients)) return '—';
  return patients > trialPatientsShown ? '> 10⁶' : String(patients);
}
