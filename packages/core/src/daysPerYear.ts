/**
 * Days in a year, 365.25 (the Julian year): every conversion between the engine's days and the years of follow-up,
 * rates per year and survival tables uses this one number, so a horizon of 5 years is the same day everywhere.
 */
export const daysPerYear = 365.25;
