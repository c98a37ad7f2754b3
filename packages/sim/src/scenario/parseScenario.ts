import type { DvhFiles } from './DvhFiles.js';
import type { ScenarioParseResult } from './parseScenarioText.js';
import { parseScenarioText } from './parseScenarioText.js';
import { readScenarioText } from './readScenarioText.js';

/**
 * Parses, validates and resolves a scenario file in one go. Never throws: every problem of the file comes
 * back at once, each with its path (`arms[1].schedule.fractions`), a message written for people
 * (`expected a whole number ≥ 1, got -3`, `unknown key 'fractons'; did you mean 'fractions'?`) and, where it
 * can be placed, its 1-based line and column; issues are in file order.
 *
 * File-level problems (path `(file)`): larger than `maxScenarioBytes`, empty, not YAML/JSON (with the
 * parser's position). Then the schema and the cross-field checks (see `validateScenario`).
 *
 * @param text - the file's contents, YAML or JSON
 * @param fileName - its name (`.json` selects JSON and JSON wording of syntax errors); optional
 * @param dvhFiles - the DVH files and folders its `dvh:` fields name, read by the caller (readDvhFiles); absent: none
 * @returns `{ ok: true, input, scenario }` (the file as written and the resolved scenario) or `{ ok: false, issues }`
 */
export function parseScenario(text: string, fileName?: string, dvhFiles?: DvhFiles): ScenarioParseResult {
  return parseScenarioText(readScenarioText(text, fileName), dvhFiles);
}
