/** The `formatVersion` of shard files (`ShardFile`, `UncertaintyShardFile`): 2 since they carry a checksum. */
export const shardFormatVersion = 2;
