import { differentialFromCumulative, doseVolumeBinsFromDifferential } from '@rtsim/core';
import type { DvhFiles } from './DvhFiles.js';
import { dvhSourceKey } from './DvhFiles.js';
import type { PathKey } from './fieldSchemas.js';
import type { DoseVolumeBin } from './ResolvedScenario.js';
import type { DvhReferenceInput, ScenarioInput } from './ScenarioInput.js';
import type { PathIssue } from './schemaIssues.js';

/** Issues of one malformed file quoted in a message; the rest are counted. */
const quotedFileIssues = 3;

/**
 * The key of a reference's plans in the map {@link resolveDvhReferences} returns: its source and structure.
 * @param reference - a validated `dvh:` reference
 */
export function dvhPlanKey(reference: DvhReferenceInput): string {
  return JSON.stringify([dvhSourceKey(reference), reference.structure]);
}

/** The plans of every `dvh:` reference, or why one cannot be had. */
export interface DvhResolution {
  readonly issues: readonly PathIssue[];
  /** Per {@link dvhPlanKey}: one differential DVH per plan (Gy, relative volumes summing to 1), a folder's in file-name order. */
  readonly plans: ReadonlyMap<string, readonly (readonly DoseVolumeBin[])[]>;
}

function structurePlans(
  reference: DvhReferenceInput,
  files: DvhFiles | undefined,
  path: readonly PathKey[],
): { readonly plans: DoseVolumeBin[][] } | { readonly issue: PathIssue } {
  const kind = reference.file !== undefined ? 'file' : 'folder';
  const location = reference.file ?? reference.folder ?? '';
  const at = (key: PathKey, message: string): { issue: PathIssue } => ({ issue: { path: [...path, key], message } });
  const source = files?.get(dvhSourceKey(reference));
  if (source === undefined) {
    return at(kind, `${location}: not read: DVH files are read relative to the scenario file by the command line (rtsim validate, rtsim run); this caller supplied none`);
  }
  if ('error' in source) return at(kind, `${location}: ${source.error}`);
  if ('plans' in source) {
    const resolved = source.plans.get(reference.structure);
    return resolved === undefined ? at('structure', `no structure '${reference.structure}' recorded for ${location}`) : { plans: resolved.map((bins) => [...bins]) };
  }
  if (source.files.length === 0) return at(kind, `${location}: the folder holds no DVH files`);
  const plans: DoseVolumeBin[][] = [];
  for (const { name, parsed } of source.files) {
    const where = kind === 'file' ? location : `${location.replace(/\/+$/, '')}/${name}`;
    if (!parsed.ok) {
      const quoted = parsed.issues.slice(0, quotedFileIssues).map((issue) => (issue.line === undefined ? issue.message : `line ${issue.line}: ${issue.message}`));
      const more = parsed.issues.length > quotedFileIssues ? `; … (${parsed.issues.length} problems in all)` : '';
      return at(kind, `${where}: not a valid DVH file (${parsed.format}): ${quoted.join('; ')}${more}`);
    }
    const matches = parsed.structures.filter((s) => s.name === reference.structure);
    const structure = matches[0];
    if (structure === undefined) {
      const names = parsed.structures.map((s) => s.name).join(', ');
      return at('structure', `no structure '${reference.structure}' in ${where}; it has: ${names}`);
    }
    // Two DVHs under one name (an export with a duplicated structure, a DICOM ROI number referenced twice): which
    // one the plan means cannot be known, so neither is taken.
    if (matches.length > 1) {
      return at('structure', `${where} has ${matches.length} structures named '${reference.structure}'; rename them in the planning system so that the name picks one DVH`);
    }
    const bins = doseVolumeBinsFromDifferential(differentialFromCumulative(structure.cumulative));
    if (bins.length === 0) return at('structure', `structure '${reference.structure}' of ${where} has no volume`);
    plans.push(bins);
  }
  return { plans };
}

/**
 * The DVHs a validated scenario names (`arms[i].dvh`, `arms[i].organAtRisk.dvh`, `arms[i].organs.{lung,femoralNeck}.dvh` given as a file or folder), from
 * the files the caller read: the named structure of each file, as differential bins at their midpoint doses with
 * relative volumes (core's differentialFromCumulative, doseVolumeBinsFromDifferential). The volume unit of the
 * file (cm³ or %) does not matter: volumes are relative.
 * @param input - a scenario that passed the schema
 * @param files - the files read by the caller (absent: none, so every reference is an issue)
 * @returns the plans per reference, or the issues: path of the `file`/`folder` (unreadable, empty folder, malformed
 *   file with its lines) or of the `structure` (not in the file, with the names it has; no volume)
 */
export function resolveDvhReferences(input: ScenarioInput, files: DvhFiles | undefined): DvhResolution {
  const issues: PathIssue[] = [];
  const plans = new Map<string, readonly (readonly DoseVolumeBin[])[]>();
  const visit = (reference: DvhReferenceInput, path: readonly PathKey[]): void => {
    const result = structurePlans(reference, files, path);
    if ('issue' in result) issues.push(result.issue);
    else plans.set(dvhPlanKey(reference), result.plans);
  };
  input.arms.forEach((arm, index) => {
    if (arm.dvh !== undefined) visit(arm.dvh, ['arms', index, 'dvh']);
    const organDvh = arm.organAtRisk?.dvh;
    if (organDvh !== undefined && !Array.isArray(organDvh)) visit(organDvh, ['arms', index, 'organAtRisk', 'dvh']);
    const lungDvh = arm.organs?.lung?.dvh;
    if (lungDvh !== undefined && !Array.isArray(lungDvh)) visit(lungDvh, ['arms', index, 'organs', 'lung', 'dvh']);
    const femoralNeckDvh = arm.organs?.femoralNeck?.dvh;
    if (femoralNeckDvh !== undefined && !Array.isArray(femoralNeckDvh)) visit(femoralNeckDvh, ['arms', index, 'organs', 'femoralNeck', 'dvh']);
  });
  return { issues, plans };
}
