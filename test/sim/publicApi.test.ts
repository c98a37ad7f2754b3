import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';
import * as sim from '@rtsim/sim';

// The public index of @rtsim/sim (docs/architecture.md), written out by hand: a name added to or removed from
// packages/sim/src/index.ts fails these tests until it is added here too, so the public API changes only on purpose.
// Internals are imported by tests from their modules, not through the index.

/** The values (functions, constants, classes) the index exports, sorted. */
const publicValues = [
  'TrialPartsError', 'avatarAnalysis', 'avatarAssumptions', 'avatarDataNotes', 'avatarJson', 'avatarRankingSummary', 'avatarReportHtml',
  'avatarTumour', 'canonicalJson', 'comparisonPairs', 'competingDeathCause', 'competingEventsComparisonCells',
  'competingEventsComparisonHeads', 'competingEventsTimeCells', 'competingEventsTimeHeads', 'competingRiskBinsProblem', 'correlationSummary', 'coxHazardRatio',
  'cumulativeIncidenceFromBins', 'defaultAvatarDraws', 'defaultAvatarSeed', 'defaultAvatarVolume',
  'defaultSensitivityPatients', 'defaultSensitivityResamples', 'defaultSensitivitySamples', 'diagnosisHeads', 'diagnosisRows', 'dvhReferences', 'dvhSourceKey', 'exposeCohortWorker', 'fixedYearsShown',
  'formatAvatarIssue', 'formatFixed', 'formatPercent', 'formatScenarioIssue', 'formatSignificant', 'formatTrialPatients', 'incidenceDifferenceNote', 'localControlAtYear', 'localControlShown', 'maxAvatarCsvBytes',
  'maxPatients', 'maxPlausibleTotalDoseGy', 'maxScenarioBytes', 'mergeTrialParts', 'metastasisComparisonCells', 'metastasisComparisonHeads', 'minimumSensitivitySamples', 'modelVersion', 'numberNeeded', 'numberNeededCells', 'numberNeededExplanation', 'pairedDifferenceRows', 'pairedProportionDifference', 'parseAvatarCsv', 'parseScenario',
  'parseScheduleList', 'parseSensitivityResults', 'pathwayDiameterBins', 'pathwayHeads', 'pathwayRows', 'pathwayWeekBins', 'petoHazardRatio', 'plausibilityNotes', 'requiredEvents', 'resolveScenario',
  'restrictedMeanDifference', 'restrictedMeanSurvival', 'runSensitivity', 'runTrial', 'scenarioHash',
  'scenarioJsonSchema', 'scenarioSchema', 'scenarioSchemaId', 'scheduleLabel', 'sensitivityJson', 'sensitivityMeasureEndpoint', 'sensitivityMeasures', 'sensitivityReportHtml',
  'sobolIntervalNote', 'sobolUndefinedNote', 'stratumDimensions', 'therapeuticRatio', 'timeToEventSampleSize', 'trialFiles', 'trialPatientsShown', 'trialPlan', 'uncertainEndpointRows', 'validateScenario', 'versionHistory',
];

/** The types and interfaces the index exports (type-only), sorted. */
const publicTypes = [
  'ArmComparison', 'ArmComplications', 'ArmDiagnosis', 'ArmGard', 'ArmInput', 'ArmLesions', 'ArmPair', 'ArmPathway', 'ArmProgression', 'ArmResult', 'ArmToxicity', 'AvatarAnalysis',
  'AvatarComparison', 'AvatarCsvIssue', 'AvatarCsvResult', 'AvatarData', 'AvatarFit', 'AvatarInterval',
  'AvatarJsonMeta', 'AvatarSchedule', 'AvatarScheduleResult', 'AvatarTumour', 'AvatarTumourOptions', 'BackgroundInput',
  'CauseIncidence', 'CellTherapyModifierInput', 'CohortInput', 'CohortWorkerApi', 'ColonyData', 'CompetingDeathCause', 'CompetingEventsAtTime',
  'CompetingEventsComparison', 'CompetingEventsCurves', 'CompetingEventsOutcome', 'CompetingRiskBins', 'ComplicationComparison',
  'ComplicationEndpoint', 'ComplicationRate', 'ComplicationStratum', 'ComplicationsInput', 'ControlModel',
  'CovariatesInput', 'CoxHazardRatio', 'CumulativeIncidence', 'DistributionInput', 'DoseVolumeBin', 'DvhFileRead', 'DvhFiles', 'DvhFormat', 'DvhIssue',
  'DvhParseResult', 'DvhReferenceInput', 'DvhSource', 'DvhStructure', 'EventCountOptions',
  'FixedYear', 'FoundDvhReference', 'FractionInput', 'FractionSelectionInput', 'GapInput', 'GardBandOutcome', 'GardScheduleInput', 'GroupOutcome',
  'GroupedSurvival', 'HazardRatio', 'HazardRatioNotEstimable', 'HyperthermiaModifierInput', 'ImmunotherapyModifierInput', 'InlineSubtypeInput',
  'Interval', 'LesionsInput', 'LibrarySubtypeInput', 'ListScheduleInput', 'LocalControlAt', 'LocalControlAtTime', 'LocalControlCell', 'LocalControlGroup', 'LocalControlShown',
  'LogisticOrganAtRiskInput', 'MarginClassName', 'MarginClassesInput', 'MarginStatus', 'MarkerOutcome', 'MetastasisAtTime', 'MetastasisCurves', 'MetastasisEndpoints', 'MetastasisInput', 'MetastasisModelInput',
  'ModifierInput', 'NumberNeeded', 'NumberNeededStyle', 'OrganAtRiskInput', 'OuterSummary', 'PairOutcome', 'PairedDifferenceTable', 'PairedEndpoint', 'PairedSurvivalAtTime', 'ParameterInput', 'ParameterKey',
  'ParametersInput', 'PathwayInput', 'PathwayIntervalInput', 'PinInput', 'PlainTrialPart', 'PlausibilityNote', 'PoolProgress', 'PoolWorker', 'PrescribedDose', 'ProgressionAtTime', 'ProgressionComparison', 'ProgressionInput', 'ProgressionStratum', 'ProgressionSurvival',
  'RegularScheduleInput', 'ReleaseVersions', 'ResolvedArm', 'ResolvedArmPair', 'ResolvedBackground', 'ResolvedCorrelation',
  'ResolvedCovariates', 'ResolvedGardPrescription', 'ResolvedLesions', 'ResolvedLogisticOrganAtRisk', 'ResolvedMetastasis',
  'ResolvedModifier', 'ResolvedOrganAtRisk', 'ResolvedPathway', 'ResolvedPathwayInterval', 'ResolvedProgression', 'ResolvedScenario', 'ResolvedSubtype', 'ResolvedSubtypeParameters',
  'ResolvedSurgery', 'ResolvedTargetDvh', 'ResolvedUncertainParameter', 'ResolvedUncertainty', 'ResponseInput', 'RestrictedMean',
  'RestrictedMeanDifference', 'RunSensitivityOptions', 'RunTrialOptions', 'ScenarioInput', 'ScenarioIssue',
  'ScenarioParseResult', 'ScenarioValidation', 'ScheduleLabelArm', 'ScheduleListResult', 'SensitivityEndpointMeasure', 'SensitivityMeasure', 'SensitivityMeasureAt', 'SensitivityOutput',
  'SensitivityParameter', 'SensitivityResults', 'SensitivitySettings', 'ShardSplit', 'StratumDimension',
  'StratumOutcome', 'SurgeryInput', 'SurvivalComparison', 'SurvivalInput', 'SurvivingFractionData', 'SystemicModifierInput',
  'TherapeuticRatio', 'TherapeuticRatioHarm', 'TimeToEventSampleSize', 'TrialFile', 'TrialMerge', 'TrialPartial', 'TrialPartialRun', 'TrialPlan', 'TrialResults',
  'TrialResultsRun', 'TrialRun', 'TrialShard', 'TrialShardRequest', 'TwoLevelTrialPart', 'UncertainArmResult', 'UncertainCorrelationInput',
  'UncertainCorrelationResult', 'UncertainEndpointRow', 'UncertainEndpointsAtTime', 'UncertainParameterInput', 'UncertainParameterResult', 'UncertaintyInput',
  'UncertaintyResults',
];

/** Every name packages/sim/src/index.ts exports, values and types alike, as the TypeScript compiler reads it. */
function indexExports(): string[] {
  const index = fileURLToPath(new URL('../../packages/sim/src/index.ts', import.meta.url));
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`the compiler found no module in ${index}`);
  return checker.getExportsOfModule(module).map((exported) => exported.name);
}

test('@rtsim/sim exports exactly the public values', () => {
  expect(Object.keys(sim).sort()).toEqual(publicValues);
});

test('@rtsim/sim exports exactly the public types besides them', () => {
  expect(indexExports().filter((name) => !publicValues.includes(name)).sort()).toEqual(publicTypes);
});
