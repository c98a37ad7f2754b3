import type { EndpointsAtTime } from './EndpointsAtTime.js';
import type { ArmResult } from './TrialResults.js';

/**
 * An arm's endpoints at each `followUp.at` time, read from its results: local control (localControlAtTimes), with
 * `metastasis` DMFS, the cumulative incidence of metastasis, disease-specific and overall survival
 * (competingEvents.metastasis.atTimes), with `progression` progression-free and overall survival (progression.atTimes).
 * The one place that says which result field each endpoint is, for the two-level summaries (drawOutcome) and the
 * sensitivity measures (sensitivityMeasureValue).
 * @param arm - the arm's results (summarize)
 * @returns one entry per time, in `followUp.at` order; undefined without `followUp.at`
 */
export function armEndpointsAtTimes(arm: ArmResult): EndpointsAtTime<number>[] | undefined {
  const metastasis = arm.competingEvents?.metastasis?.atTimes;
  const progression = arm.progression?.atTimes;
  // The same `followUp.at` list gives all three (summarize), so entry i of each is the same time.
  return arm.localControlAtTimes?.map((at, i) => {
    const distant = metastasis?.[i];
    const after = progression?.[i];
    return {
      years: at.years,
      localControl: at.localControl,
      ...(distant === undefined
        ? {}
        : {
            distantMetastasisFreeSurvival: distant.distantMetastasisFreeSurvival,
            metastasisIncidence: distant.metastasisIncidence,
            diseaseSpecificSurvival: distant.diseaseSpecificSurvival,
            overallSurvival: distant.overallSurvival,
          }),
      ...(after === undefined ? {} : { progressionFreeSurvival: after.progressionFreeSurvival, overallSurvival: after.overallSurvival }),
    };
  });
}
