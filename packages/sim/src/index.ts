// The public API of @rtsim/sim (docs/architecture.md): the front door of a trial, the scenario API, the result and
// schema types, and what the viewer's runner, sensitivity and avatar views call. Node-only parts (the command line,
// worker threads) are in `@rtsim/sim/node`, the charts in `@rtsim/sim/charts`. Everything else is internal: tests
// import it from its module. test/sim/publicApi.test.ts pins this list, so that it grows only on purpose.

// The front door: a run, plain or two-level, whole or one shard; merging shards; the output files.
export { runTrial } from './trial/runTrial.js';
export type { RunTrialOptions, TrialPartialRun, TrialResultsRun, TrialRun, TrialShardRequest } from './trial/runTrial.js';
export { trialPlan } from './trial/trialPlan.js';
export type { TrialPlan } from './trial/trialPlan.js';
export { mergeTrialParts } from './trial/mergeTrialParts.js';
export type { TrialMerge } from './trial/mergeTrialParts.js';
export type { PlainTrialPart, TwoLevelTrialPart } from './trial/TrialPart.js';
export { TrialPartsError } from './trial/TrialPartsError.js';
export { trialFiles } from './trial/trialFiles.js';
export type { TrialFile } from './trial/TrialFile.js';
export type { TrialPartial } from './trial/TrialPartial.js';
export type { TrialShard } from './trial/TrialShard.js';
export type { ShardSplit } from './cohort/ShardSplit.js';

// The workers runTrial's `spawn` starts: a worker file only exposes this API (`nodeSpawn` in @rtsim/sim/node is
// Node's; a page spawns a module Web Worker whose file calls exposeCohortWorker()).
export type { PoolWorker } from './pool/PoolWorker.js';
export type { PoolProgress } from './pool/PoolProgress.js';
export type { CohortWorkerApi } from './pool/createCohortWorkerApi.js';
export { exposeCohortWorker } from './pool/exposeCohortWorker.js';

// Scenario files: parse, validate and resolve; problems; the schema; hashing; versions; limits.
export { parseScenario } from './scenario/parseScenario.js';
export type { ScenarioParseResult } from './scenario/parseScenarioText.js';
export { validateScenario } from './scenario/validateScenario.js';
export type { ScenarioValidation } from './scenario/validateScenario.js';
export { resolveScenario } from './scenario/resolveScenario.js';
export type { ScenarioIssue } from './scenario/ScenarioIssue.js';
export { formatScenarioIssue } from './scenario/formatScenarioIssue.js';
export { scenarioSchema, maxPatients } from './scenario/scenarioSchema.js';
export { maxScenarioBytes } from './scenario/maxScenarioBytes.js';
export { scenarioJsonSchema, scenarioSchemaId } from './scenario/scenarioJsonSchema.js';
export { scenarioHash } from './scenario/scenarioHash.js';
export { canonicalJson } from './scenario/canonicalJson.js';
export { modelVersion } from './scenario/modelVersion.js';
export { versionHistory } from './scenario/versionHistory.js';
export type { ReleaseVersions } from './scenario/versionHistory.js';
export type { ScenarioInput } from './scenario/scenarioSchema.js';
export type { ArmInput, CohortInput, FractionInput, GapInput, InlineSubtypeInput, LibrarySubtypeInput, ListScheduleInput, OrganAtRiskInput, ParametersInput, RegularScheduleInput, SurgeryInput, SurvivalInput } from './scenario/ScenarioInput.js';
export type { CellTherapyModifierInput, FractionSelectionInput, GardScheduleInput, HyperthermiaModifierInput, ImmunotherapyModifierInput, LogisticOrganAtRiskInput, ModifierInput, ResponseInput, SystemicModifierInput } from './scenario/ScenarioInput.js';
export type { BackgroundInput, MetastasisInput, MetastasisModelInput, PinInput, UncertainCorrelationInput, UncertainParameterInput, UncertaintyInput } from './scenario/ScenarioInput.js';
export type { ParameterInput, ParameterKey } from './scenario/parameterSchemas.js';
export type { DistributionInput } from './scenario/distributionSchema.js';
export type { DoseVolumeBin, MarginStatus, ResolvedArm, ResolvedOrganAtRisk, ResolvedScenario, ResolvedSubtype, ResolvedSubtypeParameters, ResolvedSurgery } from './scenario/ResolvedScenario.js';
export type { ResolvedArmPair, ResolvedBackground, ResolvedGardPrescription, ResolvedLogisticOrganAtRisk, ResolvedMetastasis, ResolvedModifier, ResolvedProgression } from './scenario/ResolvedScenario.js';
export type { ResolvedCorrelation, ResolvedUncertainParameter, ResolvedUncertainty } from './scenario/ResolvedUncertainty.js';

// Results: the shape of results.json, plain and two-level.
export type { Interval } from './stats/Interval.js';
export type { ArmComparison, ArmResult, ArmToxicity, ControlModel, GroupOutcome, LocalControlAt, PairOutcome, TrialResults } from './cohort/TrialResults.js';
export type { ArmGard, GardBandOutcome, MarkerOutcome, PrescribedDose } from './cohort/TrialResults.js';
export type { OuterSummary, UncertainArmResult, UncertainCorrelationResult, UncertainEndpointsAtTime, UncertainParameterResult, UncertaintyResults } from './cohort/UncertaintyResults.js';
export { comparisonPairs } from './cohort/comparisonPairs.js';
export type { ArmPair } from './cohort/comparisonPairs.js';
export { correlationSummary } from './report/correlationSummary.js';
export { uncertainEndpointRows } from './uncertainty/uncertainEndpointRows.js';
export type { UncertainEndpointRow } from './uncertainty/uncertainEndpointRows.js';
export { formatPercent } from './charts/formatPercent.js';
export { formatFixed } from './charts/formatFixed.js';
export { maxPlausibleTotalDoseGy } from './plausibility/courseDoseNote.js';
export { plausibilityNotes } from './plausibility/plausibilityNotes.js';
export type { PlausibilityNote } from './plausibility/PlausibilityNote.js';
export { formatSignificant } from './report/formatSignificant.js';
export { formatTrialPatients, trialPatientsShown } from './report/formatTrialPatients.js';
export { scheduleLabel } from './report/scheduleLabel.js';
export { fixedYearsShown } from './report/fixedYearsShown.js';
export { localControlAtYear } from './report/localControlAtYear.js';
export { localControlShown } from './report/localControlShown.js';
export type { LocalControlCell, LocalControlGroup, LocalControlShown } from './report/localControlShown.js';
export type { FixedYear } from './report/localControlAtYear.js';
export type { ScheduleLabelArm } from './report/scheduleLabel.js';
export { competingEventsTimeCells, competingEventsTimeHeads } from './report/competingEventsTimeCells.js';
export { competingDeathCause } from './report/competingDeathCause.js';
export type { CompetingDeathCause } from './report/competingDeathCause.js';
export { competingEventsComparisonCells, competingEventsComparisonHeads } from './report/competingEventsComparisonCells.js';
export { metastasisComparisonCells, metastasisComparisonHeads } from './report/metastasisComparisonCells.js';
export { pairedDifferenceRows } from './report/pairedDifferenceRows.js';
export type { PairedDifferenceTable, PairedEndpoint } from './report/pairedDifferenceRows.js';
export { incidenceDifferenceNote } from './report/incidenceDifferenceNote.js';

// Sensitivity analysis (docs/uncertainty.md): the run, its files, and reading them back.
export { runSensitivity, defaultSensitivitySamples, defaultSensitivityPatients, defaultSensitivityResamples } from './sensitivity/runSensitivity.js';
export type { RunSensitivityOptions } from './sensitivity/runSensitivity.js';
export type { SensitivityEndpointMeasure, SensitivityMeasure, SensitivityOutput, SensitivityParameter, SensitivityResults } from './sensitivity/SensitivityResults.js';
export { sensitivityMeasures } from './sensitivity/sensitivityMeasures.js';
export { sensitivityMeasureEndpoint } from './sensitivity/sensitivityMeasureEndpoint.js';
export type { SensitivityMeasureAt } from './sensitivity/sensitivityMeasureEndpoint.js';
export type { SensitivitySettings } from './sensitivity/SensitivitySettings.js';
export { parseSensitivityResults } from './sensitivity/parseSensitivityResults.js';
export { sensitivityJson } from './report/sensitivityJson.js';
export { sensitivityReportHtml } from './report/sensitivityReportHtml.js';
export { minimumSensitivitySamples } from './sensitivity/minimumSensitivitySamples.js';
export { sobolUndefinedNote } from './report/sobolUndefinedNote.js';
export { sobolIntervalNote } from './report/sobolIntervalNote.js';

// Avatars (docs/avatars.md): measurements of one patient's model, candidate schedules, the analysis and its files.
export { parseAvatarCsv, maxAvatarCsvBytes } from './avatar/parseAvatarCsv.js';
export type { AvatarCsvIssue, AvatarCsvResult, AvatarData, ColonyData, SurvivingFractionData } from './avatar/parseAvatarCsv.js';
export { formatAvatarIssue } from './avatar/formatAvatarIssue.js';
export { avatarDataNotes } from './avatar/avatarDataNotes.js';
export { parseScheduleList } from './avatar/parseScheduleList.js';
export type { AvatarSchedule, ScheduleListResult } from './avatar/parseScheduleList.js';
export { avatarTumour, defaultAvatarVolume } from './avatar/avatarTumour.js';
export type { AvatarTumour, AvatarTumourOptions } from './avatar/avatarTumour.js';
export { defaultAvatarDraws, defaultAvatarSeed } from './avatar/compareAvatarSchedules.js';
export type { AvatarComparison, AvatarScheduleResult } from './avatar/compareAvatarSchedules.js';
export type { AvatarFit, AvatarInterval } from './avatar/fitAvatar.js';
export { avatarAnalysis } from './avatar/avatarAnalysis.js';
export type { AvatarAnalysis } from './avatar/avatarAnalysis.js';
export { avatarAssumptions } from './avatar/avatarAssumptions.js';
export { avatarRankingSummary } from './report/avatarRankingSummary.js';
export { avatarJson } from './report/avatarJson.js';
export type { AvatarJsonMeta } from './report/avatarJson.js';
export { avatarReportHtml } from './report/avatarReportHtml.js';
// Local control over time (issue 14): the residual-disease model's results and scenario types.
export type { LocalControlAtTime, StratumOutcome } from './cohort/TrialResults.js';
export { stratumDimensions } from './cohort/LocalControlPlan.js';
export type { StratumDimension } from './cohort/LocalControlPlan.js';
export type { CovariatesInput, MarginClassesInput } from './scenario/ScenarioInput.js';
export type { ResolvedCovariates } from './scenario/ResolvedScenario.js';
export type { MarginClassName } from './scenario/localControlSchema.js';
// SBRT of metastases at lesion level (issue 14): per-lesion results and the arm's lesions.
export type { ArmLesions } from './cohort/TrialResults.js';
export type { CompetingEventsAtTime, CompetingEventsCurves, CompetingEventsOutcome, MetastasisAtTime, MetastasisCurves, MetastasisEndpoints } from './cohort/TrialResults.js';
export type { CompetingEventsComparison, SurvivalComparison } from './cohort/TrialResults.js';
export type { LesionsInput } from './scenario/ScenarioInput.js';
// Progression and survival after SBRT of metastases (issue 15): results and the scenario section.
export type { ArmProgression, PairedSurvivalAtTime, ProgressionAtTime, ProgressionComparison, ProgressionStratum, ProgressionSurvival } from './cohort/TrialResults.js';
export type { ProgressionInput } from './scenario/ScenarioInput.js';
// Complications of surgery and radiotherapy (issue 16, docs/toxicity-model.md): results and the scenario section.
export type { ArmComplications, ComplicationComparison, ComplicationRate } from './cohort/TrialResults.js';
export type { ComplicationStratum, NumberNeeded, TherapeuticRatio, TherapeuticRatioHarm } from './cohort/TrialResults.js';
export { therapeuticRatio } from './cohort/therapeuticRatio.js';
export { numberNeeded } from './stats/numberNeeded.js';
export type { NumberNeededStyle } from './report/formatNumberNeeded.js';
export { numberNeededCells, numberNeededExplanation } from './report/numberNeededCells.js';
export { pairedProportionDifference } from './stats/pairedProportionDifference.js';
export type { ArmDiagnosis, ArmPathway } from './cohort/TrialResults.js';
export { diagnosisHeads, diagnosisRows } from './report/diagnosisRows.js';
export { pathwayHeads, pathwayRows } from './report/pathwayRows.js';
// The pathway histograms' bin counts: a median at the last (open) bin's lower edge means "that or more".
export { pathwayDiameterBins, pathwayWeekBins } from './cohort/PathwayPlan.js';
export type { ComplicationsInput, PathwayInput, PathwayIntervalInput } from './scenario/ScenarioInput.js';
export type { ResolvedPathway, ResolvedPathwayInterval } from './scenario/ResolvedScenario.js';
export type { ComplicationEndpoint } from './scenario/complicationsSchema.js';
export type { ResolvedLesions } from './scenario/ResolvedScenario.js';
// Plans from a planning system (`dvh:` files and folders): the caller reads them, validation stays pure.
export type { DvhReferenceInput } from './scenario/ScenarioInput.js';
export type { ResolvedTargetDvh } from './scenario/ResolvedScenario.js';
export type { DvhFileRead, DvhFiles, DvhSource } from './scenario/DvhFiles.js';
export { dvhSourceKey } from './scenario/DvhFiles.js';
export type { FoundDvhReference } from './scenario/dvhReferences.js';
export { dvhReferences } from './scenario/dvhReferences.js';
export type { DvhFormat, DvhParseResult } from './dvh/DvhParseResult.js';
export type { DvhStructure } from './dvh/DvhStructure.js';
export type { DvhIssue } from './dvh/DvhIssue.js';
// Survival and competing-risk statistics from grouped (binned) counts (issue 15, docs/survival-statistics.md): one
// group (arm × stratum × endpoint) at a time; a flat counts array gives each group as subarray views.
export type { GroupedSurvival } from './stats/GroupedSurvival.js';
export type { CompetingRiskBins } from './stats/CompetingRiskBins.js';
export { competingRiskBinsProblem } from './stats/CompetingRiskBins.js';
export { cumulativeIncidenceFromBins } from './stats/cumulativeIncidenceFromBins.js';
export type { CauseIncidence, CumulativeIncidence } from './stats/cumulativeIncidenceFromBins.js';
export { restrictedMeanSurvival } from './stats/restrictedMeanSurvival.js';
export type { RestrictedMean } from './stats/restrictedMeanSurvival.js';
export { restrictedMeanDifference } from './stats/restrictedMeanDifference.js';
export type { RestrictedMeanDifference } from './stats/restrictedMeanDifference.js';
export { coxHazardRatio } from './stats/coxHazardRatio.js';
export type { CoxHazardRatio, HazardRatioNotEstimable } from './stats/coxHazardRatio.js';
export { petoHazardRatio } from './stats/petoHazardRatio.js';
export type { HazardRatio } from './stats/HazardRatio.js';
export { requiredEvents } from './stats/requiredEvents.js';
export type { EventCountOptions } from './stats/requiredEvents.js';
export { timeToEventSampleSize } from './stats/timeToEventSampleSize.js';
export type { TimeToEventSampleSize } from './stats/timeToEventSampleSize.js';
