/**
 * Largest dose the avatar works with, Gy: per well or flask in the data file (parseAvatarCsv) and per fraction of a
 * candidate schedule (parseScheduleList), as a scenario's dose per fraction (0 to 100). The LQ fit squares the dose,
 * so a dose such as 1e300 Gy overflowed to Infinity and wrote NaN into the report's survival curve; an in-vitro
 * experiment stays far below 100 Gy.
 */
export const maxAvatarDose = 100;
