import type { AvatarFit } from './fitAvatar.js';
import type { AvatarData } from './parseAvatarCsv.js';

/** One measured point on the surviving-fraction scale, for charts and tables. */
export interface AvatarObservation {
  /** Spreadsheet row of the point. */
  readonly row: number;
  /** Dose, Gy. */
  readonly dose: number;
  /** Surviving fraction: as given, or colonies/(cells seeded × fitted plating efficiency) for colony counts. */
  readonly survivingFraction: number;
  /** Its SD: as given, √c/(n·PE) (Poisson) for colony counts with c > 0; absent otherwise. */
  readonly sd?: number;
}

/**
 * The data points on the surviving-fraction scale: SF rows as given; colony rows normalised by the fitted plating
 * efficiency, SF = c/(n·PE), with Poisson SD √c/(n·PE) (a flask with 0 colonies has SF 0 and no SD).
 * @param data - from {@link parseAvatarCsv}
 * @param fit - from {@link fitAvatar} (its plating efficiency normalises colony counts)
 * @returns one observation per row, in file order
 */
export function avatarObservations(data: AvatarData, fit: AvatarFit): AvatarObservation[] {
  if (data.kind === 'survivingFraction') {
    return data.points.map((point, i) => ({ row: data.rows[i], dose: point.dose, survivingFraction: point.survivingFraction, ...(point.sd === undefined ? {} : { sd: point.sd }) }));
  }
  const pe = fit.platingEfficiency ?? Number.NaN;
  return data.points.map((point, i) => {
    const scale = point.cellsSeeded * pe;
    return {
      row: data.rows[i],
      dose: point.dose,
      survivingFraction: point.colonies / scale,
      ...(point.colonies > 0 ? { sd: Math.sqrt(point.colonies) / scale } : {}),
    };
  });
}
