import { survivalAt } from '../stats/survivalAt.js';
import type { LocalControlAt } from './TrialResults.js';

/**
 * Kaplan–Meier local control of a group at 1, 2 and 5 years, read off its binned curve: LC(y) = survivalAt(curve, w,
 * 52·y·w) with w the bin width, so each time is a bin edge k·w (52 bins a year; see timeBinDays) and needs no
 * interpolation.
 * @param curve - the group's Kaplan–Meier curve, one value per time bin (kaplanMeierFromBins)
 * @param binDays - w, the bin width (days, > 0)
 * @returns LC at 1, 2 and 5 years, each null where the curve does not reach it (NaN from survivalAt)
 */
export function localControlAt(curve: Float64Array, binDays: number): LocalControlAt {
  // Bin edges as k·w exactly (survivalAt's advice), 52 bins a year.
  const at = (years: number): number | null => {
    const value = survivalAt(curve, binDays, 52 * years * binDays);
    return Number.isNaN(value) ? null : value;
  };
  return { year1: at(1), year2: at(2), year5: at(5) };
}
