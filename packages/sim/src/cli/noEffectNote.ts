import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { terminalText } from './terminalText.js';

/**
 * A stderr note for uncertain parameters that cannot move what a command summarises: the outer summaries of
 * `uncertainty` and `rtsim sensitivity` are of local control (TCP), and a `metastasis.model.*` number acts only on
 * metastasis and survival, so it shows no effect there (docs/uncertainty.md). Said once, before the run, so that a
 * flat tornado or a zero Sobol' index is not read as a finding.
 * @param command - the command's name, as its other stderr lines start (`rtsim sensitivity`)
 * @param scenario - the validated scenario
 * @returns the note with its newline, or '' when every uncertain parameter can move local control
 */
export function noEffectNote(command: string, scenario: ResolvedScenario): string {
  const blind = (scenario.uncertainty?.parameters ?? []).filter((parameter) => parameter.path.startsWith('metastasis.model.'));
  if (blind.length === 0) return '';
  const names = blind.map((parameter) => terminalText(parameter.label)).join(', ');
  const verb = blind.length === 1 ? 'acts' : 'act';
  return `${command}: note: ${names} ${verb} on metastasis and survival only; these summaries are of local control, so ${blind.length === 1 ? 'it shows' : 'they show'} no effect here (docs/uncertainty.md)\n`;
}
