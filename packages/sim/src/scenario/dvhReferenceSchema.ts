import * as v from 'valibot';
import { checked, mapping, textField } from './fieldSchemas.js';
import type { DvhReferenceInput } from './ScenarioInput.js';

/**
 * A DVH from a treatment-planning system (docs/scenarios.md, "Plans from a planning system"): one structure of one
 * export file, or of every file of a folder (a cohort of plans sampled per patient). Paths are relative to the
 * scenario file; the command line reads them before validation (readDvhFiles), so the schema checks only the shape.
 */
export const dvhReferenceSchema: v.GenericSchema<DvhReferenceInput> = checked(
  mapping(
    {
      file: v.exactOptional(textField('A DVH file (Eclipse text export, CSV with units in the header, or DICOM RT Dose), relative to the scenario file.')),
      folder: v.exactOptional(textField('A folder of DVH files, one plan each, relative to the scenario file: each patient gets one of them (sorted by file name), drawn on a stream of its own.')),
      structure: textField('Name of the structure in the file (as the file spells it, e.g. PTV or Lung-GTV).'),
    },
    'a DVH file: { file, structure } or { folder, structure }',
    'A DVH from a planning system: one structure of a file, or of every file of a folder.',
  ),
  (reference) => {
    if (reference.file !== undefined && reference.folder !== undefined) return [{ keys: ['folder'], message: 'give file or folder, not both' }];
    if (reference.file === undefined && reference.folder === undefined) return [{ keys: [], message: 'missing file: give file (one plan) or folder (a cohort of plans)' }];
    return [];
  },
);
