/**
 * The first and last day of a course's fractions (days from the first fraction), or undefined when the course delivers
 * no dose: a surgery-alone arm is written as one 0 Gy fraction, and has no span for an operation to fall before, after
 * or within. The one rule by which the complications models (compileComplications) and the plausibility note on
 * surgery within a course (surgeryTimingNote) place an operation.
 * @param fractions - the course's fractions, each with its day and dose (Gy)
 * @returns `[first, last]`, or undefined when no fraction has a dose above 0
 */
export function deliveredCourseSpan(fractions: readonly { readonly day: number; readonly dose: number }[]): readonly [first: number, last: number] | undefined {
  if (!fractions.some((fraction) => fraction.dose > 0)) return undefined;
  const first = fractions.reduce((day, fraction) => Math.min(day, fraction.day), Infinity);
  const last = fractions.reduce((day, fraction) => Math.max(day, fraction.day), -Infinity);
  return [first, last];
}
