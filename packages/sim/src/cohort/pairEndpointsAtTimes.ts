import type { EndpointsAtTime } from './EndpointsAtTime.js';
import type { ArmComparison, PairedSurvivalAtTime } from './TrialResults.js';

/**
 * A compared pair's paired differences a − b at each `followUp.at` time, for the endpoints armEndpointsAtTimes reads
 * per arm that are proportions of the same patients (not DMFS and DSS, Kaplan–Meier estimates whose censoring differs
 * between the arms), read from its results: local control, death ignored as in the arms' (localControlAtTimes), with
 * `metastasis` the cumulative incidence of metastasis (competingEvents.distantMetastasisFreeSurvival.incidenceAtTimes,
 * death a competing event, as the arm's) and overall survival (competingEvents.overallSurvival.atTimes), with
 * `progression` progression-free survival (progression.progressionFreeSurvival.atTimes). Overall survival after SBRT
 * is the same in every arm (no difference), so it is not among them.
 * @param pair - the pair's results (summarize)
 * @returns one entry per time, in `followUp.at` order (a difference null beyond the horizon); undefined when the pair
 *   carries no paired difference
 */
export function pairEndpointsAtTimes(pair: ArmComparison): EndpointsAtTime<PairedSurvivalAtTime>[] | undefined {
  const localControl = pair.localControlAtTimes;
  const metastasis = pair.competingEvents?.distantMetastasisFreeSurvival?.incidenceAtTimes;
  const survival = pair.competingEvents?.overallSurvival?.atTimes;
  const progression = pair.progression?.progressionFreeSurvival.atTimes;
  // Every one of them has an entry per `followUp.at` time (summarize), so entry i of each is the same time.
  const times = localControl ?? metastasis ?? progression;
  // Beyond the horizon a difference is null, as an arm's endpoint is.
  const cell = (entry: PairedSurvivalAtTime | undefined): PairedSurvivalAtTime | null => (entry === undefined || entry.difference === null ? null : entry);
  return times?.map((at, i) => ({
    years: at.years,
    ...(localControl === undefined ? {} : { localControl: cell(localControl[i]) }),
    ...(metastasis === undefined ? {} : { metastasisIncidence: cell(metastasis[i]) }),
    ...(progression === undefined ? {} : { progressionFreeSurvival: cell(progression[i]) }),
    ...(survival === undefined ? {} : { overallSurvival: cell(survival[i]) }),
  }));
}
