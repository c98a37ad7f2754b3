import type { TrialResults } from '../cohort/TrialResults.js';
import { mapEndpointsAtTime } from '../cohort/mapEndpointsAtTime.js';
import type { DrawOutcome, EndpointsAtTimeOutcome } from './drawOutcome.js';
import { drawOutcome } from './drawOutcome.js';
import { outerSummary } from './outerSummary.js';
import type { ParameterSets } from './parameterSets.js';
import type { UncertainEndpointsAtTime, UncertaintyResults } from '../cohort/UncertaintyResults.js';

/**
 * One arm's endpoints (or one pair's differences) at one follow-up time over the sets (outerSummary); null where the
 * nominal set has none (beyond the horizon, the same in every set).
 * @param group - `arm ID` or `pair A − B`, for the message
 * @throws RangeError naming the set and time when a set lacks an endpoint the nominal set has: every set has the
 *   nominal set's follow-up, so that is a broken invariant, and a NaN would pass into the summary unseen
 */
function summarizeAtTime(nominal: EndpointsAtTimeOutcome, draws: readonly (EndpointsAtTimeOutcome | undefined)[], group: string): UncertainEndpointsAtTime {
  return mapEndpointsAtTime(nominal, (own, field) => {
    const cells = draws.map((times, k) => {
      const cell = times?.[field];
      if (cell === null || cell === undefined) throw new RangeError(`parameter set ${k + 1} has no ${field} of ${group} at ${nominal.years} y, which the nominal set has`);
      return cell;
    });
    return outerSummary(own.value, cells.map((cell) => cell.value), cells.map((cell) => cell.se));
  });
}

/**
 * The two-level summary of a run: the parameters and their draws (and the correlations they were drawn with, when
 * there are any), per arm its control rate and, with `followUp.at`, its endpoints at those times (local control;
 * with `metastasis` also the cumulative incidence of metastasis and overall survival; with `progression` PFS and OS),
 * per pair the difference in control rate and, with `followUp.at`, the paired differences of those endpoints (local
 * control, death ignored as in the arms'; pairEndpointsAtTimes), each over the K parameter sets (outerSummary), and
 * P(a beats b) in control rate with its sampling error.
 * @param sets - the parameter sets that were run (parameterSets)
 * @param nominal - results of the nominal set (set 0)
 * @param draws - the outcome of each draw k = 0 … K − 1 (drawOutcome of set 1 + k)
 * @returns the `uncertainty` field of TrialResults
 * @throws RangeError when the number of outcomes differs from the number of draws
 */
export function summarizeUncertainty(sets: ParameterSets, nominal: TrialResults, draws: readonly DrawOutcome[]): UncertaintyResults {
  const k = sets.values.length;
  if (draws.length !== k) throw new RangeError(`expected ${k} draw outcomes, got ${draws.length}`);
  const base = drawOutcome(nominal);
  const column = (pick: (outcome: DrawOutcome) => { value: number; se: number }): { values: number[]; ses: number[] } => ({
    values: draws.map((outcome) => pick(outcome).value),
    ses: draws.map((outcome) => pick(outcome).se),
  });
  return {
    draws: k,
    seeding: 'common-random-numbers',
    parameters: sets.parameters.map((parameter, j) => ({
      path: parameter.path,
      label: parameter.label,
      distribution: parameter.distribution,
      nominal: parameter.nominal,
      draws: sets.values.map((row) => row[j]),
    })),
    ...(sets.correlations.length === 0
      ? {}
      : {
          correlations: sets.correlations.map(({ parameters: [i, j], rho }) => {
            const a = sets.parameters[i];
            const b = sets.parameters[j];
            return { between: [a?.path ?? '', b?.path ?? ''] as const, labels: [a?.label ?? '', b?.label ?? ''] as const, rho };
          }),
        }),
    arms: nominal.arms.map((arm, a) => {
      const { values, ses } = column((outcome) => outcome.arms[a]);
      const atTimes = base.arms[a]?.atTimes?.map((at, t) => summarizeAtTime(at, draws.map((outcome) => outcome.arms[a]?.atTimes?.[t]), `arm ${arm.id}`));
      return { id: arm.id, controlRate: outerSummary(base.arms[a]?.value ?? Number.NaN, values, ses), ...(atTimes === undefined ? {} : { atTimes }) };
    }),
    comparisons: nominal.comparisons.map((pair, p) => {
      const { values, ses } = column((outcome) => outcome.pairs[p]);
      const wins = values.reduce((sum, d) => sum + (d > 0 ? 1 : d === 0 ? 0.5 : 0), 0);
      const probability = k > 0 ? wins / k : Number.NaN;
      const atTimes = base.pairs[p]?.atTimes?.map((at, t) => summarizeAtTime(at, draws.map((outcome) => outcome.pairs[p]?.atTimes?.[t]), `pair ${pair.a} − ${pair.b}`));
      return {
        a: pair.a,
        b: pair.b,
        controlRateDifference: outerSummary(base.pairs[p]?.value ?? Number.NaN, values, ses),
        probabilityABetter: probability,
        probabilityABetterSe: Math.sqrt((probability * (1 - probability)) / k),
        ...(atTimes === undefined ? {} : { atTimes }),
      };
    }),
  };
}
