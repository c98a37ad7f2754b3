import { fixedPointToNumber } from '../stats/fixedPointToNumber.js';
import { kaplanMeierFromBins } from '../stats/kaplanMeierFromBins.js';
import { logRankTest } from '../stats/logRankTest.js';
import { mcnemarTest } from '../stats/mcnemarTest.js';
import { meanAndStandardError } from '../stats/meanAndStandardError.js';
import { pairedDifference } from '../stats/pairedDifference.js';
import { twoProportionSampleSize } from '../stats/twoProportionSampleSize.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { blockSize } from './blockSize.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { invalidPatientsMessage } from './invalidPatientsMessage.js';
import { localControlAt } from './localControlAt.js';
import { localControlAtTimes } from './localControlAtTimes.js';
import { metastasisRecord } from './metastasisRecord.js';
import { tcpHistogramBins } from './timeBins.js';
import { competingEventsBins } from './competingEventsBins.js';
import { competingEventsComparison } from './competingEventsComparison.js';
import type { ArmComparison, ArmGard, ArmResult, GroupOutcome, MarkerOutcome, PairOutcome, PrescribedDose, StratumOutcome, TrialResults } from './TrialResults.js';
import { localControlStrata, stratumDimension } from './LocalControlPlan.js';
import { armProgression } from './armProgression.js';
import { progressionBins } from './progressionBins.js';
import { progressionComparison } from './progressionComparison.js';
import { withPairedProgressionTimes, withPairedTimes } from './withPairedTimes.js';
import { pairedEndpoint } from './pairedEndpoint.js';
import { pairedSurvivalAtTimes } from './pairedSurvivalAtTimes.js';
import { armLesions } from './armLesions.js';
import { armComplications } from './armComplications.js';
import { complicationComparisons } from './complicationComparisons.js';
import { therapeuticRatio } from './therapeuticRatio.js';
import { armPathway } from './armPathway.js';
import { armDiagnosis } from './armDiagnosis.js';
import { competingEventsOutcome } from './competingEventsOutcome.js';

/** What the results record besides the simulation: the toolkit version and the scenario's hash. */
export interface SummaryMeta {
  /** rtsim version string. */
  readonly version: string;
  /** Hash of the scenario file (computed by the caller, e.g. SHA-256 of its text). */
  readonly scenarioHash: string;
}

/** Totals of one group (an arm, or a pair of arms) over a set of subtypes, read from the accumulator. */
interface GroupTotals {
  n: number;
  sum: bigint;
  sumSquares: bigint;
}

function armGroup(acc: Accumulator, arm: number, subtypes: readonly number[]): GroupTotals & { controlled: number; histogram: number[]; failures: number[] } {
  const { layout, counts, sums } = acc;
  const histogram = new Array<number>(tcpHistogramBins).fill(0);
  const failures = new Array<number>(layout.timeBins).fill(0);
  let n = 0;
  let sum = 0n;
  let sumSquares = 0n;
  let controlled = 0;
  for (const s of subtypes) {
    const cell = arm * layout.subtypes + s;
    n += counts[layout.subtypePatients + s];
    sum += sums[layout.armSums + 2 * cell];
    sumSquares += sums[layout.armSums + 2 * cell + 1];
    const at = layout.armCounts + cell * layout.armStride;
    controlled += counts[at];
    for (let h = 0; h < tcpHistogramBins; h++) histogram[h] += counts[at + 1 + h];
    for (let t = 0; t < layout.timeBins; t++) failures[t] += counts[at + 1 + layout.histogramBins + t];
  }
  return { n, sum, sumSquares, controlled, histogram, failures };
}

function armStrata(acc: Accumulator, plan: EnginePlan, arm: number): StratumOutcome[] {
  const { layout, counts } = acc;
  const outcomes: StratumOutcome[] = [];
  localControlStrata.forEach((stratum, q) => {
    const at = layout.stratumCounts + (arm * layout.strata + q) * layout.stratumStride;
    const n = counts[at];
    if (n === 0) return;
    const controlled = counts[at + 1];
    const failures = Array.from({ length: layout.timeBins }, (_, t) => counts[at + 2 + t]);
    const curve = kaplanMeierFromBins(failures, new Array<number>(failures.length).fill(0), n);
    outcomes.push({
      by: stratumDimension(q),
      stratum,
      patients: n,
      controlled,
      controlRate: controlled / n,
      controlCi95: wilsonInterval(controlled, n),
      localControl: localControlAt(curve, plan.binDays),
      localControlCurve: Array.from(curve),
      ...localControlAtTimes(curve, n, plan),
      ...(layout.competingEvents === 1 ? { competingEvents: competingEventsOutcome(acc, plan, arm, 1 + q, n, false) } : {}),
    });
  });
  return outcomes;
}

function groupOutcome(acc: Accumulator, plan: EnginePlan, arm: number, subtypes: readonly number[]): GroupOutcome {
  const group = armGroup(acc, arm, subtypes);
  const { mean, se } = meanAndStandardError(fixedPointToNumber(group.sum), fixedPointToNumber(group.sumSquares), group.n);
  // Every patient not failed within the horizon is censored at its end, after the last bin: no censoring inside.
  // A group without patients (a subtype of small weight) has no local control to estimate: NaN (null in JSON),
  // not the Kaplan–Meier empty product of 1.
  const curve = group.n === 0
    ? new Float64Array(group.failures.length).fill(NaN)
    : kaplanMeierFromBins(group.failures, new Array<number>(group.failures.length).fill(0), group.n);
  return {
    patients: group.n,
    meanTcp: mean,
    meanTcpSe: se,
    controlled: group.controlled,
    controlRate: group.controlled / group.n,
    controlCi95: wilsonInterval(group.controlled, group.n),
    localControl: localControlAt(curve, plan.binDays),
    tcpHistogram: { binWidth: 1 / tcpHistogramBins, counts: group.histogram },
    localControlCurve: Array.from(curve),
    ...localControlAtTimes(curve, group.n, plan),
  };
}

/**
 * τ of the competing-event comparisons: the last `followUp.at` time, else the horizon (years). Validation keeps the
 * times increasing, after 0 and within the horizon, which the bins reach (timeBinCount).
 */
function restrictedMeanYears(plan: EnginePlan): number {
  const times = plan.scenario.followUp.at ?? [];
  return times[times.length - 1] ?? plan.scenario.followUp.years;
}

function pairOutcome(acc: Accumulator, a: number, b: number, pair: number, subtypes: readonly number[]): PairOutcome {
  const { layout, counts, sums } = acc;
  let sum = 0n;
  let sumSquares = 0n;
  let aOnly = 0;
  let bOnly = 0;
  for (const s of subtypes) {
    const cell = pair * layout.subtypes + s;
    sum += sums[layout.pairSums + 2 * cell];
    sumSquares += sums[layout.pairSums + 2 * cell + 1];
    aOnly += counts[layout.pairCounts + 2 * cell];
    bOnly += counts[layout.pairCounts + 2 * cell + 1];
  }
  const groupA = armGroup(acc, a, subtypes);
  const groupB = armGroup(acc, b, subtypes);
  const difference = pairedDifference(fixedPointToNumber(sum), fixedPointToNumber(sumSquares), groupA.n);
  const none = new Array<number>(layout.timeBins).fill(0);
  const logRank = logRankTest(
    { events: groupA.failures, censored: none, atRiskStart: groupA.n },
    { events: groupB.failures, censored: none, atRiskStart: groupB.n },
  );
  const trialPatients = twoProportionSampleSize(groupA.controlled / groupA.n, groupB.controlled / groupB.n);
  return {
    meanTcpDifference: difference.mean,
    meanTcpDifferenceCi95: difference.ci95,
    discordant: { aOnly, bOnly },
    mcnemarP: mcnemarTest(aOnly, bOnly).pValue,
    logRankP: logRank.pValue,
    trialPatientsPerArm: Number.isFinite(trialPatients) ? trialPatients : null,
  };
}

function armGard(acc: Accumulator, plan: EnginePlan, arm: number): ArmGard {
  const { layout, counts, sums } = acc;
  const edges = plan.extras?.gardEdges ?? new Float64Array(0);
  const patients = counts[layout.validPatients];
  const bands = Array.from({ length: layout.gardBands }, (_, band) => {
    const at = layout.gardCounts + 2 * (arm * layout.gardBands + band);
    const n = counts[at];
    const controlled = counts[at + 1];
    return {
      from: band === 0 ? 0 : edges[band - 1],
      to: band < edges.length ? edges[band] : null,
      patients: n,
      controlled,
      controlRate: controlled / n,
      controlCi95: wilsonInterval(controlled, n),
    };
  });
  return { mean: fixedPointToNumber(sums[layout.gardSums + arm]) / patients, bands };
}

function armMarkers(acc: Accumulator, plan: EnginePlan, arm: number): MarkerOutcome[] {
  const { layout, counts, sums } = acc;
  const markers = plan.extras?.markers ?? [];
  return markers.flatMap((marker, m) =>
    (['positive', 'negative'] as const).map((status, st) => {
      const cell = 2 * (arm * layout.markers + m) + st;
      const n = counts[layout.markerCounts + 2 * cell];
      const controlled = counts[layout.markerCounts + 2 * cell + 1];
      return {
        marker,
        status,
        patients: n,
        meanTcp: fixedPointToNumber(sums[layout.markerSums + cell]) / n,
        controlled,
        controlRate: controlled / n,
        controlCi95: wilsonInterval(controlled, n),
      };
    }),
  );
}

function armPrescribedDose(acc: Accumulator, arm: number): PrescribedDose {
  const { layout, counts, sums } = acc;
  const n = counts[layout.validPatients];
  const sum = fixedPointToNumber(sums[layout.doseSums + 2 * arm]);
  const sumSquares = fixedPointToNumber(sums[layout.doseSums + 2 * arm + 1]);
  const mean = sum / n;
  // Σ(D − D̄)² = ΣD² − (ΣD)²/n; rounding can leave a tiny negative for equal doses, which is 0.
  const variance = Math.max(0, (sumSquares - sum * mean) / (n - 1));
  const max = fixedPointToNumber(sums[layout.doseExtremes + 2 * arm]);
  const min = -fixedPointToNumber(sums[layout.doseExtremes + 2 * arm + 1]);
  return {
    mean,
    sd: min === max ? 0 : Math.sqrt(variance),
    min,
    max,
    clamped: { atMinDose: counts[layout.clampCounts + 2 * arm], atMaxDose: counts[layout.clampCounts + 2 * arm + 1] },
  };
}

/**
 * Turns a complete accumulator into the trial results (results.json): per arm and per subtype within it, mean
 * TCP ± SE, control rate with its Wilson 95% interval, Kaplan–Meier local control from the binned failures
 * (censored at the horizon) at 1, 2 and 5 years and per bin, the TCP histogram and the arm's NTCP; per compared
 * pair of arms (comparisonPairs: by default the first arm with each other), overall and by subtype, the paired TCP difference with its 95% interval, the discordant pairs with
 * McNemar's p, the log-rank p, and the patients per arm a two-arm trial would need (two proportions, two-sided
 * α = 0.05, power 0.8); with `background`, LRFS and LC with death censored compared (competingEventsComparison). When the scenario uses them, per arm also: mean GARD and control by GARD band, outcome by
 * marker status, and the total physical dose per patient (mean, SD, min, max, clamped patients); with `background`,
 * per arm and stratum the competing-event endpoints (competingEventsOutcome); with `complications`, per arm with an
 * operation before or after its radiotherapy the complication rates (armComplications) and per pair of such arms their
 * comparisons (complicationComparisons); an arm prescribed
 * by GARD target reports the mean of its patients' total doses as totalDose.
 *
 * Deterministic: the totals are exact, so the same scenario gives the same object (and the same JSON) whatever
 * the block order, worker count or shard split. Groups too small for a statistic hold NaN there (null in JSON).
 * @param accumulator - totals covering every block of the run
 * @param plan - the run's plan ({@link compilePlan} of the same scenario)
 * @param meta - toolkit version and scenario hash to record
 * @returns the {@link TrialResults}
 * @throws Error when the accumulator belongs to another scenario, blocks are missing, or any patient was invalid
 *   (the message names the subtype, parameter and count; see {@link invalidPatientsMessage})
 */
export function summarize(accumulator: Accumulator, plan: EnginePlan, meta: SummaryMeta): TrialResults {
  if (accumulator.fingerprint !== plan.fingerprint) {
    throw new Error('these partial results belong to a different scenario, seed or patient count');
  }
  let missing = 0;
  let firstMissing = -1;
  for (let k = 0; k < accumulator.blockCount; k++) {
    if (accumulator.covered[k] === 1) continue;
    missing++;
    if (firstMissing < 0) firstMissing = k;
  }
  if (missing > 0) {
    throw new Error(`the results are incomplete: ${missing} of ${accumulator.blockCount} blocks are missing (the first is block ${firstMissing})`);
  }
  const problems = invalidPatientsMessage(accumulator, plan);
  if (problems !== undefined) throw new Error(problems);
  const allSubtypes = plan.subtypes.map((_, s) => s);
  const { layout } = accumulator;
  const arms: ArmResult[] = plan.arms.map((arm, a) => {
    const overall = groupOutcome(accumulator, plan, a, allSubtypes);
    const prescribedDose = layout.prescribed === 1 ? armPrescribedDose(accumulator, a) : undefined;
    const complications = armComplications(accumulator, plan, a);
    const pathway = armPathway(accumulator, plan, a);
    const diagnosis = armDiagnosis(accumulator, plan, a);
    return {
      id: arm.id,
      name: arm.name,
      fractions: arm.fractions,
      totalDose: arm.prescription && prescribedDose !== undefined ? prescribedDose.mean : arm.totalDose,
      overallTime: arm.overallTime,
      controlModel: plan.scenario.arms[a]?.localControl ?? 'clonogen',
      ...overall,
      ...(arm.toxicity === undefined
        ? {}
        : { toxicity: { ...arm.toxicity, uncomplicatedControl: overall.meanTcp * (1 - arm.toxicity.ntcp) } }),
      bySubtype: plan.subtypes.map((subtype, s) => ({ subtype: subtype.id, ...groupOutcome(accumulator, plan, a, [s]) })),
      ...(layout.gardBands > 0 ? { gard: armGard(accumulator, plan, a) } : {}),
      ...(layout.markers > 0 ? { byMarker: armMarkers(accumulator, plan, a) } : {}),
      ...(prescribedDose === undefined ? {} : { prescribedDose }),
      ...(layout.strata > 0 ? { byStratum: armStrata(accumulator, plan, a) } : {}),
      ...(plan.lesions?.arms[a] === undefined ? {} : { lesions: armLesions(accumulator, plan, a) }),
      ...(layout.competingEvents === 1 ? { competingEvents: competingEventsOutcome(accumulator, plan, a, 0, overall.patients, true) } : {}),
      ...(complications === undefined ? {} : { complications }),
      ...(layout.progression === 1 ? { progression: armProgression(accumulator, plan, a, overall.patients) } : {}),
      ...(pathway === undefined ? {} : { pathway }),
      ...(diagnosis === undefined ? {} : { diagnosis }),
    };
  });
  const comparisons: ArmComparison[] = [];
  // τ and the trial-sizing times of the survival comparisons: the plan's, the same for every pair.
  const tauYears = restrictedMeanYears(plan);
  const trialYears = plan.scenario.followUp.at ?? [];
  for (let pair = 0; pair < layout.pairs; pair++) {
    const a = plan.pairArms[2 * pair];
    const b = plan.pairArms[2 * pair + 1];
    const complications = complicationComparisons(accumulator, plan, a, b, pair);
    const outcome = pairOutcome(accumulator, a, b, pair, allSubtypes);
    comparisons.push({
      a: plan.arms[a]?.id ?? '',
      b: plan.arms[b]?.id ?? '',
      ...outcome,
      bySubtype: plan.subtypes.map((subtype, s) => ({ subtype: subtype.id, ...pairOutcome(accumulator, a, b, pair, [s]) })),
      // LC's paired difference at the follow-up times (death ignored, as the arms' LC).
      ...(layout.pairEndpoints > 0
        ? { localControlAtTimes: pairedSurvivalAtTimes(accumulator, plan, pair, pairedEndpoint.localRecurrenceDeathIgnored, accumulator.counts[layout.validPatients]) }
        : {}),
      ...(layout.competingEvents === 1
        ? {
            competingEvents: withPairedTimes(
              competingEventsComparison(
                { ...competingEventsBins(accumulator, a, 0), patients: arms[a].patients },
                { ...competingEventsBins(accumulator, b, 0), patients: arms[b].patients },
                plan.binDays,
                tauYears,
                trialYears,
              ),
              accumulator,
              plan,
              pair,
            ),
          }
        : {}),
      ...(layout.progression === 1
        ? {
            progression: withPairedProgressionTimes(
              progressionComparison(
                { ...progressionBins(accumulator, a), patients: arms[a].patients },
                { ...progressionBins(accumulator, b), patients: arms[b].patients },
                plan.binDays,
                tauYears,
                trialYears,
              ),
              accumulator,
              plan,
              pair,
            ),
          }
        : {}),
      ...(complications === undefined ? {} : { complications }),
      ...(complications === undefined ? {} : { therapeuticRatio: therapeuticRatio(outcome.discordant, arms[a].patients, complications) }),
    });
  }
  return {
    rtsim: { version: meta.version, resultsFormat: 1, model: modelVersion, library: { ...recordedLibrary(plan.scenario) } },
    scenario: { name: plan.scenario.name, hash: meta.scenarioHash },
    seed: plan.seed,
    patients: plan.patients,
    blockSize,
    followUp: {
      years: plan.scenario.followUp.years,
      binDays: plan.binDays,
      ...(plan.scenario.followUp.at === undefined ? {} : { at: [...plan.scenario.followUp.at] }),
    },
    // The scenario's overrides of the local-control model's library values, so the results say what they used.
    ...(plan.scenario.localControlModel === undefined ? {} : { localControlModel: plan.scenario.localControlModel }),
    ...(plan.background === undefined
      ? {}
      : {
          background: {
            lifeTable: plan.background.table.id,
            lifeTableName: plan.background.table.name,
            periodYears: plan.background.table.periodYears,
            femaleShare: plan.background.femaleShare,
          },
        }),
    ...(plan.metastasis === undefined ? {} : { metastasis: metastasisRecord(plan.metastasis, plan.scenario) }),
    ...(plan.progression === undefined
      ? {}
      : {
          progression: {
            era: plan.progression.era,
            newMetastasisRatePerDay: plan.progression.newMetastasisRatePerDay,
            survivalMedianDays: plan.progression.survivalMedianDays,
            survivalSigma: plan.progression.survivalSigma,
          },
        }),
    subtypes: plan.subtypes.map(({ id, name, weight }) => ({ id, name, weight })),
    arms,
    comparisons,
  };
}
