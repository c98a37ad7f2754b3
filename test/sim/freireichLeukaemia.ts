import type { GroupedSurvival } from '../../packages/sim/src/stats/GroupedSurvival.js';

// Freireich et al. (1963) Blood 21:699, remission times in weeks (the Gehan 1965 leukaemia data):
// 6-MP 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+;
// placebo 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23 (no censoring).
// Weekly bins: week t is bin t − 1, whose events sit at its end t and whose censored patients leave after
// them, exactly the Kaplan–Meier convention for a censored time tied with failures.
export function weeklyBins(failures: number[], censoredTimes: number[], weeks = 35): GroupedSurvival {
  const events = new Array<number>(weeks).fill(0);
  const censored = new Array<number>(weeks).fill(0);
  for (const t of failures) events[t - 1] = events[t - 1] + 1;
  for (const t of censoredTimes) censored[t - 1] = censored[t - 1] + 1;
  return { events, censored, atRiskStart: failures.length + censoredTimes.length };
}

/** The 6-mercaptopurine arm, in weekly bins. */
export const mercaptopurine = weeklyBins([6, 6, 6, 7, 10, 13, 16, 22, 23], [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35]);
/** The placebo arm, in weekly bins. */
export const placebo = weeklyBins([1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23], []);
