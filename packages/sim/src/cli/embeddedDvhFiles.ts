import type { DoseVolumeBin } from '../scenario/ResolvedScenario.js';
import type { DvhFiles, DvhSource } from '../scenario/DvhFiles.js';
import { dvhSourceKey } from '../scenario/DvhFiles.js';
import { dvhReferences } from '../scenario/dvhReferences.js';
import type { PathKey } from '../scenario/fieldSchemas.js';

type Plans = readonly (readonly DoseVolumeBin[])[];

const at = (value: unknown, path: readonly PathKey[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<PathKey, unknown>)[key] : undefined), value);

const isBins = (value: unknown): value is DoseVolumeBin[] =>
  Array.isArray(value) && value.every((bin: unknown) => typeof at(bin, ['dose']) === 'number' && typeof at(bin, ['volume']) === 'number');

const isPlans = (value: unknown): value is DoseVolumeBin[][] => Array.isArray(value) && value.length > 0 && value.every(isBins);

/** The plans the embedded scenario records for the reference at `path` of the text (arms[i].dvh, arms[i].organAtRisk.dvh or arms[i].organs.<organ>.dvh). */
function recordedPlans(embedded: unknown, path: readonly PathKey[]): Plans | undefined {
  const [, arm, field] = path;
  if (arm === undefined) return undefined;
  if (field === 'dvh') {
    const plans = at(embedded, ['arms', arm, 'dvh', 'plans']);
    return isPlans(plans) ? plans : undefined;
  }
  if (field === 'organs') {
    // arms[i].organs.<organ>.dvh: the resolved scenario holds the organ's one plan as its bins.
    const bins = at(embedded, ['arms', arm, 'organs', path[3] ?? '']);
    return isBins(bins) ? [bins] : undefined;
  }
  const organ = at(embedded, ['arms', arm, 'organAtRisk']);
  const plans = at(organ, ['plans']) ?? [at(organ, ['dvh'])];
  return isPlans(plans) ? plans : undefined;
}

/**
 * The DVH files of a shard file's scenario text, taken from its embedded scenario: a shard carries the text of the
 * scenario but not the DVH files it names, so the plans resolved when it was run are read back from the embedded
 * `scenario` (validateScenario then checks every other field against the text, and the hash the whole).
 * @param value - the shard's scenario text, read (any value)
 * @param embedded - the shard's embedded scenario (any value)
 * @returns the sources the text names, each as the plans recorded per structure; what is not recorded is left out
 *   (validation then reports it as not read)
 */
export function embeddedDvhFiles(value: unknown, embedded: unknown): DvhFiles {
  const perSource = new Map<string, Map<string, Plans>>();
  for (const reference of dvhReferences(value)) {
    const referencePath = reference.path.slice(0, -1);
    const structure = at(value, [...referencePath, 'structure']);
    const plans = recordedPlans(embedded, referencePath);
    if (typeof structure !== 'string' || plans === undefined) continue;
    const key = dvhSourceKey(reference.kind === 'file' ? { file: reference.location } : { folder: reference.location });
    const structures = perSource.get(key) ?? new Map<string, Plans>();
    structures.set(structure, plans);
    perSource.set(key, structures);
  }
  return new Map<string, DvhSource>([...perSource].map(([key, plans]) => [key, { plans }]));
}
