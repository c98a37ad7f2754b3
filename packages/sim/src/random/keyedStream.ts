import { blockStream, type BlockStream } from './blockStream.js';
import { streamNameId } from './streamNameId.js';

/**
 * Block k's stream of one named marker or agent: {@link blockStream}(seed, k, purpose, streamNameId(name)), one uniform
 * per patient of the block (invalid patients included), in patient order.
 *
 * Why keyed by name: adding a marker or an agent never shifts another's draws, and a scenario without them draws
 * exactly what it drew before they existed. compileExtras refuses two names of one purpose with the same id.
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @param purpose - `marker` (marker status) or `response` (an agent's response); docs/determinism.md
 * @param name - the marker or agent name
 * @returns the stream, positioned at the block's first patient
 */
export function keyedStream(seed: number, blockIndex: number, purpose: 'marker' | 'response', name: string): BlockStream {
  return blockStream(seed, blockIndex, purpose, streamNameId(name));
}
