// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- dcmjs ships no types (see the .d.ts); they must reach projects that compile this file from source
/// <reference path="./dcmjs.d.ts" />
import dcmjs from 'dcmjs';
import type { DvhIssue } from './DvhIssue.js';
import type { DvhStructure } from './DvhStructure.js';
import { structureFromRows } from './structureFromRows.js';

const doseUnits = new Map([['GY', 1], ['CGY', 0.01]]);
const volumeUnits = new Map<string, 'cm3' | 'percent'>([['CM3', 'cm3'], ['PERCENT', 'percent']]);

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().toUpperCase() : '';
}

function numbers(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value;
  return undefined;
}

/** ROI number → name, from a Structure Set ROI Sequence (3006,0020) in the same file, when present. */
function roiNames(dataset: Record<string, unknown>): Map<number, string> {
  const names = new Map<number, string>();
  const sequence = dataset['StructureSetROISequence'];
  if (!Array.isArray(sequence)) return names;
  for (const item of sequence as Record<string, unknown>[]) {
    if (typeof item['ROINumber'] === 'number' && typeof item['ROIName'] === 'string') names.set(item['ROINumber'], item['ROIName'].trim());
  }
  return names;
}

/**
 * Reads the DVH Sequence (3004,0050) of a DICOM RT Dose file (PS3.3 C.8.8.4, RT DVH Module) with dcmjs. Each item:
 * DVH Type (3004,0001) CUMULATIVE or DIFFERENTIAL, Dose Units (3004,0002) GY or CGY, DVH Dose Scaling (3004,0052,
 * default 1), DVH Volume Units (3004,0054) CM3 or PERCENT, DVH Data (3004,0058) as pairs (bin width D_k, volume V_k),
 * DVH Number of Bins (3004,0056, checked against the data when present), DVH Referenced ROI Sequence (3004,0060). Bin k spans [Σ_{j<k} D_j, Σ_{j≤k} D_j) times the scaling; a cumulative
 * V_k is the volume receiving at least the bin's lower edge, a differential V_k the bin's volume. Names come from a
 * Structure Set ROI Sequence in the same file when present, else `ROI n`.
 * @param bytes - the file's bytes (DICOM Part 10, with its 128-byte preamble and `DICM`)
 * @returns the structures (doses in Gy, cumulative volumes relative to V_0), or every issue, each naming the
 *   sequence item (a DICOM file has no lines): unreadable file, no DVH Sequence, an unknown type or unit, odd or
 *   non-numeric DVH Data, a DVH Number of Bins that is not the number of pairs, and the checks of {@link structureFromRows}
 */
export function parseDicomDvh(bytes: Uint8Array): { readonly structures: readonly DvhStructure[]; readonly issues: readonly DvhIssue[] } {
  let dataset: Record<string, unknown>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const file = dcmjs.data.DicomMessage.readFile(buffer, { ignoreErrors: false });
    dataset = dcmjs.data.DicomMetaDictionary.naturalizeDataset(file.dict);
  } catch (error) {
    return { structures: [], issues: [{ message: `not a readable DICOM file: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const sequence = dataset['DVHSequence'];
  if (!Array.isArray(sequence) || sequence.length === 0) return { structures: [], issues: [{ message: 'no DVH Sequence (3004,0050) in this DICOM file (is it an RT Dose file with DVHs?)' }] };
  const names = roiNames(dataset);
  const issues: DvhIssue[] = [];
  const structures: DvhStructure[] = [];
  (sequence as Record<string, unknown>[]).forEach((item, index) => {
    const where = `DVH Sequence item ${index + 1}`;
    const type = text(item['DVHType']);
    const toGy = doseUnits.get(text(item['DoseUnits']));
    const unit = volumeUnits.get(text(item['DVHVolumeUnits']));
    const scaling = item['DVHDoseScaling'] === undefined ? 1 : numbers(item['DVHDoseScaling'])?.[0];
    const data = numbers(item['DVHData']);
    const problems: string[] = [];
    if (type !== 'CUMULATIVE' && type !== 'DIFFERENTIAL') problems.push(`unknown DVH Type '${String(item['DVHType'])}' (expected CUMULATIVE or DIFFERENTIAL)`);
    if (toGy === undefined) problems.push(`unknown Dose Units '${String(item['DoseUnits'])}' (expected GY or CGY)`);
    if (unit === undefined) problems.push(`unknown DVH Volume Units '${String(item['DVHVolumeUnits'])}' (expected CM3 or PERCENT)`);
    if (!(scaling !== undefined && scaling > 0 && scaling < Infinity)) problems.push(`DVH Dose Scaling '${String(item['DVHDoseScaling'])}' is not a positive number`);
    if (data === undefined || data.length === 0 || data.length % 2 !== 0) problems.push('DVH Data is not a list of (bin width, volume) pairs');
    else if (item['DVHNumberOfBins'] !== undefined && numbers(item['DVHNumberOfBins'])?.[0] !== data.length / 2) {
      // The count and the data are written separately; when they disagree the data were cut short or padded.
      problems.push(`DVH Number of Bins (3004,0056) is ${String(item['DVHNumberOfBins'])} but DVH Data (3004,0058) holds ${data.length / 2} (bin width, volume) pairs: the data are truncated or padded`);
    }
    const roiSequence = item['DVHReferencedROISequence'];
    const roi = Array.isArray(roiSequence) ? (roiSequence[0] as Record<string, unknown> | undefined)?.['ReferencedROINumber'] : undefined;
    const name = typeof roi === 'number' ? (names.get(roi) ?? `ROI ${roi}`) : `DVH ${index + 1}`;
    if (problems.length > 0 || data === undefined || toGy === undefined || unit === undefined || scaling === undefined) {
      for (const message of problems) issues.push({ message: `${where} (${name}): ${message}` });
      return;
    }
    const edges = [0];
    const volumes: number[] = [];
    for (let pair = 0; pair < data.length; pair += 2) {
      edges.push((edges[edges.length - 1]) + (data[pair]) * scaling * toGy);
      volumes.push(data[pair + 1]);
    }
    const result = structureFromRows({
      name,
      kind: type === 'CUMULATIVE' ? 'cumulative' : 'differential',
      doses: edges.slice(0, -1),
      volumes,
      topDose: edges[edges.length - 1],
      lines: [],
      unit,
    });
    for (const issue of result.issues) issues.push({ message: `${where}: ${issue.message}` });
    if (result.structure !== undefined) structures.push(result.structure);
  });
  return issues.length > 0 ? { structures: [], issues } : { structures, issues };
}
