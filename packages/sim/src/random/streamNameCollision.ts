import { streamNameId } from './streamNameId.js';

/** Two names of one stream purpose whose name ids coincide, and the id. */
export interface StreamNameCollision {
  readonly first: string;
  readonly second: string;
  readonly id: number;
  /** The problem in words, naming both names and the id: what the scenario check and the compiler report. */
  readonly message: string;
}

/**
 * The first pair of names of one stream purpose whose name ids (streamNameId, 32 bits) coincide: two markers, or two
 * agents, would otherwise draw from the same stream and be silently perfectly correlated. The scenario check
 * (biomarkerProblems) reports it at the second name's place in the file; compileExtras throws it for scenarios built
 * in code.
 *
 * Why it can happen at all: 2³² ids for any number of names; with m names the chance of a collision is about
 * m²/2³³ (10⁻⁸ for 10 names), small but not zero, so it is checked rather than assumed.
 * @param purpose - `marker` or `response` (for the message: markers, agents)
 * @param names - the purpose's names
 * @returns the collision, or undefined when every distinct name has its own id
 */
export function streamNameCollision(purpose: 'marker' | 'response', names: readonly string[]): StreamNameCollision | undefined {
  const seen = new Map<number, string>();
  for (const name of names) {
    const id = streamNameId(name);
    const other = seen.get(id);
    if (other !== undefined && other !== name) {
      const kind = purpose === 'marker' ? 'markers' : 'agents';
      const message =
        `${kind} ${JSON.stringify(other)} and ${JSON.stringify(name)} have the same random stream id ` +
        `(0x${id.toString(16).padStart(8, '0')}, FNV-1a of the name) and would draw the same numbers: rename one of them ` +
        '(docs/determinism.md, "Random streams")';
      return { first: other, second: name, id, message };
    }
    seen.set(id, name);
  }
  return undefined;
}
