/**
 * Fractional bits of the fixed-point sums that combine block partial sums exactly: a value x is held as the
 * integer round(x·2⁴⁰), a resolution of 2⁻⁴⁰ ≈ 9.1e-13. Each block's float partial sum is rounded once
 * (error ≤ 2⁻⁴¹); the total over blocks is then exact, whatever the block order, worker count or shard split.
 * Doubles of magnitude ≥ 2¹² have no bits below 2⁻⁴⁰, so their conversion is exact.
 * @see The determinism contract ("Determinism and scale" in the architecture notes).
 */
export const fixedPointBits: number = 40;
