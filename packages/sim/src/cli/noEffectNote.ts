import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { SensitivityMeasure } from '../sensitivity/SensitivityResults.js';
import { terminalText } from './terminalText.js';

/**
 * A stderr note for uncertain parameters that cannot move what a command summarises. A `metastasis.model.*` number
 * acts only on metastasis and survival. An uncertainty run (`rtsim run`, `summaries` = `endpoints`) summarises
 * metastasis and overall survival at the `followUp.at` times, so there the note is said only when the scenario gives
 * none, with that advice; a sensitivity analysis (`summaries` = its measure) explains one number, so the note is said
 * unless that number is the incidence of metastasis or overall survival (docs/uncertainty.md). Said once, before the
 * run, so that a flat tornado, a zero Sobol' index or a flat interval is not read as a finding.
 * @param command - the command's name, as its other stderr lines start (`rtsim sensitivity`)
 * @param scenario - the validated scenario
 * @param summaries - `endpoints` (an uncertainty run) or the measure a sensitivity analysis explains
 * @returns the note with its newline, or '' when every uncertain parameter can move what is summarised
 */
export function noEffectNote(command: string, scenario: ResolvedScenario, summaries: 'endpoints' | SensitivityMeasure): string {
  if (summaries === 'endpoints' && scenario.followUp.at !== undefined) return '';
  if (summaries.startsWith('metastasis@') || summaries.startsWith('overall-survival@')) return '';
  const blind = (scenario.uncertainty?.parameters ?? []).filter((parameter) => parameter.path.startsWith('metastasis.model.'));
  if (blind.length === 0) return '';
  const names = blind.map((parameter) => terminalText(parameter.label)).join(', ');
  const verb = blind.length === 1 ? 'acts' : 'act';
  const what = summaries === 'endpoints' || summaries === 'control-rate' || summaries === 'mean-tcp' ? 'these summaries are of local control' : `${summaries} is local control`;
  const advice = summaries === 'endpoints' ? '; give followUp.at to summarise metastasis and overall survival at those times' : '';
  return `${command}: note: ${names} ${verb} on metastasis and survival only; ${what}, so ${blind.length === 1 ? 'it shows' : 'they show'} no effect here${advice} (docs/uncertainty.md)\n`;
}
