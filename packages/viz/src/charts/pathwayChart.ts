import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, ReferenceRule } from '@rtsim/sim/charts';
import type { PathwayMilestoneName, PathwayTimeline } from '../explorer/pathway/pathwayTimeline.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';
import { svgFromString } from './svgFromString.js';

/** Names of the milestones, as the list beside the chart gives them (the chart numbers them 1–6 in this order). */
export const pathwayMilestoneLabels: Readonly<Record<PathwayMilestoneName, string>> = {
  symptom: 'First symptom',
  firstDoctor: 'First doctor visit',
  localHospital: 'Referred to hospital (imaging)',
  sarcomaCentre: 'Referred to the sarcoma centre (biopsy)',
  diagnosis: 'Diagnosis',
  treatment: 'First treatment',
};

/**
 * One patient's timeline: the tumour diameter (cm) against the days from the first doctor visit, a rule at each
 * milestone numbered 1–6 (first symptom, first doctor, local hospital, sarcoma centre, diagnosis, first treatment:
 * numbers, because milestones a few days apart would overprint names) and the diameter marked at the first doctor
 * visit and the first treatment.
 * @param timeline - the milestones and the sampled curve (pathwayTimeline)
 * @param options - size (px)
 * @returns the chart as an `<svg>` element
 */
export function pathwayChart(timeline: PathwayTimeline, options: ChartSize = {}): SVGSVGElement {
  const rules: ReferenceRule[] = timeline.milestones.map((m, k) => ({ axis: 'x', value: m.day, label: String(k + 1) }));
  const first = timeline.milestones.find((m) => m.name === 'firstDoctor');
  const last = timeline.milestones[timeline.milestones.length - 1];
  const markers: LineMarker[] = [first, last].flatMap((m) => (m ? [{ x: m.day, y: m.diameterCm, label: `${formatNumber(m.diameterCm, 1)} cm` }] : []));
  return svgFromString(lineChart(
    { series: [{ label: '', points: timeline.curve }], markers, rules },
    {
      ...chartSize(options, 'pathway'),
      title: 'One patient before the first fraction',
      description: 'Tumour diameter from the first symptom to the first treatment, with the diagnostic pathway’s milestones.',
      x: { label: 'Days from the first doctor visit' },
      y: { label: 'Tumour diameter (cm)' },
    },
  ));
}
