// Every number a run reports is finite, and every probability lies in [0, 1], for any scenario the validator accepts.
//
// What it generates: random scenario documents (scenarioDocumentArbitrary.ts) of three kinds: classic arms (LQ, LQ-L
// and USC survival, list and GARD-prescribed courses, modifiers with markers, organs at risk, RSI, uncertainty);
// tumour arms on the residual-disease model (graded margins, covariates, background life tables, metastasis and its
// model overrides, localControlModel, the diagnostic pathway, treatment by diagnosis, complications with organ doses);
// and SBRT lesion arms (progression, background, pneumonitis). Pre- and postoperative surgery, surgery alone and
// radiotherapy alone, `followUp.at`, one fraction, 100 years of follow-up, shares of 0 and 1 and one-stratum covariate
// mixes all occur, with values at the ends of the ranges the schema allows.
//
// Why: results.json writes NaN and ±∞ as null, so a NaN computed from a legitimate input would reach a paper as a
// blank cell; and an input the engine cannot compute must be refused by validation, with a path and a reason, not
// crash the run. The property, for each document: either parseScenario refuses it with problems that each have a path
// and a message, or runTrial (the front door `rtsim run` uses, in this thread) completes, walking its results finds
// only finite numbers (null or NaN only where TrialResults documents them, and for a group too small only when it is),
// probabilities in [0, 1] and differences of them in [−1, 1], and the files and table `rtsim run` writes from them
// print no NaN or Infinity. Fixed seed and run count: the same documents on every machine, in a few seconds.
//
// What it found is pinned by focused tests: USC arms that passed validation and then stopped the run (uscDomain.test.ts),
// statistics of groups too small for them that the results types did not document (tooSmallGroups.test.ts); a probe
// beyond it, organ doses whose EQD2 overflowed (organDoseBound.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { runTrial } from '../../packages/sim/src/trial/runTrial.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { resultsTables } from '../../packages/sim/src/cli/resultsTables.js';
import { trialFiles } from '../../packages/sim/src/trial/trialFiles.js';
import type { Feature, GeneratedScenario } from './scenarioDocumentArbitrary.js';
import { scenarioDocumentArbitrary } from './scenarioDocumentArbitrary.js';

const propertySeed = 20261213;
const propertyRuns = 70;

/** Keys TrialResults and UncertaintyResults type as `… | null` (beyond the horizon, not estimable, the open last band). */
const nullableKeys = new Set([
  'year1', 'year2', 'year5', 'localControl', 'localRecurrence', 'localControlCi95',
  'localRecurrenceIncidence', 'localRecurrenceIncidenceCi95', 'otherCauseDeathIncidence', 'otherCauseDeathIncidenceCi95',
  'localRecurrenceFreeSurvival', 'localRecurrenceFreeSurvivalCi95',
  'distantMetastasisFreeSurvival', 'distantMetastasisFreeSurvivalCi95', 'metastasisIncidence', 'metastasisIncidenceCi95',
  'diseaseSpecificSurvival', 'diseaseSpecificSurvivalCi95', 'sarcomaDeathIncidence', 'sarcomaDeathIncidenceCi95',
  'overallSurvival', 'overallSurvivalCi95', 'progressionFreeSurvival', 'progressionFreeSurvivalCi95',
  'to', 'trialPatientsPerArm', 'patients', 'patientsCi95', 'controlGainPerComplication', 'trialEvents', 'events',
  'patientsPerArm', 'difference', 'differenceCi95', 'eventInAOnly', 'eventInBOnly', 'trialEventsLrfs', 'trialPatientsPerArmLrfs',
]);

/**
 * Fields TrialResults documents as NaN (null in JSON) wherever they occur: a survival comparison where it is not
 * estimable (SurvivalComparison), the local-control log-rank p (of a pair or a subtype) without a failure while both
 * arms are at risk, and the control of a group of patients that can be empty (ArmDiagnosis, ArmPathway).
 */
const documentedNaN = [
  /\.(competingEvents\.\w+|progression\.(progressionFreeSurvival|overallSurvival))\.(logRankP|hazardRatio|hazardRatioCi95|restrictedMeanDifferenceDays|restrictedMeanDifferenceCi95Days)(\[\d\])?$/,
  /^results\.comparisons\[\d+\](\.bySubtype\[\d+\])?\.logRankP$/,
  /\.diagnosis\.(mistreatedControlled|mistreatedControlledIfRight)$/,
  /\.pathway\.unplannedExcisions\.controlled$/,
];

/**
 * Whether a NaN at `key` of `owner` is one TrialResults documents for a group too small for the statistic: mean TCP,
 * control rate and local-control curve of a group without patients (GroupOutcome, MarkerOutcome, GardBandOutcome), the SE of mean TCP of
 * fewer than 2; a paired difference of a group without patients, its interval with fewer than 2 (PairOutcome); the
 * parameter share of an outer summary nothing varies in (OuterSummary).
 * @param groupPatients - the patients of a paired comparison's group (its subtype's, or every patient)
 */
function smallGroupNaN(owner: Record<string, unknown>, key: string, groupPatients: (owner: Record<string, unknown>) => number): boolean {
  const patients = owner['patients'];
  if ((key === 'meanTcp' || key === 'controlRate' || key === 'localControlCurve') && patients === 0) return true;
  if (key === 'meanTcpSe' && typeof patients === 'number' && patients <= 1) return true;
  if (key === 'meanTcpDifference') return groupPatients(owner) === 0;
  if (key === 'meanTcpDifferenceCi95') return groupPatients(owner) <= 1;
  if (key === 'parameterShare') {
    const draws = owner['draws'];
    return owner['monteCarloSe'] === 0 && Array.isArray(draws) && draws.every((x) => x === draws[0]);
  }
  return false;
}

/** Keys whose numbers (or arrays of numbers, or intervals) are probabilities or shares. */
const probabilityKeys = new Set([
  'meanTcp', 'controlRate', 'controlCi95', 'year1', 'year2', 'year5', 'localControlCurve', 'localControl', 'localRecurrence', 'localControlCi95',
  'ntcp', 'uncomplicatedControl', 'mcnemarP', 'logRankP', 'rate', 'rateCi95',
  'localRecurrenceIncidence', 'localRecurrenceIncidenceCi95', 'otherCauseDeathIncidence', 'otherCauseDeathIncidenceCi95',
  'localRecurrenceFreeSurvival', 'localRecurrenceFreeSurvivalCi95', 'distantMetastasisFreeSurvival', 'distantMetastasisFreeSurvivalCi95',
  'metastasisIncidence', 'metastasisIncidenceCi95', 'diseaseSpecificSurvival', 'diseaseSpecificSurvivalCi95',
  'sarcomaDeathIncidence', 'sarcomaDeathIncidenceCi95', 'overallSurvival', 'overallSurvivalCi95',
  'progressionFreeSurvival', 'progressionFreeSurvivalCi95', 'over42Days', 'over42DaysCi95',
  'diagnosisToTreatmentOver42Days', 'diagnosisToTreatmentOver42DaysCi95', 'misdiagnosedRate', 'misdiagnosedRateCi95',
  'mistreatedRate', 'mistreatedRateCi95', 'misgradedRate', 'misgradedRateCi95', 'partialDiscordanceRate', 'partialDiscordanceRateCi95',
  'mistreatedControlled', 'mistreatedControlledIfRight', 'femaleShare', 'review', 'patientInterval', 'recurrenceSeeding',
  'probabilityABetter', 'parameterShare',
]);

/** Keys whose numbers are differences of two probabilities, in [−1, 1]. */
const differenceKeys = new Set(['meanTcpDifference', 'difference', 'rateDifference', 'localControlDifference', 'complicationFreeControlDifference']);

/**
 * Every breach of the property in a results object: a number that is not finite, or a null, where TrialResults does
 * not document one; a probability outside [0, 1]; a difference of probabilities outside [−1, 1]. Paths as in
 * JavaScript (`results.arms[0].competingEvents.atTimes[1].overallSurvival`).
 */
function breaches(results: TrialResults): string[] {
  const found: string[] = [];
  // Every arm treats the same patients, so a subtype's patients are those of the first arm's group.
  const subtypePatients = new Map((results.arms?.[0]?.bySubtype ?? []).map((group) => [group.subtype, group.patients]));
  const groupPatients = (owner: Record<string, unknown>): number =>
    typeof owner['subtype'] === 'string' ? (subtypePatients.get(owner['subtype']) ?? Number.NaN) : results.patients;
  type Context = { readonly owner: Record<string, unknown>; readonly key: string; readonly within: 'probability' | 'difference' | undefined };
  const visit = (value: unknown, path: string, context: Context): void => {
    if (value === null) {
      if (!nullableKeys.has(context.key)) found.push(`${path}: null`);
      return;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        const documented = Number.isNaN(value) && (documentedNaN.some((pattern) => pattern.test(path)) || smallGroupNaN(context.owner, context.key, groupPatients));
        if (!documented) found.push(`${path}: ${value}`);
        return;
      }
      if (context.within === 'probability' && !(value >= 0 && value <= 1)) found.push(`${path}: ${value}, a probability outside [0, 1]`);
      if (context.within === 'difference' && !(value >= -1 && value <= 1)) found.push(`${path}: ${value}, a difference of probabilities outside [−1, 1]`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, context));
      return;
    }
    if (typeof value === 'object' && value !== undefined) {
      const owner = value as Record<string, unknown>;
      for (const [key, item] of Object.entries(owner)) {
        const childPath = `${path}.${key}`;
        // Two-level summaries (nominal ± 1.96 SE) may leave [0, 1] by construction: only their finiteness is checked.
        const inUncertainty = childPath.startsWith('results.uncertainty');
        const share = probabilityKeys.has(key) || childPath.endsWith('.unplannedExcisions.controlled');
        const within = inUncertainty ? undefined : share ? 'probability' : differenceKeys.has(key) ? 'difference' : undefined;
        visit(item, childPath, { owner, key, within });
      }
    }
  };
  visit(results, 'results', { owner: {}, key: '', within: undefined });
  return found;
}

/** Counts of what the property met: documents refused and run, and the features of those run. */
interface Tally {
  refused: number;
  ran: number;
  readonly features: Map<Feature, number>;
}

/** The property on one document: refused with paths and reasons, or run with finite results. */
async function check(generated: GeneratedScenario, tally: Tally): Promise<void> {
  const parsed = parseScenario(JSON.stringify(generated.document), 'generated.json');
  if (!parsed.ok) {
    expect(parsed.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.issues) {
      expect(issue.path).not.toBe('');
      expect(issue.message).not.toBe('');
    }
    tally.refused++;
    return;
  }
  const run = await runTrial(parsed.scenario, {
    workers: 0,
    spawn: () => {
      throw new Error('a run on 0 workers starts none');
    },
    version: 'test',
  });
  expect(breaches(run.results)).toEqual([]);
  const printed = [...trialFiles(run.results, 'scenario text'), { name: 'terminal table', content: resultsTables(run.results, undefined) }];
  expect(printed.filter((file) => /\bNaN\b|Infinity/.test(file.content)).map((file) => file.name)).toEqual([]);
  tally.ran++;
  for (const feature of new Set(generated.features)) tally.features.set(feature, (tally.features.get(feature) ?? 0) + 1);
}

describe('results are finite, and probabilities in [0, 1], for every scenario the validator accepts', () => {
  it('the walk finds a NaN, an undocumented null and a probability above 1, and lets a group too small have its NaN', () => {
    const results = {
      patients: 3,
      arms: [
        {
          patients: 3, meanTcp: 1.5, meanTcpSe: Number.NaN, toxicity: null, localControlAtTimes: [{ localControl: null }],
          bySubtype: [{ subtype: 'a', patients: 3, controlRate: Number.NaN }, { subtype: 'b', patients: 0, meanTcp: Number.NaN, controlRate: Number.NaN }],
        },
      ],
      comparisons: [{ bySubtype: [{ subtype: 'b', meanTcpDifference: Number.NaN }, { subtype: 'a', meanTcpDifference: -1.2 }] }],
    } as unknown as TrialResults;
    expect(breaches(results)).toEqual([
      'results.arms[0].meanTcp: 1.5, a probability outside [0, 1]',
      'results.arms[0].meanTcpSe: NaN',
      'results.arms[0].toxicity: null',
      'results.arms[0].bySubtype[0].controlRate: NaN',
      'results.comparisons[0].bySubtype[1].meanTcpDifference: -1.2, a difference of probabilities outside [−1, 1]',
    ]);
  });

  it(`${propertyRuns} generated scenarios: refused with paths and reasons, or run with finite results`, async () => {
    const tally: Tally = { refused: 0, ran: 0, features: new Map() };
    await fc.assert(
      fc.asyncProperty(scenarioDocumentArbitrary, (generated) => check(generated, tally)),
      { seed: propertySeed, numRuns: propertyRuns },
    );
    // The generator must mostly write valid scenarios, and reach every feature it claims, or the property tests little;
    // some of its extremes are refused (a USC D₀ beyond the cohort's α, a zero-width distribution), which tests that branch.
    expect(tally.ran).toBeGreaterThanOrEqual(propertyRuns * 0.6);
    expect(tally.refused).toBeGreaterThan(0);
    const features: Feature[] = [
      'classic', 'residualDisease', 'lesions', 'preoperative', 'postoperative', 'surgeryAlone', 'radiotherapyAlone', 'listSchedule',
      'gardPrescription', 'lqL', 'usc', 'oneFraction', 'covariates', 'followUpAt', 'metastasis', 'metastasisModel', 'background',
      'progression', 'pathway', 'treatmentByDiagnosis', 'complications', 'organAtRisk', 'organs', 'modifiers', 'markers',
      'localControlModel', 'uncertainty', 'longFollowUp', 'rsi',
    ];
    expect(features.filter((feature) => !tally.features.has(feature))).toEqual([]);
  }, 120_000);
});
