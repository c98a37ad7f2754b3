import { createHash } from 'node:crypto';

/**
 * The checksum of a shard file (`ShardFile`, `UncertaintyShardFile`): `sha256:` + the hex SHA-256 of the UTF-8 of
 * `JSON.stringify` of the file's object without its top-level `checksum` key, in the order the keys stand. A file
 * that is parsed and stringified again gives the same text (JSON.parse keeps key order, and numbers written by
 * JSON.stringify read back to the same numbers), so whitespace does not change the checksum; any changed value,
 * added or removed key does.
 * @remarks Protection against damage (a flipped bit, a truncated copy, a hand edit), not a signature: anyone
 *   can compute it. Shard files are written and read by the Node command line only, hence node:crypto.
 * @param body - the file's object (as written, or as parsed from the file)
 * @returns `sha256:<64 hex digits>`
 */
export function shardChecksum(body: Readonly<Record<string, unknown>>): string {
  // fromEntries defines keys as own data properties, so even a key named "__proto__" is kept and hashed.
  const content = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'checksum'));
  return `sha256:${createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex')}`;
}
