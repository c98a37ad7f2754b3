import type { ExplorerState } from './explorerState.js';
import { patientLocalControl, patientResidualProbability } from './patientLocalControl.js';
import type { ExplorerMargin, LocalControlPatient, TreatmentTiming } from './patientLocalControl.js';
import { marginWords } from './urlState.js';

/** One curve of the local-control chart: LC (0–1) against years after the end of treatment. */
export interface LocalControlCurveView {
  readonly label: string;
  readonly points: readonly { readonly years: number; readonly localControl: number }[];
  /** The patient's own margin and timing (the curve the read-outs give). */
  readonly selected: boolean;
}

/** A read-out row: LC at 2, 5 and 10 years (0–1) of one margin and timing. */
export interface LocalControlReadout {
  readonly label: string;
  readonly at2: number;
  readonly at5: number;
  readonly at10: number;
}

/** Everything the local-control card shows. */
export interface LocalControlData {
  readonly curves: readonly LocalControlCurveView[];
  /** The selected patient and, unless it is surgery alone already, the same patient with surgery alone. */
  readonly readouts: readonly LocalControlReadout[];
  /** π of the selected patient: probability that clonogenic disease is left (1 for R2 and RT alone). */
  readonly residualProbability: number;
  /** The reference schedule as the RT course, e.g. `25 × 2 Gy`. */
  readonly course: string;
}

/** Times of the chart: monthly from 0 to 10 years (years). */
export const localControlYears: readonly number[] = Array.from({ length: 121 }, (_, k) => k / 12);

const marginLabels: Readonly<Record<ExplorerMargin, string>> = {
  'R0-wide': 'R0 wide', 'R0-close': 'R0 close', 'R1-planned': 'R1 planned', 'R1-unplanned': 'R1 unplanned', R2: 'R2 (gross)',
};
const timingLabels: Readonly<Record<TreatmentTiming, string>> = {
  preop: 'preoperative RT', postop: 'postoperative RT', 'rt-alone': 'RT alone (no surgery)', 'surgery-alone': 'surgery alone',
};

/** The patient of the state with another margin and timing. */
function patientOf(state: ExplorerState, margin: ExplorerMargin, timing: TreatmentTiming): LocalControlPatient {
  return {
    margin, timing, grade: state.grade === 'G1' ? 1 : state.grade === 'G2' ? 2 : 3, diameter: state.tumourDiameter,
    site: state.site, deep: state.depth === 'deep', ageOver50: state.ageBand === 'over50',
  };
}

/** The (margin, timing) pairs the chart sets side by side. */
function comparedPairs(state: ExplorerState): readonly (readonly [ExplorerMargin, TreatmentTiming])[] {
  if (state.localControlComparison === 'timing') {
    return (['preop', 'postop', 'surgery-alone', 'rt-alone'] as const).map((timing) => [state.marginClass, timing] as const);
  }
  // RT alone leaves the whole tumour: the margin classes do not apply, so one curve.
  if (state.timing === 'rt-alone') return [[state.marginClass, 'rt-alone']];
  return marginWords.map((margin) => [margin, state.timing] as const);
}

function labelOf(state: ExplorerState, margin: ExplorerMargin, timing: TreatmentTiming): string {
  if (timing === 'rt-alone') return timingLabels[timing];
  return state.localControlComparison === 'timing' ? timingLabels[timing] : marginLabels[margin];
}

const valueAt = (lc: Float64Array, years: number): number => lc[Math.round(years * 12)] ?? Number.NaN;

let memo: { key: string; data: LocalControlData } | undefined;

/**
 * The local-control chart and read-outs of the explorer state: patientLocalControl (the library's local-control
 * model, docs/local-control-model.md) for the margin classes at the chosen timing, or the timings at the chosen
 * margin, with the reference schedule as the RT course. Only dose per fraction and number of fractions enter (the
 * model has no time term); the explorer's radiosensitivity sliders do not (the model was calibrated with the
 * library's STS α and α/β). The last result is kept, so a move of an unrelated slider costs nothing.
 * @param state - the explorer state
 */
export function localControlViews(state: ExplorerState): LocalControlData {
  const course = { dose: state.reference.dose, fractions: state.reference.fractions };
  const key = JSON.stringify([course, state.marginClass, state.timing, state.grade, state.tumourDiameter, state.site, state.depth, state.ageBand, state.localControlComparison]);
  if (memo?.key === key) return memo.data;
  const curveOf = (margin: ExplorerMargin, timing: TreatmentTiming): Float64Array => patientLocalControl(patientOf(state, margin, timing), course, localControlYears);
  const curves = comparedPairs(state).map(([margin, timing]): LocalControlCurveView & { readonly values: Float64Array } => {
    const values = curveOf(margin, timing);
    const selected = timing === state.timing && (margin === state.marginClass || timing === 'rt-alone');
    return { label: labelOf(state, margin, timing), values, selected, points: localControlYears.map((years, k) => ({ years, localControl: values[k] ?? Number.NaN })) };
  });
  const own = curves.find((curve) => curve.selected)?.values ?? curveOf(state.marginClass, state.timing);
  const readout = (label: string, values: Float64Array): LocalControlReadout => ({ label, at2: valueAt(values, 2), at5: valueAt(values, 5), at10: valueAt(values, 10) });
  const readouts = [readout(`${marginLabels[state.marginClass]}, ${timingLabels[state.timing]}`, own)];
  if (state.timing !== 'surgery-alone' && state.timing !== 'rt-alone') {
    const alone = curves.find((curve) => curve.label === timingLabels['surgery-alone'])?.values ?? curveOf(state.marginClass, 'surgery-alone');
    readouts.push(readout(`${marginLabels[state.marginClass]}, ${timingLabels['surgery-alone']}`, alone));
  }
  const data: LocalControlData = {
    curves: curves.map(({ label, points, selected }) => ({ label, points, selected })),
    readouts,
    residualProbability: patientResidualProbability(patientOf(state, state.marginClass, state.timing)),
    course: `${state.reference.fractions} × ${state.reference.dose} Gy`,
  };
  memo = { key, data };
  return data;
}
