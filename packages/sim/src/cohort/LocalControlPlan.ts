import type { CompiledDistribution } from '../random/compileDistribution.js';

/** Age (years) from which the age covariate's log odds ratio applies: age ≥ 50 (localControlDefaults, docs/local-control-model.md). */
export const olderAgeYears = 50;

/** Uniforms per patient of the block's local-control stream (docs/local-control-model.md, "Random numbers"). */
export const localControlUniforms = 12;

/**
 * Strata per arm of the local-control results: grade G1, G2, G3, then margin class R0-wide, R0-close, R1-planned,
 * R1-unplanned, R2 and none (no surgery in the arm), then size band of the tumour diameter (< 5, 5–10, > 10 cm: the
 * bands of the evidence, outcome-evidence C2/C4, and of the size odds ratios), then site (extremity, trunk wall,
 * retroperitoneum, head and neck). A patient counts in one stratum of each of the four (see {@link stratumDimension}).
 */
export const localControlStrata: readonly string[] = [
  'G1', 'G2', 'G3',
  'R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2', 'none',
  'under-5cm', '5-10cm', 'over-10cm',
  'extremity', 'trunk-wall', 'retroperitoneum', 'head-neck',
];

/** Index of the first margin-class stratum in {@link localControlStrata}; class c (0–4) is at 3 + c, none at 8. */
export const marginStratum = 3;

/** Index of the first size-band stratum in {@link localControlStrata}: < 5 cm at 9, 5–10 cm at 10, > 10 cm at 11. */
export const sizeStratum = 9;

/** Index of the first site stratum in {@link localControlStrata}: extremity 12, trunk wall 13, retroperitoneum 14, head and neck 15. */
export const siteStratum = 12;

/** The four ways of stratifying the local-control results, in the order of {@link localControlStrata}. */
export const stratumDimensions = ['grade', 'margin', 'size', 'site'] as const;

/** A way of stratifying the local-control results: FNCLCC grade, margin class, size band or site. */
export type StratumDimension = (typeof stratumDimensions)[number];

/**
 * The dimension of stratum q of {@link localControlStrata}.
 * @param q - stratum index, 0 ≤ q < localControlStrata.length
 * @returns `grade`, `margin`, `size` or `site`
 */
export function stratumDimension(q: number): StratumDimension {
  return q < marginStratum ? 'grade' : q < sizeStratum ? 'margin' : q < siteStratum ? 'size' : 'site';
}

/** One arm of the local-control model, compiled. */
export interface LocalControlArmPlan {
  /** Whether the arm uses the model for its tumour (false: the classic clonogen model, evaluated as before, or a lesion arm, evaluated by evaluateLesions). */
  readonly enabled: boolean;
  /** Whether the arm has surgery (false: gross disease, stratum none). */
  readonly surgery: boolean;
  /** Cumulative margin-class shares R0-wide … R2 (last Infinity), for primary referrals and after an unplanned excision. */
  readonly marginCuts: Float64Array;
  readonly marginCutsAfterUnplanned: Float64Array;
  /** Fraction groups before surgery (all fractions without surgery) and after it: [dose per fraction (Gy), count] pairs. */
  readonly before: Float64Array;
  readonly after: Float64Array;
  /**
   * Per group of `before` and of `after`, the index of its dose per fraction in LocalControlPlan.doses: the
   * patient's reoxygenated survival of one fraction is computed once per distinct dose, not once per arm and group.
   */
  readonly beforeDoses: Int32Array;
  readonly afterDoses: Int32Array;
}

/**
 * The local-control model of a scenario, compiled (docs/local-control-model.md; library values from
 * `localControlDefaults`): covariate cuts, log odds, residue, hypoxia and regrowth constants, and the arms.
 */
export interface LocalControlPlan {
  /** Cumulative grade shares G1, G2 (G3 above). */
  readonly gradeCuts: Float64Array;
  readonly deepShare: number;
  /** Cumulative site shares extremity, trunk wall, retroperitoneum (head and neck above). */
  readonly siteCuts: Float64Array;
  readonly recurrentShare: number;
  readonly unplannedShare: number;
  readonly age: CompiledDistribution;
  /**
   * [low, high] = quantileThresholdBand(age, olderAgeYears): an age uniform u ≤ low draws an age below 50, u ≥ high
   * one of 50 or more, with no inverse CDF; only u in (low, high) (a band about 10⁻¹² wide) computes the age.
   */
  readonly ageOlderBand: Float64Array;
  /** Log odds ratios: G2, G3, deep, 5–10 cm, > 10 cm, retroperitoneum or head and neck, recurrent, age ≥ 50. */
  readonly logOddsRatio: Float64Array;
  /** θ of R0-wide, R0-close, R1-planned, R1-unplanned. */
  readonly marginLogOdds: Float64Array;
  /** ln of the median residual clonogens, and the SD of their ln. */
  readonly logResidualMedian: number;
  readonly residualSigma: number;
  /**
   * ln(1 − h_bed) and ln h_bed (portableLog1p, portableLog) of the tumour bed's hypoxic share h_bed (library value
   * `tumourBedHypoxicFraction`), computed once for every patient's tumour-bed survival; h_bed itself is not needed.
   */
  readonly bedLogOxicShare: number;
  readonly bedLogHypoxicShare: number;
  readonly hypoxicFractionAt8cm: number;
  /** The distinct doses per fraction (Gy) of every arm's fraction groups, before and after surgery. */
  readonly doses: Float64Array;
  /** T_d,50 of grade 2 (days), σ of ln T_d, γ per grade step. */
  readonly regrowthMedianDays: number;
  readonly regrowthSigma: number;
  readonly regrowthGradeLogRatio: number;
  /** T_d,50(g) = gradeDoublingTime(T_d,50, γ, g) for g = 1, 2, 3 (days). */
  readonly gradeDoublingTimes: Float64Array;
  readonly dormantShare: number;
  /** λ, per year. */
  readonly reawakeningRate: number;
  readonly arms: readonly LocalControlArmPlan[];
}
