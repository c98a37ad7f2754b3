import type { ScenarioText } from '../scenario/readScenarioText.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import type { CalibrationInput } from './CalibrationInput.js';
import type { CalibrationSetup } from './CalibrationSetup.js';
import { placedIssues } from './placedIssues.js';
import type { CalibrationOptions } from './validateCalibration.js';
import { validateCalibration } from './validateCalibration.js';

/** What {@link validateCalibrationText} and parseCalibration return. */
export type CalibrationParseResult =
  | { readonly ok: true; readonly input: CalibrationInput; readonly setup: CalibrationSetup }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Validates and resolves a calibration DATA file already read by readScenarioText (so that a caller that read
 * the file to tell its kind parses it once), and places every problem at its line and column, in file order
 * (placedIssues).
 * @param read - the file as read (ok)
 * @param options - patients per series replacing the file's
 * @returns `{ ok: true, input, setup }` or `{ ok: false, issues }`
 */
export function validateCalibrationText(read: Extract<ScenarioText, { ok: true }>, options: CalibrationOptions = {}): CalibrationParseResult {
  const validation = validateCalibration(read.value, options);
  return validation.ok ? validation : { ok: false, issues: placedIssues(read, validation.issues) };
}
