import { createHash } from 'node:crypto';

/**
 * A shard file's object with its `checksum` computed again, as docs/sharding.md specifies it (SHA-256 of
 * `JSON.stringify` of the other fields, in their order): an edit that a checksum alone would catch, made so that
 * merge's other checks are what must catch it. Written here from the documentation, not taken from the code
 * under test.
 * @param body - a parsed shard file, edited
 * @returns a new object: the fields of `body` but `checksum`, then `checksum`
 */
export function resealShard(body: Record<string, unknown>): Record<string, unknown> {
  const content = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'checksum'));
  return { ...content, checksum: `sha256:${createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex')}` };
}
