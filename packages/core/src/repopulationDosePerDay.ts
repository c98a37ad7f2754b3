/**
 * Dose per day that offsets repopulation, D_prolif = ln 2/(T_d(α + βd)), in Gy/day.
 *
 * One day of regrowth adds ln 2/T_d to ln S; one Gy given as fractions of d Gy removes α + βd. Pedicini et al.
 * quote 0.69 Gy/d for head and neck (α = 0.24 /Gy, β = 0.023 /Gy², T_d = 3.5 d) and 0.30 Gy/d for glioblastoma
 * (α = 0.12 /Gy, β = 0.015 /Gy², T_d = 15.4 d), both at d = 2 Gy.
 * @param p - α in 1/Gy (≥ 0), β in 1/Gy² (≥ 0), `doublingTime` T_d in days (> 0)
 * @param dosePerFraction - d, Gy (≥ 0, default 2)
 * @returns D_prolif in Gy/day (> 0; 0 for T_d = Infinity); NaN for NaN or out-of-domain input, or when
 *   α + βd = 0 (no kill, nothing to offset)
 * @remarks Pedicini P et al., Clin Transl Oncol 2015 (head and neck) and 2014 (glioblastoma); Fowler JF, Br J Radiol
 *   1989;62:679.
 */
export function repopulationDosePerDay(
  p: { readonly alpha: number; readonly beta: number; readonly doublingTime: number },
  dosePerFraction = 2,
): number {
  const { alpha, beta, doublingTime } = p;
  if (!(alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity && doublingTime > 0)) return Number.NaN;
  if (!(dosePerFraction >= 0 && dosePerFraction < Infinity)) return Number.NaN;
  const killPerGray = alpha + beta * dosePerFraction;
  if (!(killPerGray > 0)) return Number.NaN;
  return Math.LN2 / (doublingTime * killPerGray);
}
