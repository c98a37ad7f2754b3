import {
  bed,
  eqd2,
  isoeffectDosePerFraction,
  logSurvival,
  overallTime,
  repopulationDosePerDay,
  repopulationLogGain,
  schedule,
  tcpPoisson,
  tcpPopulation,
  totalDose,
  uscTransitionDose,
} from '@rtsim/core';
import type { BedParameters, CellParameters, Schedule, ScheduleSpec, SurvivalModel } from '@rtsim/core';
import { maxPlausibleTotalDoseGy } from '@rtsim/sim';
import type { CourseSurvivalData } from '../charts/courseSurvivalChart.js';
import type { IsoeffectData } from '../charts/isoeffectChart.js';
import type { PopulationTcpData } from '../charts/populationTcpChart.js';
import type { RepopulationData } from '../charts/repopulationChart.js';
import type { SurvivalCurve, SurvivalCurveData } from '../charts/survivalCurveChart.js';
import type { TcpDoseCurve } from '../charts/tcpDoseChart.js';
import type { ExplorerState, ScheduleChoice } from './explorerState.js';
import { localControlViews } from './localControlViews.js';
import type { LocalControlData } from './localControlViews.js';

/** α/β of a late-responding normal tissue used for the comparison read-outs, Gy (the textbook 3 Gy). */
export const lateAlphaBeta: number = 3;

/** The numbers beside the charts. Doses in Gy, times in days; NaN where a model is outside its domain. */
export interface ExplorerReadouts {
  readonly totalDose: number;
  readonly overallTime: number;
  /** BED of the tumour (with the time term when repopulation is on), Gy. */
  readonly bed: number;
  readonly eqd2: number;
  /** EQD2 of a late-responding tissue (α/β = 3 Gy, no time term), Gy. */
  readonly eqd2Late: number;
  /** ln S over the course, repopulation included when on. */
  readonly logSurvival: number;
  /** log₁₀ of the expected surviving clonogens N₀·S. */
  readonly log10Survivors: number;
  readonly tcp: number;
  readonly tcpPopulation: number;
  /** Dose per day that offsets repopulation at this dose per fraction, Gy/day. */
  readonly repopulationDosePerDay: number;
  /** Transition dose of the LQ-L or USC curve, Gy (NaN for LQ). */
  readonly transitionDose: number;
}

/** All the explorer shows, computed from the state. */
export interface ExplorerViews {
  readonly readouts: ExplorerReadouts;
  readonly survivalCurve: SurvivalCurveData;
  readonly course: CourseSurvivalData;
  readonly tcpDose: readonly TcpDoseCurve[];
  readonly isoeffect: IsoeffectData;
  readonly repopulation: RepopulationData;
  readonly population: PopulationTcpData;
  /** Local control over time of the local-control model (issue 14), with its read-outs. */
  readonly localControl: LocalControlData;
  /** Human-readable warnings (e.g. USC with α·D₀ ≥ 1). */
  readonly warnings: readonly string[];
}

/** The core schedule spec of a choice; `gap` only for the reference schedule. */
export function scheduleSpecOf(choice: ScheduleChoice, gap?: { afterFraction: number; days: number }): ScheduleSpec {
  const timing = choice.spacing === 'perWeek' ? { perWeek: choice.every } : { everyDays: choice.every };
  const gaps = gap && gap.afterFraction >= 1 && gap.afterFraction < choice.fractions && gap.days > 0 ? { gaps: [gap] } : {};
  return { fractions: choice.fractions, dose: choice.dose, ...timing, ...gaps };
}

/** `25 × 2 Gy, 5/week` or `3 × 18 Gy, every 2 days`. */
export function scheduleLabel(choice: ScheduleChoice): string {
  const timing = choice.spacing === 'perWeek'
    ? `${choice.every}/week`
    : choice.every === 1 ? 'daily' : `every ${choice.every} days`;
  return `${choice.fractions} × ${choice.dose} Gy, ${timing}`;
}

/** The survival model of the state. */
export function survivalModelOf(state: ExplorerState): SurvivalModel {
  if (state.model === 'lq-l') return { model: 'lq-l', transitionDose: state.transitionDose };
  if (state.model === 'usc') return { model: 'usc', d0: state.d0 };
  return { model: 'lq' };
}

/** The tumour cell of the state: α, β = α/(α/β), and the hypoxic compartment when asked for and h > 0. */
export function cellOf(state: ExplorerState, withHypoxia: boolean): CellParameters {
  const base = { alpha: state.alpha, beta: state.alpha / state.alphaBeta };
  if (!withHypoxia || state.hypoxicFraction <= 0) return base;
  return { ...base, hypoxicFraction: state.hypoxicFraction, oer: state.oer, reoxygenation: state.reoxygenation };
}

/** T_d and T_k (days) when repopulation is on, else undefined. */
export function kinetics(state: ExplorerState): { doublingTime: number; kickoffTime: number } | undefined {
  return state.repopulation ? { doublingTime: state.doublingTime, kickoffTime: state.kickoffTime } : undefined;
}

function bedParameters(state: ExplorerState): BedParameters {
  return { alphaBeta: state.alphaBeta, alpha: state.alpha, model: survivalModelOf(state), ...kinetics(state) };
}

/** ln S of a course with repopulation over its overall time when on. */
function courseLogSurvival(s: Schedule, state: ExplorerState, cell: CellParameters, model: SurvivalModel): number {
  const kinetic = kinetics(state);
  const gain = kinetic ? repopulationLogGain(overallTime(s), kinetic) : 0;
  return logSurvival(s, cell, model) + gain;
}

/** The same course with every fraction's dose scaled to `dose` (the timing is kept). */
function withDose(s: Schedule, dose: number): Schedule {
  return s.map((f) => ({ ...f, dose }));
}

function range(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** A round upper end for a dose axis: the next multiple of 5 (≥ 10) above `dose`. */
function niceDoseLimit(dose: number): number {
  return Math.max(10, Math.ceil(dose / 5) * 5);
}

/** What every view needs, computed once per state. */
interface Context {
  readonly state: ExplorerState;
  readonly model: SurvivalModel;
  readonly cell: CellParameters;
  readonly oxicCell: CellParameters;
  readonly clonogens: number;
  readonly reference: Schedule;
  readonly bedP: BedParameters;
  readonly kinetic: { doublingTime: number; kickoffTime: number } | undefined;
  /** Upper end of the total-dose axes, Gy. */
  readonly maxTotal: number;
  readonly populationParameters: (s: Schedule) => Parameters<typeof tcpPopulation>[0];
}

function context(state: ExplorerState): Context {
  const model = survivalModelOf(state);
  const clonogens = 10 ** state.log10Clonogens;
  const kinetic = kinetics(state);
  const choices = [state.reference, ...state.compare];
  return {
    state,
    model,
    cell: cellOf(state, true),
    oxicCell: cellOf(state, false),
    clonogens,
    reference: schedule(scheduleSpecOf(state.reference, { afterFraction: state.gapAfter, days: state.gapDays })),
    bedP: bedParameters(state),
    kinetic,
    maxTotal: niceDoseLimit(1.5 * choices.reduce((largest, c) => Math.max(largest, c.fractions * c.dose), -Infinity)),
    populationParameters: (s) => ({
      schedule: s, alphaMean: state.alpha, alphaSd: state.sigmaAlpha, alphaBeta: state.alphaBeta, clonogens, model, ...kinetic,
    }),
  };
}

/** The views that are cheap for every model (a few ms): computed synchronously on each slider move. */
export type ExplorerFastViews = Pick<ExplorerViews, 'readouts' | 'survivalCurve' | 'course' | 'tcpDose' | 'repopulation' | 'warnings'>;

/**
 * The views whose cost grows with the model (iso-effect root finding, population quadrature over a dose range) and
 * the local-control curves (a quadrature per curve, tens of ms).
 */
export type ExplorerSlowViews = Pick<ExplorerViews, 'isoeffect' | 'population' | 'localControl'>;

/**
 * Read-outs and the cheap charts: survival per fraction, survival over the course, TCP against dose for every
 * schedule, repopulation penalty. Models all come from @rtsim/core; this only samples them.
 * @param state - the explorer state
 */
export function explorerFastViews(state: ExplorerState): ExplorerFastViews {
  const { model, cell, oxicCell, clonogens, reference, bedP, kinetic, maxTotal, populationParameters } = context(state);
  const warnings: string[] = [];
  const referenceTime = overallTime(reference);
  const beta = state.alpha / state.alphaBeta;
  const transition = model.model === 'lq-l' ? model.transitionDose
    : model.model === 'usc' ? uscTransitionDose(state.alpha, beta, state.d0) : NaN;
  if (model.model === 'usc' && !(state.alpha * state.d0 < 1)) {
    warnings.push(`USC needs α·D₀ < 1 (now ${(state.alpha * state.d0).toFixed(2)}): lower α or D₀.`);
  }
  if (state.gapAfter >= state.reference.fractions && state.gapDays > 0) {
    warnings.push('The gap comes after the last fraction, so it changes nothing.');
  }

  const referenceTotal = totalDose(reference);
  // The limit of rtsim's plausibility notes on scenario files (docs/scenarios.md, "Plausibility notes").
  if (referenceTotal > maxPlausibleTotalDoseGy) {
    warnings.push(`${state.reference.fractions} × ${state.reference.dose} Gy = ${referenceTotal.toFixed(1)} Gy (BED ${bed(reference, bedP).toFixed(0)} Gy) is beyond any clinical course (over ${maxPlausibleTotalDoseGy} Gy): read its TCP as a model exercise, not a prescription.`);
  }
  if (state.hypoxicFraction > 0) {
    // Core's population TCP (Webb & Nahum) spreads α only; it has no hypoxic compartment.
    warnings.push(`The single-tumour TCP includes the hypoxic fraction (${state.hypoxicFraction}); the population TCP, read-out and chart, leaves hypoxia out. Compare it with the chart's single-tumour curve, which leaves hypoxia out too.`);
  }

  const lnS = courseLogSurvival(reference, state, cell, model);
  const readouts: ExplorerReadouts = {
    totalDose: totalDose(reference),
    overallTime: referenceTime,
    bed: bed(reference, bedP),
    eqd2: eqd2(reference, bedP),
    eqd2Late: eqd2(reference, { alphaBeta: lateAlphaBeta }),
    logSurvival: lnS,
    log10Survivors: state.log10Clonogens + lnS / Math.LN10,
    // ln S > 0: repopulation outweighs the kill and more clonogens are left than the tumour started with; TCP is
    // still e^{−N₀S} (core's tcpPoisson takes ln S ≤ 0, so N₀S goes in as the clonogen number).
    tcp: lnS > 0 ? tcpPoisson(clonogens * Math.exp(lnS), 0) : tcpPoisson(clonogens, lnS),
    tcpPopulation: tcpPopulation(populationParameters(reference)),
    // With repopulation off there is nothing to offset: D_prolif is 0, as the BED read-out has no time term.
    repopulationDosePerDay: state.repopulation ? repopulationDosePerDay({ alpha: state.alpha, beta, doublingTime: state.doublingTime }, state.reference.dose) : 0,
    transitionDose: transition,
  };

  if (lnS > 0) {
    warnings.push(`Repopulation over the ${referenceTime.toFixed(0)} days of the course outweighs the kill of ${state.reference.fractions} × ${state.reference.dose} Gy at α ${state.alpha} Gy⁻¹ (BED ${readouts.bed.toFixed(1)} Gy): the tumour grows during treatment, so no course of this length controls it. Raise α, the dose or the doubling time.`);
  }
  if (model.model === 'usc' && state.alpha * state.d0 < 1 && !Number.isFinite(readouts.tcpPopulation)) {
    warnings.push(`USC has no survival curve for a patient with α ≥ 1/D₀ = ${(1 / state.d0).toFixed(3)} Gy⁻¹, and the population's α spread reaches it: the population TCP is not shown. Lower D₀, α or its spread.`);
  }

  // Single-fraction survival curves.
  const maxFractionDose = niceDoseLimit(Math.max(state.reference.dose, Number.isFinite(transition) ? transition : 0) * 1.25);
  const fractionDoses = range(0, maxFractionDose, 121);
  const single = (c: CellParameters, m: SurvivalModel) => (dose: number): { dose: number; logSurvival: number } =>
    ({ dose, logSurvival: logSurvival([{ dose, day: 0 }], c, m) });
  const modelName = model.model === 'lq' ? 'LQ' : model.model === 'lq-l' ? 'LQ-L' : 'USC';
  const curves: SurvivalCurve[] = [{ label: state.hypoxicFraction > 0 ? `${modelName}, mixed population` : modelName, points: fractionDoses.map(single(cell, model)) }];
  if (model.model !== 'lq') curves.push({ label: 'LQ (for comparison)', points: fractionDoses.map(single(oxicCell, { model: 'lq' })) });
  if (state.hypoxicFraction > 0) {
    curves.push({ label: 'oxic cells', points: fractionDoses.map(single(oxicCell, model)) });
    curves.push({ label: 'hypoxic cells', points: fractionDoses.map(single({ ...oxicCell, hypoxicFraction: 1, oer: state.oer }, model)) });
  }
  const survivalCurve: SurvivalCurveData = {
    curves,
    current: single(cell, model)(state.reference.dose),
    ...(Number.isFinite(transition) ? { transitionDose: transition } : {}),
  };

  // Survival over the course: ln S after each prefix of fractions plus regrowth up to that day; each prefix is
  // evaluated whole because without reoxygenation the hypoxic compartment makes ln S non-additive.
  const coursePoints: { day: number; logSurvival: number }[] = [];
  const gain = (day: number): number => (kinetic ? repopulationLogGain(day, kinetic) : 0);
  let previous = 0;
  const firstDay = reference[0]?.day ?? 0;
  for (let k = 0; k < reference.length; k++) {
    const day = (reference[k]?.day ?? NaN) - firstDay;
    const priorDay = k === 0 ? 0 : (reference[k - 1]?.day ?? NaN) - firstDay;
    if (kinetic && kinetic.kickoffTime > priorDay && kinetic.kickoffTime < day) {
      coursePoints.push({ day: kinetic.kickoffTime, logSurvival: previous + gain(kinetic.kickoffTime) });
    }
    coursePoints.push({ day, logSurvival: previous + gain(day) });
    previous = logSurvival(reference.slice(0, k + 1), cell, model);
    coursePoints.push({ day, logSurvival: previous + gain(day) });
  }
  const course: CourseSurvivalData = { points: coursePoints, clonogens, kickoffTime: state.kickoffTime };

  // TCP against total dose: each schedule keeps its number of fractions and timing, the dose per fraction scales.
  const totals = range(0, maxTotal, 101);
  const tcpDose: TcpDoseCurve[] = [state.reference, ...state.compare].map((choice, i) => {
    const s = i === 0 ? reference : schedule(scheduleSpecOf(choice));
    const n = s.length;
    const tcpAt = (total: number): number => tcpPoisson(clonogens, courseLogSurvival(withDose(s, total / n), state, cell, model));
    const prescribed = choice.fractions * choice.dose;
    return {
      label: `${i === 0 ? 'reference: ' : ''}${scheduleLabel(choice)}`,
      points: totals.map((totalDose) => ({ totalDose, tcp: tcpAt(totalDose) })),
      prescribed: { totalDose: prescribed, tcp: tcpAt(prescribed) },
    };
  });

  // Repopulation penalty: the BED time term ln 2·max(0, T − T_k)/(α T_d) (models.md), from core's log gain; with
  // repopulation off the BED read-out has no time term, so the chart shows none either (a flat line at 0 Gy).
  const bedLoss = (time: number): number => (kinetic ? repopulationLogGain(time, kinetic) / state.alpha : 0);
  const maxTime = Math.max(70, Math.ceil((referenceTime + 14) / 7) * 7);
  const repopulation: RepopulationData = {
    points: range(0, maxTime, 141).map((overallTime) => ({ overallTime, bedLoss: bedLoss(overallTime) })),
    current: { overallTime: referenceTime, bedLoss: bedLoss(referenceTime) },
    kickoffTime: state.kickoffTime,
    ...(kinetic ? {} : { off: true }),
  };

  return { readouts, survivalCurve, course, tcpDose, repopulation, warnings };
}

/**
 * The iso-effect curves (a root per number of fractions: bisection for LQ-L and USC), the population
 * dose–response (a quadrature per dose) and local control over time (localControlViews): tens to hundreds of ms,
 * so the page computes them in a worker.
 * @param state - the explorer state
 */
export function explorerSlowViews(state: ExplorerState): ExplorerSlowViews {
  const { model, oxicCell, clonogens, reference, bedP, maxTotal, populationParameters } = context(state);
  const fractionCounts = Array.from({ length: 45 }, (_, i) => i + 1);
  const targetBed = bed(reference, bedP);
  const targetLate = bed(reference, { alphaBeta: lateAlphaBeta });
  const isoeffect: IsoeffectData = {
    label: `tumour, α/β = ${state.alphaBeta} Gy`,
    points: fractionCounts.map((fractions) => ({ fractions, dosePerFraction: isoeffectDosePerFraction(targetBed, fractions, bedP) })),
    comparison: {
      label: `late normal tissue, α/β = ${lateAlphaBeta} Gy`,
      points: fractionCounts.map((fractions) => ({ fractions, dosePerFraction: isoeffectDosePerFraction(targetLate, fractions, { alphaBeta: lateAlphaBeta }) })),
    },
    reference: { fractions: state.reference.fractions, dosePerFraction: state.reference.dose },
    targetBed,
  };

  // Population against single tumour, both without hypoxia (population TCP models α spread only).
  const populationTotals = range(0, maxTotal, 61);
  const n = reference.length;
  const population: PopulationTcpData = {
    single: populationTotals.map((total) => ({ totalDose: total, tcp: tcpPoisson(clonogens, courseLogSurvival(withDose(reference, total / n), state, oxicCell, model)) })),
    population: populationTotals.map((total) => ({ totalDose: total, tcp: tcpPopulation(populationParameters(withDose(reference, total / n))) })),
    sigmaAlpha: state.sigmaAlpha,
    prescribedDose: totalDose(reference),
  };
  return { isoeffect, population, localControl: localControlViews(state) };
}

/**
 * Every chart's data and the read-outs (fast and slow views together).
 * @param state - the explorer state
 */
export function explorerViews(state: ExplorerState): ExplorerViews {
  return { ...explorerFastViews(state), ...explorerSlowViews(state) };
}
