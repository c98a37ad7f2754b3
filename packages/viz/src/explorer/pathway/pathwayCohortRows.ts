import { pathwayDiameterBins, pathwayWeekBins } from '@rtsim/sim';
import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../../charts/formatNumber.js';
import { percentText } from '../../runner/percentText.js';
import { pathwayArmIds } from './pathwayScenario.js';

/** A row of the pathway card's cohort table: its `data-readout` name, the measure, current care, this pathway. */
export interface PathwayCohortRow {
  readonly readout: string;
  readonly cells: readonly [measure: string, currentCare: string, thisPathway: string];
}

type Arm = TrialResults['arms'][number];

/** Lower edge of the open last bin of the days-to-treatment histogram: 52 weeks = 364 days. */
const lastWeekBinDays = (pathwayWeekBins - 1) * 7;
/** Lower edge of the open last bin of the diameter histogram, cm. */
const lastDiameterBinCm = pathwayDiameterBins - 1;

/**
 * A binned median as text. sim's binnedMedian returns the last bin's lower edge when the median falls in that open
 * bin, so the true median is that edge or more: `≥ 364`, not `364`.
 * @param median - the binned median, in the unit of `lastBinStart`
 * @param lastBinStart - lower edge of the histogram's open last bin
 * @param digits - decimals shown
 */
export function binnedMedianText(median: number, lastBinStart: number, digits: number): string {
  return median >= lastBinStart ? `≥ ${formatNumber(lastBinStart, 0)}` : formatNumber(median, digits);
}

/** The measures, in table order: what each reads from an arm of results.json, as text. */
const measures: readonly { readonly readout: string; readonly label: string; readonly value: (arm: Arm) => string }[] = [
  { readout: 'pathwayCohortDays', label: 'Median days, first doctor → treatment', value: (a) => binnedMedianText(a.pathway?.daysToTreatment.median ?? NaN, lastWeekBinDays, 0) },
  { readout: 'pathwayCohortOver42', label: 'Diagnosis → treatment ≥ 6 weeks', value: (a) => percentText(a.pathway?.diagnosisToTreatmentOver42Days ?? null) },
  { readout: 'pathwayCohortDiameter', label: 'Median diameter at treatment (cm)', value: (a) => binnedMedianText(a.pathway?.diameterAtTreatmentCm.median ?? NaN, lastDiameterBinCm, 1) },
  { readout: 'pathwayCohortExcision', label: 'Unplanned excisions', value: (a) => percentText(a.pathway?.unplannedExcisions?.rate ?? null) },
  { readout: 'pathwayLc5y', label: 'Local control at 5 years', value: (a) => percentText(a.localControlAtTimes?.find((t) => t.years === 5)?.localControl ?? null) },
  { readout: 'pathwayOs5y', label: 'Overall survival at 5 years', value: (a) => percentText(a.competingEvents?.metastasis?.atTimes?.find((t) => t.years === 5)?.overallSurvival ?? null) },
];

/**
 * The pathway card's cohort table from a run of pathwayScenario: one row per measure, current care beside the
 * sliders' pathway (median days to treatment, the share waiting 6 weeks or more from diagnosis, median diameter
 * at treatment, unplanned excisions, local control and overall survival at 5 years, as results.json has them).
 * @param results - the results of the run
 * @returns the rows; `–` where an arm or a value is missing
 */
export function pathwayCohortRows(results: TrialResults): readonly PathwayCohortRow[] {
  const current = results.arms.find((a) => a.id === pathwayArmIds.current);
  const slider = results.arms.find((a) => a.id === pathwayArmIds.slider);
  return measures.map((m) => ({
    readout: m.readout,
    cells: [m.label, current ? m.value(current) : '–', slider ? m.value(slider) : '–'],
  }));
}
