import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { describeValue } from '../scenario/describeValue.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';

/**
 * Who claims to have computed a part: the fields of a shard file as read (any values, nothing trusted yet), or
 * of a part built in-process ({@link PlainTrialPart}, {@link TwoLevelTrialPart}).
 */
export interface ShardVersionsClaim {
  readonly rtsim?: unknown;
  readonly model?: unknown;
  readonly library?: unknown;
}

// Strings as they are (the caller makes them safe for its medium: the command line's terminalText), the rest described.
const shown = (value: unknown): string => (typeof value === 'string' ? value : describeValue(value));

/**
 * Whether a part was computed by the model and the parameter library this rtsim computes its scenario with:
 * its `model` must be {@link modelVersion}, its `library` (version and hash) that of recordedLibrary(scenario),
 * i.e. the library the scenario's pin names, else this rtsim's. Merged totals of another model or library would be
 * results no program computed, recorded under this rtsim's versions; a resealed file or a part built by hand can
 * claim anything, so the claim is compared, not trusted (docs/sharding.md). Checked by the command line's readers
 * of each file and again by mergeTrialParts, for parts that never were a file.
 * @param claim - the part's `rtsim`, `model` and `library`, as the file or the part holds them
 * @param scenario - the part's scenario (re-derived from its text when read from a file)
 * @param version - this rtsim's version, named in the message
 * @returns `was computed by rtsim 0.2.0 with parameter library 9.9.9, but this rtsim (0.2.0) computes its scenario
 *   with parameter library 1.1.0: …`, to follow the part's name, its claimed values unescaped; undefined when both
 *   match
 * @throws Error when the scenario's pin names a library this rtsim does not carry (recordedLibrary; a scenario
 *   built by hand, resolveScenario never makes one)
 */
export function shardVersionsProblem(claim: ShardVersionsClaim, scenario: ResolvedScenario, version: string): string | undefined {
  const theirs: string[] = [];
  const ours: string[] = [];
  if (claim.model !== modelVersion) {
    theirs.push(`model ${shown(claim.model)}`);
    ours.push(`model ${modelVersion}`);
  }
  const expected = recordedLibrary(scenario);
  const { library } = claim;
  const claimed = typeof library === 'object' && library !== null ? (library as Record<string, unknown>) : {};
  if (claimed['version'] !== expected.version || claimed['hash'] !== expected.hash) {
    // One version with other content: only the hash tells the two apart.
    const hashes = claimed['version'] === expected.version;
    theirs.push(`parameter library ${shown(claimed['version'])}${hashes ? ` ${shown(claimed['hash'])}` : ''}`);
    ours.push(`parameter library ${expected.version}${hashes ? ` ${expected.hash}` : ''}`);
  }
  if (theirs.length === 0) return undefined;
  return `was computed by rtsim ${shown(claim.rtsim)} with ${theirs.join(' and ')}, but this rtsim (${version}) computes its scenario with ${ours.join(' and ')}: run the shard again with this rtsim`;
}
