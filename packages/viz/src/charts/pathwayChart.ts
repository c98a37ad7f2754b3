import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, ReferenceRule } from '@rtsim/sim/charts';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';
import { svgFromString } from './svgFromString.js';

/** Input of {@link pathwayChart} (the explorer's `PathwayTimeline` is one). */
export interface PathwayChartData {
  /** The milestones in order (numbered 1, 2, … on the chart): day from the first doctor visit and diameter, cm. */
  readonly milestones: readonly { readonly day: number; readonly diameterCm: number }[];
  /** Diameter (cm) against the day, sampled. */
  readonly curve: readonly (readonly [day: number, diameterCm: number])[];
}

/**
 * One patient's timeline: the tumour diameter (cm) against the days from the first doctor visit, a rule at each
 * milestone numbered 1–6 (first symptom, first doctor, local hospital, sarcoma centre, diagnosis, first treatment:
 * numbers, because milestones a few days apart would overprint names) and the diameter marked at the first doctor
 * visit and the first treatment.
 * @param timeline - the milestones and the sampled curve (the explorer's pathwayTimeline)
 * @param options - size (px)
 * @returns the chart as an `<svg>` element
 */
export function pathwayChart(timeline: PathwayChartData, options: ChartSize = {}): SVGSVGElement {
  const rules: ReferenceRule[] = timeline.milestones.map((m, k): ReferenceRule => ({ axis: 'x', value: m.day, label: String(k + 1) }));
  // The first doctor visit is day 0; the last milestone is the first treatment.
  const first = timeline.milestones.find((m) => m.day === 0);
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
