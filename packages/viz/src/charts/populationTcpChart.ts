import { lineChart } from '@rtsim/sim/charts';
import type { ReferenceRule } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';

type DoseResponse = readonly { readonly totalDose: number; readonly tcp: number }[];

/** Input of {@link populationTcpChart}. */
export interface PopulationTcpData {
  /** Poisson TCP of one tumour with the mean α, against total dose (Gy). */
  readonly single: DoseResponse;
  /** Population TCP with α ~ Normal(ᾱ, σ_α) truncated at 0, against total dose (Gy). */
  readonly population: DoseResponse;
  /** σ_α, 1/Gy (shown in the legend). */
  readonly sigmaAlpha: number;
  /** The prescribed total dose, Gy (drawn as a rule). */
  readonly prescribedDose?: number;
}

/** Options of {@link populationTcpChart}. */
export interface PopulationTcpOptions extends ChartSize {
  /** Total dose axis range, Gy (default the data's). */
  readonly doseDomain?: readonly [number, number];
}

/**
 * Dose–response of a population of tumours (Webb & Nahum 1993) against that of a single tumour: the
 * spread of radiosensitivity between patients flattens the curve.
 * @param data - the two curves (TCP in [0, 1] against total dose in Gy), σ_α (1/Gy), prescribed dose (Gy)
 * @param options - size (px), dose range (Gy)
 * @returns the chart as an `<svg>` element
 */
export function populationTcpChart(data: PopulationTcpData, options: PopulationTcpOptions = {}): SVGSVGElement {
  const rules: ReferenceRule[] = data.prescribedDose === undefined
    ? []
    : [{ axis: 'x', value: data.prescribedDose, label: `${formatNumber(data.prescribedDose, 1)} Gy`, labelAt: 'bottom' }];
  return svgFromString(lineChart(
    {
      series: [
        { label: 'single tumour (Poisson, mean α)', points: data.single.map((p) => [p.totalDose, p.tcp] as const) },
        { label: `population (σ_α = ${formatNumber(data.sigmaAlpha, 3)} Gy⁻¹)`, points: data.population.map((p) => [p.totalDose, p.tcp] as const) },
      ],
      rules,
    },
    {
      ...chartSize(options, 'population-tcp'),
      title: 'Population against single-tumour TCP',
      description: 'Poisson TCP of one tumour with the mean α and population TCP with α spread between patients, against total dose.',
      x: { label: 'Total dose (Gy)', ...(options.doseDomain ? { domain: options.doseDomain } : {}) },
      y: { label: 'TCP (%)', domain: [0, 1], ticks: 5, format: (v) => formatNumber(v * 100, 0) },
    },
  ));
}
