import { dvhLogSurvival, geud, ntcpLkb, overallTime, repopulationLogGain, schedule, tcpPoisson, tcpPopulation, tcpPopulationDvh, totalDose } from '@rtsim/core';
import type { DoseVolumeBin, Schedule } from '@rtsim/core';
import { cellOf, kinetics, scheduleSpecOf, survivalModelOf } from '../explorerModel.js';
import type { ExplorerState } from '../explorerState.js';
import type { OrganLkbParameters } from './organLkbParameters.js';

/** One structure of a loaded DVH file, as the panel keeps it: the `rtsim dvh` metrics and the engine's bins. */
export interface LoadedStructure {
  readonly name: string;
  /** cm³; undefined when the file gives relative volumes only. */
  readonly volume: number | undefined;
  /** Dmean, D95, D50, D2, Gy (dvhMetrics of @rtsim/sim/dvh). */
  readonly mean: number;
  readonly d95: number;
  readonly d50: number;
  readonly d2: number;
  /** Differential DVH: bin midpoint total dose, Gy, and relative volume (sum 1), as the cohort engine reads a plan. */
  readonly bins: readonly DoseVolumeBin[];
}

/** An organ the user scores, with its LKB parameters (library or user-set). */
export interface ScoredOrgan {
  readonly structure: LoadedStructure;
  readonly parameters: OrganLkbParameters;
}

/** One line of the TCP table: a target dose distribution and its two TCPs (0–1, NaN outside a model's domain). */
export interface DvhTcpRow {
  readonly key: 'dvh' | 'prescription' | 'dmean';
  /** Total dose of a uniform row, Gy; the target's Dmean for the DVH row. */
  readonly totalDose: number;
  /** Poisson TCP of one tumour at the explorer's α (hypoxia included when on). */
  readonly single: number;
  /** Population TCP (σ_α between patients; no hypoxic compartment). */
  readonly population: number;
}

/** One line of the NTCP table. */
export interface DvhNtcpRow {
  readonly organ: string;
  readonly parameters: OrganLkbParameters;
  /** gEUD of the organ's EQD2 bins with exponent 1/n, Gy (n = 1: the mean EQD2). */
  readonly geudEqd2: number;
  /** LKB NTCP, 0–1; NaN for parameters out of the domain. */
  readonly ntcp: number;
}

/** What the DVH panel shows for the explorer's state. */
export interface DvhPanelViews {
  /** The target's three rows: DVH, uniform at the prescription, uniform at Dmean; empty without a target. */
  readonly tcp: readonly DvhTcpRow[];
  readonly ntcp: readonly DvhNtcpRow[];
  readonly warnings: readonly string[];
}

/** Relative gap between the target's median dose and the prescription above which the panel says so (assumption: 10 %). */
const prescriptionMismatch = 0.1;

/** The course with every dose scaled so that its total is `total` Gy (fractions and days kept). */
function scaledTo(s: Schedule, total: number): Schedule {
  const scale = total / totalDose(s);
  return s.map((fraction) => ({ ...fraction, dose: fraction.dose * scale }));
}

/**
 * The DVH panel's numbers (docs/viewer.md, "A plan's DVH"): the target's TCP over its dose bins beside the TCP of a
 * uniform dose at the prescription and at the target's Dmean, and the LKB NTCP of each scored organ. The plan is
 * read as delivered in the explorer's reference schedule (its number of fractions and its days): bin k receives
 * every fraction × D_k/D (D the schedule's total), as the cohort engine reads a target DVH; the prescription is
 * the reference schedule's total dose. The single-tumour TCP is exp(−N₀·G·S) with S = {@link dvhLogSurvival} (the
 * explorer's cell, hypoxia included, and survival model; G the repopulation gain when on); the population TCP is
 * {@link tcpPopulationDvh} (σ_α, without hypoxia), as the read-outs are for a uniform dose. NTCP is core's
 * ntcpLkb with the organ's EQD2 at its α/β and the schedule's number of fractions.
 * @param target - the target structure, or undefined
 * @param organs - the organs to score, in order
 * @param state - the explorer state
 * @returns the rows and warnings
 */
export function dvhPanelViews(target: LoadedStructure | undefined, organs: readonly ScoredOrgan[], state: ExplorerState): DvhPanelViews {
  const course = schedule(scheduleSpecOf(state.reference, { afterFraction: state.gapAfter, days: state.gapDays }));
  const fractions = course.length;
  const warnings: string[] = [];
  const tcp: DvhTcpRow[] = [];
  if (target !== undefined) {
    const model = survivalModelOf(state);
    const cell = cellOf(state, true);
    const kinetic = kinetics(state);
    const clonogens = 10 ** state.log10Clonogens;
    const logGain = kinetic === undefined ? 0 : repopulationLogGain(overallTime(course), kinetic);
    const population = { alphaMean: state.alpha, alphaSd: state.sigmaAlpha, alphaBeta: state.alphaBeta, clonogens, model, ...kinetic };
    const uniform = (key: 'prescription' | 'dmean', total: number): DvhTcpRow => {
      const s = scaledTo(course, total);
      return { key, totalDose: total, single: tcpPoisson(clonogens, dvhLogSurvival([{ dose: total, volume: 1 }], s, cell, model) + logGain), population: tcpPopulation({ ...population, schedule: s }) };
    };
    tcp.push(
      {
        key: 'dvh',
        totalDose: target.mean,
        single: tcpPoisson(clonogens, dvhLogSurvival(target.bins, course, cell, model) + logGain),
        population: tcpPopulationDvh(target.bins, { ...population, schedule: course }),
      },
      uniform('prescription', totalDose(course)),
      uniform('dmean', target.mean),
    );
    const prescribed = totalDose(course);
    if (Math.abs(target.d50 - prescribed) > prescriptionMismatch * prescribed) {
      warnings.push(`The target's median dose D50 (${target.d50.toFixed(1)} Gy) is more than ${prescriptionMismatch * 100} % from the reference schedule's ${prescribed.toFixed(1)} Gy: the plan is read as given in the reference schedule's ${fractions} fractions, so set the schedule (left) to the plan's fractionation.`);
    }
    if (state.hypoxicFraction > 0) warnings.push('The single-tumour TCPs include the hypoxic fraction; the population TCPs leave hypoxia out (as the read-outs do).');
  }
  const ntcp = organs.map(({ structure, parameters }): DvhNtcpRow => {
    const { td50, m, n, alphaBeta } = parameters;
    const valid = td50 > 0 && td50 < Infinity && m > 0 && m < Infinity && n > 0 && n < Infinity && alphaBeta > 0 && alphaBeta < Infinity;
    if (!valid) warnings.push(`${structure.name}: TD50, m, n and α/β must be positive numbers.`);
    const eqd2Bins = structure.bins.map(({ dose, volume }) => ({ dose: (dose * (dose / fractions + alphaBeta)) / (2 + alphaBeta), volume }));
    return {
      organ: structure.name,
      parameters,
      geudEqd2: valid ? geud(eqd2Bins, 1 / n) : Number.NaN,
      ntcp: valid ? ntcpLkb(structure.bins, { td50, m, n, alphaBeta, fractions }) : Number.NaN,
    };
  });
  return { tcp, ntcp, warnings };
}
