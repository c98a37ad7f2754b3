import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { describeValue } from '../scenario/describeValue.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { recordedLibrary } from '../scenario/recordedLibrary.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';

const shown = (value: unknown): string => (typeof value === 'string' ? terminalText(value) : describeValue(value));

/**
 * Whether a shard file was computed by the model and the parameter library this rtsim computes its scenario with:
 * its `model` must be {@link modelVersion}, its `library` (version and hash) that of recordedLibrary(scenario),
 * i.e. the library the scenario's pin names, else this rtsim's. Merged totals of another model or library would be
 * results no program computed, recorded under this rtsim's versions; a resealed file can claim anything, so the
 * claim is compared, not trusted (docs/sharding.md).
 * @param file - the shard file's object, its seal and `rtsim` already checked (shardHeader)
 * @param scenario - the scenario re-derived from its text (shardHeader)
 * @returns `was computed by rtsim 0.2.0 with parameter library 9.9.9, but this rtsim (0.2.0) computes its scenario
 *   with parameter library 1.1.0: …`, to follow the part's name; undefined when both match
 */
export function shardVersionsProblem(file: Readonly<Record<string, unknown>>, scenario: ResolvedScenario): string | undefined {
  const theirs: string[] = [];
  const ours: string[] = [];
  if (file['model'] !== modelVersion) {
    theirs.push(`model ${shown(file['model'])}`);
    ours.push(`model ${modelVersion}`);
  }
  const expected = recordedLibrary(scenario);
  const library = file['library'];
  const claimed = typeof library === 'object' && library !== null ? (library as Record<string, unknown>) : {};
  if (claimed['version'] !== expected.version || claimed['hash'] !== expected.hash) {
    // One version with other content: only the hash tells the two apart.
    const hashes = claimed['version'] === expected.version;
    theirs.push(`parameter library ${shown(claimed['version'])}${hashes ? ` ${shown(claimed['hash'])}` : ''}`);
    ours.push(`parameter library ${expected.version}${hashes ? ` ${expected.hash}` : ''}`);
  }
  if (theirs.length === 0) return undefined;
  return `was computed by rtsim ${shown(file['rtsim'])} with ${theirs.join(' and ')}, but this rtsim (${rtsimVersion()}) computes its scenario with ${ours.join(' and ')}: run the shard again with this rtsim`;
}
