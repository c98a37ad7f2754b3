import { streamNameId } from './streamNameId.js';

/**
 * Refuses names of one stream purpose whose name ids (streamNameId, 32 bits) coincide: two markers, or two agents,
 * would otherwise draw from the same stream and be silently perfectly correlated.
 *
 * Why it can happen at all: 2³² ids for any number of names; with m names the chance of a collision is about
 * m²/2³³ (10⁻⁸ for 10 names), small but not zero, so it is checked rather than assumed.
 * @param purpose - `marker` or `response` (for the message: markers, agents)
 * @param names - the purpose's names, distinct strings
 * @throws RangeError naming both names and their shared id
 */
export function assertDistinctStreamNames(purpose: 'marker' | 'response', names: readonly string[]): void {
  const seen = new Map<number, string>();
  for (const name of names) {
    const id = streamNameId(name);
    const other = seen.get(id);
    if (other !== undefined && other !== name) {
      const kind = purpose === 'marker' ? 'markers' : 'agents';
      throw new RangeError(
        `${kind} ${JSON.stringify(other)} and ${JSON.stringify(name)} have the same random stream id ` +
          `(0x${id.toString(16).padStart(8, '0')}, FNV-1a of the name) and would draw the same numbers: rename one of them ` +
          '(docs/determinism.md, "Random streams")',
      );
    }
    seen.set(id, name);
  }
}
