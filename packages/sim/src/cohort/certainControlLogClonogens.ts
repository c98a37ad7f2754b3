/**
 * Below this ln N_left (N_left < 3.2 × 10⁻¹⁷ < 2⁻⁵⁴) TCP = exp(−N_left) is exactly 1 in double precision: e^{−m}
 * ≈ 1 − m, and 1 − m rounds to 1 for m < 2⁻⁵⁴ (the doubles below 1 are 2⁻⁵³ apart). The engine then skips both
 * exponentials: common in SBRT arms (3 × 18 Gy leaves ln N_left ≈ −70), and bit-identical to computing them
 * (test/sim/cohort-engine.test.ts checks portableExp(−portableExp(x)) = 1 below it).
 */
export const certainControlLogClonogens = -38;
