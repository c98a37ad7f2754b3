import { readScenarioText } from '../scenario/readScenarioText.js';
import { calibrationFileContents } from './calibrationFileContents.js';
import type { CalibrationOptions } from './validateCalibration.js';
import type { CalibrationParseResult } from './validateCalibrationText.js';
import { validateCalibrationText } from './validateCalibrationText.js';

export type { CalibrationParseResult } from './validateCalibrationText.js';

/**
 * Parses, validates and resolves a calibration DATA file (YAML or JSON, docs/calibration.md) in one go
 * (readScenarioText, then validateCalibrationText). Never throws: every problem comes back at once with its path
 * (`cohorts[2].observed.failures`), a message for people and, where it can be placed, its 1-based line and
 * column, in file order; file-level problems (size, syntax, emptiness) have the path `(file)`, as for scenarios.
 * @param text - the file's contents
 * @param fileName - its name (`.json` selects JSON); optional
 * @param options - patients per series replacing the file's
 * @returns `{ ok: true, input, setup }` or `{ ok: false, issues }`
 */
export function parseCalibration(text: string, fileName?: string, options: CalibrationOptions = {}): CalibrationParseResult {
  const read = readScenarioText(text, fileName, calibrationFileContents);
  if (!read.ok) return { ok: false, issues: read.issues };
  return validateCalibrationText(read, options);
}
