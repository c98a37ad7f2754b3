import { toFixedPoint } from './toFixedPoint.js';

/**
 * Adds a block's float partial sums into fixed-point accumulators, in place: target[i] += round(values[i]·2⁴⁰).
 * Start from `Array.from({ length }, () => 0n)`; because BigInt addition is exact and associative, the
 * totals are bit-identical whatever order the blocks arrive in.
 * @param target - fixed-point accumulators, modified in place
 * @param values - the block's partial sums (finite), same length as target
 * @returns target
 * @throws RangeError when the lengths differ or a value is not finite (see {@link toFixedPoint})
 */
export function addFixedPoint(target: bigint[], values: ArrayLike<number>): bigint[] {
  if (values.length !== target.length) {
    throw new RangeError(`addFixedPoint: ${values.length} values for ${target.length} accumulators`);
  }
  for (let i = 0; i < target.length; i++) target[i] = target[i] + toFixedPoint(values[i]);
  return target;
}
