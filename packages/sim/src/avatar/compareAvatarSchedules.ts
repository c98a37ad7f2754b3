import { normalQuantile, overallTime, portableExp, portableLog, repopulationLogGain, schedule, survivalCoefficients, tcpPoisson, totalDose } from '@rtsim/core';
import { quantileSorted } from 'd3-array';
import { namedGenerator } from '../random/namedGenerator.js';
import { openUniform } from '../random/openUniform.js';
import type { AvatarFit, AvatarInterval } from './fitAvatar.js';
import type { AvatarSchedule } from './parseScheduleList.js';

/** The tumour a comparison is for: N₀ and optional repopulation kinetics (days; both or neither). */
export interface AvatarComparisonTumour {
  readonly clonogens: number;
  readonly doublingTime?: number;
  readonly kickoffTime?: number;
}

/** Monte Carlo settings of {@link compareAvatarSchedules}. */
export interface AvatarComparisonOptions {
  /** Accepted draws of (α, β), a whole number from 100 to 10⁶ (default {@link defaultAvatarDraws}). */
  readonly draws?: number;
  /** Seed of the sim's generator, a whole number (default {@link defaultAvatarSeed}). */
  readonly seed?: number;
}

/** One schedule's result. */
export interface AvatarScheduleResult {
  readonly label: string;
  readonly fractions: number;
  /** Total physical dose, Gy. */
  readonly totalDose: number;
  /** Overall time T, days. */
  readonly overallTime: number;
  /** ln S of the course at the fitted (α, β), LQ, no repopulation (≤ 0). */
  readonly logSurvival: number;
  /** Repopulation ln G = (ln 2/T_d)·max(0, T − T_k) (0 without kinetics). */
  readonly repopulationLogGain: number;
  /** log₁₀ of the expected surviving clonogens N₀·S·G at the fit: the quantity the ranking orders (lower is better). */
  readonly log10SurvivingClonogens: number;
  /** Poisson TCP = exp(−N₀·S·G) at the fitted (α, β). */
  readonly tcp: number;
  /** Mean TCP over the draws (the TCP averaged over the fit's uncertainty). */
  readonly tcpMean: number;
  /** 2.5% and 97.5% quantiles of the TCP over the draws. */
  readonly tcpCi95: AvatarInterval;
  /** Share of draws in which this schedule has the highest TCP (ties shared equally). */
  readonly probabilityBest: number;
  /** 1-based rank at the fitted (α, β) (1 = highest TCP). */
  readonly rank: number;
  /** Share of draws in which this schedule beats the next-ranked one (ties count half); null for the last. */
  readonly probabilityAboveNext: number | null;
}

/** Result of {@link compareAvatarSchedules}. */
export interface AvatarComparison {
  /** Per schedule, in input order. */
  readonly schedules: readonly AvatarScheduleResult[];
  /** Labels from best to worst at the fitted (α, β). */
  readonly ranking: readonly string[];
  /** Label of the best schedule at the fit. */
  readonly best: string;
  /** Share of draws in which the whole ranking holds (same order as at the fit). */
  readonly rankingProbability: number;
  readonly draws: number;
  readonly seed: number;
  /** Accepted draws / attempts: the mass of the sampling distribution inside α, β ≥ 0. */
  readonly acceptance: number;
  /** How the draws were made: the fit's sampling distribution, truncated to α, β ≥ 0. */
  readonly sampling: string;
}

/** Default number of accepted draws: the 2.5% quantile then rests on 100 draws. */
export const defaultAvatarDraws = 4000;
/** Default seed of an avatar comparison. */
export const defaultAvatarSeed = 1;
/** Attempts allowed per accepted draw before the comparison gives up (acceptance below 10⁻⁴). */
const maxAttemptsPerDraw = 10_000;

/**
 * Compares candidate schedules for one patient from the avatar fit: TCP at the fitted (α, β), its 95% interval from
 * the fit's uncertainty, the ranking and how sure it is.
 *
 * Per schedule: −ln S = α·A + β·B with core `survivalCoefficients` (LQ, instantaneous fractions, full repair
 * between them), repopulation ln G from core `repopulationLogGain` when T_d and T_k are given, and TCP = exp(−N₀·S·G)
 * by core `tcpPoisson`. Uncertainty: `draws` accepted draws of (α, β) from the fit's sampling distribution,
 * bivariate normal (known error scale) or bivariate Student t with the fit's degrees of freedom (estimated scale; a
 * normal divided by √(χ²_ν/ν)), with the fit's covariance, truncated to α, β ≥ 0 by rejection. Uniforms come from the
 * sim's seeded Philox stream (`namedGenerator(seed, 'avatar', 0)`, mapped to cell midpoints by openUniform), so a seed gives the same numbers in Node and the browser. TCP
 * interval: 2.5% and 97.5% quantiles over the draws. Ranking: a higher TCP is a lower N₀·S·G, so schedules are
 * ordered by ln S + ln G, which keeps its order where TCP itself rounds to 0 or 1; P(best) is the share of draws in
 * which a schedule comes first, the ranking probability the share in which the whole order at the fit holds.
 * @param fit - from {@link fitAvatar}
 * @param schedules - the candidates (labels unique), e.g. from {@link parseScheduleList}
 * @param tumour - N₀ (> 0) and optional T_d (days, > 0) and T_k (days, ≥ 0), e.g. from {@link avatarTumour}
 * @param options - draws (100 … 10⁶) and seed (whole number from 0 to 2⁵³ − 1)
 * @returns the comparison; NaN numbers when the fit failed, the inputs are out of range, or fewer than 1 in 10⁴
 *   attempts falls inside α, β ≥ 0
 * @remarks The in-vitro α and β are taken as the tumour's: an assumption (docs/avatars.md). The interval covers the
 *   fit's statistical uncertainty only, not N₀, the kinetics or that transfer.
 */
export function compareAvatarSchedules(
  fit: AvatarFit,
  schedules: readonly AvatarSchedule[],
  tumour: AvatarComparisonTumour,
  options: AvatarComparisonOptions = {},
): AvatarComparison {
  const draws = options.draws ?? defaultAvatarDraws;
  const seed = options.seed ?? defaultAvatarSeed;
  const { clonogens, doublingTime, kickoffTime } = tumour;
  const courses = schedules.map(({ label, spec }) => {
    const course = schedule(spec);
    const { alphaDose, betaDose } = survivalCoefficients(course);
    const time = overallTime(course);
    const gain = doublingTime !== undefined && kickoffTime !== undefined ? repopulationLogGain(time, { doublingTime, kickoffTime }) : 0;
    return { label, fractions: course.length, totalDose: totalDose(course), overallTime: time, alphaDose, betaDose, gain };
  });
  const k = courses.length;
  const tcpOf = (logSurvivalWithGain: number): number =>
    // tcpPoisson takes ln S ≤ 0; when regrowth outweighs the kill, N₀·S·G still gives TCP = exp(−N₀SG).
    logSurvivalWithGain <= 0 ? tcpPoisson(clonogens, logSurvivalWithGain) : tcpPoisson(clonogens * portableExp(logSurvivalWithGain), 0);
  const keyAt = (alpha: number, beta: number, out: Float64Array): void => {
    courses.forEach((course, i) => {
      out[i] = course.gain - alpha * course.alphaDose - beta * course.betaDose;
    });
  };

  const valid =
    fit.ok &&
    Number.isSafeInteger(draws) &&
    draws >= 100 &&
    draws <= 1_000_000 &&
    Number.isSafeInteger(seed) &&
    seed >= 0 &&
    clonogens > 0 &&
    clonogens < Infinity &&
    (doublingTime === undefined) === (kickoffTime === undefined) &&
    k > 0 &&
    courses.every((course) => Number.isFinite(course.alphaDose) && Number.isFinite(course.betaDose) && Number.isFinite(course.gain));

  const fitted = new Float64Array(k);
  keyAt(fit.alpha, fit.beta, fitted);
  // Order at the fit: lower ln S + ln G first; ties keep input order.
  const order = courses.map((_, i) => i).sort((a, b) => fitted[a] - fitted[b] || a - b);
  const rankOf = new Array<number>(k);
  order.forEach((index, position) => {
    rankOf[index] = position + 1;
  });

  const tcps = courses.map(() => new Float64Array(valid ? draws : 0));
  const wins = new Float64Array(k);
  const aboveNext = new Float64Array(k);
  let orderHolds = 0;
  let attempts = 0;
  let accepted = 0;
  if (valid) {
    const [[varianceAlpha, covariance], [, varianceBeta]] = fit.covariance;
    // Cholesky factor of the 2 × 2 covariance; a coefficient held at 0 by the fit has variance 0.
    const l11 = Math.sqrt(Math.max(0, varianceAlpha));
    const l21 = l11 > 0 ? covariance / l11 : 0;
    const l22 = Math.sqrt(Math.max(0, varianceBeta - l21 * l21));
    const studentDf = fit.distribution === 'student-t' ? fit.degreesOfFreedom : 0;
    const generator = namedGenerator(seed, 'avatar', 0);
    const nextUniform = (): number => openUniform(generator());
    const keys = new Float64Array(k);
    while (accepted < draws && attempts < maxAttemptsPerDraw * draws) {
      attempts++;
      const z1 = normalQuantile(nextUniform());
      const z2 = normalQuantile(nextUniform());
      let scale = 1;
      if (studentDf > 0) {
        // χ²_ν exactly: −2 Σ ln U over ⌊ν/2⌋ uniforms (a sum of exponentials), plus z² when ν is odd.
        let chiSquare = 0;
        for (let j = 0; j < Math.floor(studentDf / 2); j++) chiSquare -= 2 * portableLog(nextUniform());
        if (studentDf % 2 === 1) chiSquare += normalQuantile(nextUniform()) ** 2;
        scale = Math.sqrt(studentDf / chiSquare);
      }
      const alpha = fit.alpha + scale * l11 * z1;
      const beta = fit.beta + scale * (l21 * z1 + l22 * z2);
      if (!(alpha >= 0 && beta >= 0)) continue;
      keyAt(alpha, beta, keys);
      let lowest = Infinity;
      let ties = 0;
      for (let i = 0; i < k; i++) {
        const key = keys[i];
        (tcps[i] as Float64Array)[accepted] = tcpOf(key);
        if (key < lowest) {
          lowest = key;
          ties = 1;
        } else if (key === lowest) ties++;
      }
      for (let i = 0; i < k; i++) if (keys[i] === lowest) wins[i] = wins[i] + 1 / ties;
      let holds = true;
      for (let position = 0; position + 1 < k; position++) {
        const here = keys[order[position]];
        const next = keys[order[position + 1]];
        if (here < next) aboveNext[position] = aboveNext[position] + 1;
        else if (here === next) aboveNext[position] = aboveNext[position] + 0.5;
        if (here > next) holds = false;
      }
      if (holds) orderHolds++;
      accepted++;
    }
  }
  const complete = valid && accepted === draws;
  const nan = Number.NaN;
  const results: AvatarScheduleResult[] = courses.map((course, i) => {
    const sorted = Array.from((tcps[i] as Float64Array).slice().sort());
    const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
    const position = rankOf[i] - 1;
    return {
      label: course.label,
      fractions: course.fractions,
      totalDose: course.totalDose,
      overallTime: course.overallTime,
      logSurvival: -(fit.alpha * course.alphaDose + fit.beta * course.betaDose),
      repopulationLogGain: course.gain,
      log10SurvivingClonogens: (portableLog(clonogens) + fitted[i]) / Math.LN10,
      tcp: valid ? tcpOf(fitted[i]) : nan,
      tcpMean: complete ? mean : nan,
      tcpCi95: complete ? [quantileSorted(sorted, 0.025) ?? nan, quantileSorted(sorted, 0.975) ?? nan] : [nan, nan],
      probabilityBest: complete ? wins[i] / draws : nan,
      rank: rankOf[i],
      probabilityAboveNext: position + 1 < k ? (complete ? aboveNext[position] / draws : nan) : null,
    };
  });
  return {
    schedules: results,
    ranking: order.map((index) => courses[index]?.label),
    best: courses[order[0]]?.label ?? '',
    rankingProbability: complete ? orderHolds / draws : nan,
    draws,
    seed,
    acceptance: complete ? accepted / attempts : nan,
    sampling:
      fit.distribution === 'student-t'
        ? `bivariate Student t (${fit.degreesOfFreedom} degree${fit.degreesOfFreedom === 1 ? '' : 's'} of freedom) around the fitted (α, β) with the fit's covariance, truncated to α, β ≥ 0`
        : "bivariate normal around the fitted (α, β) with the fit's covariance, truncated to α, β ≥ 0",
  };
}
