import { formatNumber } from '../charts/formatNumber.js';
import { survivalText } from '../charts/survivalText.js';
import { lateAlphaBeta } from './explorerModel.js';
import type { ExplorerReadouts } from './explorerModel.js';
import type { ExplorerState } from './explorerState.js';

/** One line of the read-outs: its `data-readout` name, and its label and value as text for a state. */
export interface ReadoutRow {
  readonly key: keyof ExplorerReadouts | 'schedule';
  /** The label; some name the parameter they depend on (α/β, σ_α), so it is redrawn with the value. */
  readonly label: (state: ExplorerState) => string;
  readonly value: (readouts: ExplorerReadouts, state: ExplorerState) => string;
}

const percent = (p: number): string => (Number.isFinite(p) ? `${formatNumber(p * 100, 1)}%` : '–');
const gray = (gy: number): string => `${formatNumber(gy, 1)} Gy`;

/** The read-outs beside the charts, in page order (doses in Gy, times in days, probabilities in %). */
export const readoutRows: readonly ReadoutRow[] = [
  { key: 'schedule', label: () => 'Reference schedule', value: (r, s) => `${s.reference.fractions} × ${formatNumber(s.reference.dose)} Gy = ${gray(r.totalDose)}` },
  { key: 'overallTime', label: () => 'Overall time T', value: (r) => `${formatNumber(r.overallTime, 1)} days` },
  { key: 'bed', label: (s) => `BED (tumour${s.repopulation ? ', with time term' : ''})`, value: (r) => gray(r.bed) },
  { key: 'eqd2', label: (s) => `EQD2 (tumour, α/β = ${s.alphaBeta} Gy)`, value: (r) => gray(r.eqd2) },
  { key: 'eqd2Late', label: () => `EQD2 (late tissue, α/β = ${lateAlphaBeta} Gy)`, value: (r) => gray(r.eqd2Late) },
  { key: 'logSurvival', label: () => 'Surviving fraction S', value: (r) => survivalText(r.logSurvival) },
  { key: 'log10Survivors', label: () => 'Surviving clonogens N₀·S', value: (r) => survivalText(r.log10Survivors * Math.LN10) },
  { key: 'tcp', label: (s) => `TCP, single tumour (Poisson${s.hypoxicFraction > 0 ? ', with hypoxia' : ''})`, value: (r) => percent(r.tcp) },
  // The population model has no hypoxic compartment: say so beside a single-tumour TCP that has one.
  { key: 'tcpPopulation', label: (s) => `TCP, population (σ_α = ${s.sigmaAlpha}${s.hypoxicFraction > 0 ? ', without hypoxia' : ''})`, value: (r) => percent(r.tcpPopulation) },
  { key: 'repopulationDosePerDay', label: () => 'D_prolif (dose/day lost to repopulation)', value: (r) => `${formatNumber(r.repopulationDosePerDay, 2)} Gy/day` },
];
