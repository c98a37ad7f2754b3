import type { PathKey } from './fieldSchemas.js';
import { isMapping } from './isMapping.js';

/** A `dvh:` reference found in a scenario value, with where it is. */
export interface FoundDvhReference {
  readonly path: readonly PathKey[];
  readonly kind: 'file' | 'folder';
  /** The path as written, relative to the scenario file. */
  readonly location: string;
}

const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

function referenceAt(value: unknown, path: readonly PathKey[]): FoundDvhReference[] {
  if (!isMapping(value)) return [];
  const file = own(value, 'file');
  const folder = own(value, 'folder');
  return [
    ...(typeof file === 'string' ? [{ path: [...path, 'file'], kind: 'file' as const, location: file }] : []),
    ...(typeof folder === 'string' ? [{ path: [...path, 'folder'], kind: 'folder' as const, location: folder }] : []),
  ];
}

/**
 * The DVH files and folders a scenario value names (`arms[i].dvh`, `arms[i].organAtRisk.dvh` and `arms[i].organs.{lung,femoralNeck}.dvh`), before it is
 * validated, so that the caller can read them: any value is accepted and what is not shaped like a reference is skipped
 * (validation reports it).
 * @param value - a scenario as read from YAML or JSON (any value)
 * @returns every file or folder named, in file order
 */
export function dvhReferences(value: unknown): FoundDvhReference[] {
  if (!isMapping(value)) return [];
  const arms = own(value, 'arms');
  if (!Array.isArray(arms)) return [];
  return arms.flatMap((arm: unknown, index) => {
    if (!isMapping(arm)) return [];
    const organ = own(arm, 'organAtRisk');
    const organs = own(arm, 'organs');
    const organDose = (name: string): FoundDvhReference[] => {
      const dose = isMapping(organs) ? own(organs, name) : undefined;
      return isMapping(dose) ? referenceAt(own(dose, 'dvh'), ['arms', index, 'organs', name, 'dvh']) : [];
    };
    return [
      ...referenceAt(own(arm, 'dvh'), ['arms', index, 'dvh']),
      ...(isMapping(organ) ? referenceAt(own(organ, 'dvh'), ['arms', index, 'organAtRisk', 'dvh']) : []),
      ...organDose('lung'),
      ...organDose('femoralNeck'),
    ];
  });
}
