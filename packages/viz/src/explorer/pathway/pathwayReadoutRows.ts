import { formatNumber } from '../../charts/formatNumber.js';
import type { PathwayTimeline } from './pathwayTimeline.js';

/** The pathway card's one-patient read-outs, by their `data-readout` name (lessons watch them). */
export type PathwayReadoutKey = 'pathwayDays' | 'pathwayDiameter' | 'pathwayExcision' | 'pathwayMisdiagnosis';

/** One line of the pathway read-outs: its `data-readout` name, label and value as text. */
export interface PathwayReadoutRow {
  readonly key: PathwayReadoutKey;
  readonly label: string;
  readonly value: (timeline: PathwayTimeline) => string;
}

const percent = (p: number): string => (Number.isFinite(p) ? `${formatNumber(p * 100, 1)}%` : '–');

/** The read-outs under the pathway chart, in page order (days, cm, probabilities in %). */
export const pathwayReadoutRows: readonly PathwayReadoutRow[] = [
  { key: 'pathwayDays', label: 'First doctor visit → first treatment', value: (t) => `${formatNumber(t.daysToTreatment, 0)} days` },
  { key: 'pathwayDiameter', label: 'Diameter at the first treatment (median growth)', value: (t) => `${formatNumber(t.diameterAtTreatmentCm, 1)} cm` },
  { key: 'pathwayExcision', label: 'Unplanned excision at the first operation', value: (t) => percent(t.unplannedExcision) },
  { key: 'pathwayMisdiagnosis', label: 'Misdiagnosed after review (another subtype + not a sarcoma)', value: (t) => `${percent(t.wrongSubtype + t.wrongClass)} (${percent(t.wrongSubtype)} + ${percent(t.wrongClass)})` },
];
