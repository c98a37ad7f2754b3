/**
 * The `formatVersion` of shard files (`ShardFile`, `UncertaintyShardFile`): 2 since they carry a checksum, 3 since the
 * partial result holds the progression strata and the pairs' event times (an accumulator of format 2 has fewer counts),
 * 4 since the pairs' event times hold the competing causes too (local recurrence, metastasis, death from sarcoma: a
 * format-3 accumulator of a scenario with `background` or `metastasis` has fewer counts), 5 since the pairs' event times
 * begin with the local recurrence, death ignored, in every scenario with `followUp.at` (a format-4 accumulator has
 * fewer counts, and its paired endpoints sit one place earlier).
 */
export const shardFormatVersion = 5;
