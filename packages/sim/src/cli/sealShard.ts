import { shardChecksum } from './shardChecksum.js';

/**
 * A shard file's body with its checksum added as the last key (see {@link shardChecksum}), ready to be written.
 * @param body - every field of the shard file but `checksum`
 * @returns a new object: the fields of `body`, then `checksum`
 */
export function sealShard<Body extends object>(body: Body): Body & { readonly checksum: string } {
  return { ...body, checksum: shardChecksum(body as Readonly<Record<string, unknown>>) };
}
