import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { pathwayOffsets } from './PathwayPlan.js';
import type { ArmDiagnosis } from './TrialResults.js';

/**
 * The diagnosis of arm a from the pathway section of a complete accumulator (PartialLayout): misdiagnosed and
 * mistreated patients among the arm's valid patients with Wilson 95% intervals, and the crude control of the
 * mistreated as treated and under the right treatment.
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan
 * @param a - arm index
 * @returns the arm's diagnosis, or undefined for an arm without treatmentBySubtype or treatmentByGrade
 */
export function armDiagnosis(accumulator: Accumulator, plan: EnginePlan, a: number): ArmDiagnosis | undefined {
  const arm = plan.scenario.arms[a];
  if (plan.pathway?.routing[a] === undefined || arm === undefined) return undefined;
  const { layout, counts } = accumulator;
  const patients = counts[layout.validPatients];
  const at = layout.pathwayCounts + a * layout.pathwayStride;
  const o = pathwayOffsets;
  const misdiagnosed = counts[at + o.misdiagnosed];
  const mistreated = counts[at + o.mistreated];
  const controlled = counts[at + o.mistreatedControlled];
  const controlledIfRight = counts[at + o.mistreatedControlledIfRight];
  const misgraded = counts[at + o.misgraded];
  const partial = counts[at + o.partial];
  const share = (events: number, of: number): number => (of > 0 ? events / of : Number.NaN);
  return {
    treatmentBySubtype: arm.treatmentBySubtype ?? [],
    ...(arm.treatmentByGrade === undefined ? {} : { treatmentByGrade: arm.treatmentByGrade }),
    misdiagnosis: arm.pathway?.misdiagnosis ?? 'none',
    review: arm.pathway?.review ?? 0,
    patients,
    misdiagnosed,
    misdiagnosedRate: share(misdiagnosed, patients),
    misdiagnosedRateCi95: wilsonInterval(misdiagnosed, patients),
    mistreated,
    mistreatedRate: share(mistreated, patients),
    mistreatedRateCi95: wilsonInterval(mistreated, patients),
    mistreatedControlled: share(controlled, mistreated),
    mistreatedControlledIfRight: share(controlledIfRight, mistreated),
    misgraded,
    misgradedRate: share(misgraded, patients),
    misgradedRateCi95: wilsonInterval(misgraded, patients),
    partialDiscordance: partial,
    partialDiscordanceRate: share(partial, patients),
    partialDiscordanceRateCi95: wilsonInterval(partial, patients),
  };
}
