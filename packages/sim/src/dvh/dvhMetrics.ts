import { differentialFromCumulative, dvhDoseAtVolume, dvhDoseRange, dvhMeanDose, dvhVolumeAtDose } from '@rtsim/core';
import type { DvhStructure } from './DvhStructure.js';

/** The summary `rtsim dvh` prints for one structure. Doses in Gy; V20 as a fraction of the structure and in cm³. */
export interface DvhMetrics {
  readonly name: string;
  /** Structure volume, cm³; undefined when the file gives relative volumes only. */
  readonly volume: number | undefined;
  readonly minimum: number;
  readonly mean: number;
  readonly maximum: number;
  /** Dose covering 95 %, 50 % and 2 % of the volume, Gy (linear interpolation on the cumulative DVH). */
  readonly d95: number;
  readonly d50: number;
  readonly d2: number;
  /** Fraction of the volume receiving ≥ 20 Gy (0–1). */
  readonly v20: number;
  /** Volume receiving ≥ 20 Gy, cm³; undefined without the structure volume. */
  readonly v20Volume: number | undefined;
}

/**
 * Summary metrics of one structure: volume, Dmin, Dmean, Dmax (from the differential form, each bin's dose uniform),
 * D95, D50, D2 ({@link dvhDoseAtVolume}) and V20 ({@link dvhVolumeAtDose}), all on the curve read as linear
 * between its points. ICRU Report 83 (2010) §3.5 (D_V, V_D, near-minimum and near-maximum doses).
 * @param structure - a parsed structure (relative cumulative curve, doses in Gy)
 * @returns the metrics, doses in Gy
 */
export function dvhMetrics(structure: DvhStructure): DvhMetrics {
  const { cumulative, volume } = structure;
  const range = dvhDoseRange(differentialFromCumulative(cumulative));
  const v20 = dvhVolumeAtDose(cumulative, 20);
  return {
    name: structure.name,
    volume,
    minimum: range.minimum,
    mean: dvhMeanDose(differentialFromCumulative(cumulative)),
    maximum: range.maximum,
    d95: dvhDoseAtVolume(cumulative, 0.95),
    d50: dvhDoseAtVolume(cumulative, 0.5),
    d2: dvhDoseAtVolume(cumulative, 0.02),
    v20,
    v20Volume: volume === undefined ? undefined : v20 * volume,
  };
}
