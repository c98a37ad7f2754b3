import { parseScenario } from '@rtsim/sim';
import type { ScenarioParseResult } from '@rtsim/sim';
import { runnerCopy } from './runnerCopy.js';

/**
 * Parses a scenario file with the CLI's parser, as `rtsim run` does. parseScenario promises not to throw; should it,
 * the file is reported like any other problem (a parser bug to report), so the page never keeps a half-loaded file.
 * @param text - the file's text
 * @param fileName - its name, for the messages
 * @returns the resolved scenario, or its problems
 */
export function readRunnerScenario(text: string, fileName: string): ScenarioParseResult {
  try {
    return parseScenario(text, fileName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '(file)', message: runnerCopy.issues.parserBug(reason) }] };
  }
}
