import { formatScenarioIssue } from '../../packages/sim/src/scenario/formatScenarioIssue.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';

/**
 * A scenario a test writes (or a shipped one), parsed and resolved from the sources; a test's own scenario that does
 * not parse is a broken test, so it throws with every issue, as `rtsim validate` prints them.
 * @param text - the scenario's YAML
 * @param fileName - the name its issues are reported under
 * @returns the resolved scenario
 * @throws Error listing the issues when the text is not a valid scenario
 */
export function parsedScenario(text: string, fileName = 'test.yaml'): ResolvedScenario {
  const parsed = parseScenario(text, fileName);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => formatScenarioIssue(issue, fileName)).join('\n'));
  return parsed.scenario;
}
