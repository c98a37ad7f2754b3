import { formatPercent } from '../charts/formatPercent.js';
import type { TrialResults } from '../cohort/TrialResults.js';

/** Column heads of {@link diagnosisRows}. */
export const diagnosisHeads: readonly string[] = [
  'arm',
  'misdiagnosis',
  'review (%)',
  'wrong subtype (%)',
  'wrong grade (%)',
  'treated otherwise (%)',
  'their LC as treated (%)',
  'their LC if right (%)',
];

/**
 * One row of text cells per arm with `treatmentBySubtype`, for the terminal table and the report: its misdiagnosis
 * and review, the misdiagnosed patients (subtype), those with a wrong grade, and those treated otherwise than their true subtype and grade choose (Wilson 95%,
 * %), and the crude local control of the latter as treated and under the right treatment (— without any).
 * @param results - the results of a run
 * @returns the rows, arm id first; none when no arm chooses its treatment by diagnosis
 */
export function diagnosisRows(results: TrialResults): string[][] {
  return results.arms.flatMap((arm) => {
    const d = arm.diagnosis;
    if (d === undefined) return [];
    const rate = (value: number, ci: readonly [number, number]): string => `${formatPercent(value)} [${formatPercent(ci[0])}, ${formatPercent(ci[1])}]`;
    const control = (value: number): string => (Number.isFinite(value) ? formatPercent(value) : '—');
    return [[
      arm.id,
      d.misdiagnosis,
      formatPercent(d.review),
      rate(d.misdiagnosedRate, d.misdiagnosedRateCi95),
      rate(d.misgradedRate, d.misgradedRateCi95),
      rate(d.mistreatedRate, d.mistreatedRateCi95),
      control(d.mistreatedControlled),
      control(d.mistreatedControlledIfRight),
    ]];
  });
}
