import { plausibilityNotes } from '../plausibility/plausibilityNotes.js';
import type { ScenarioInput } from '../scenario/ScenarioInput.js';
import { terminalText } from './terminalText.js';

/**
 * The stderr lines of a scenario's plausibility notes, `rtsim run: note: arms[0].schedule: …`, as the other notes of
 * the commands are written (noEffectNote), made safe for a terminal. Printed before the run starts; the command goes
 * on with the file as written, its exit status and results unchanged.
 * @param command - the command's name, as its other stderr lines start (`rtsim run`, `rtsim validate`)
 * @param input - the scenario as validated (readScenarioFile's `input`)
 * @returns one line per note, each with its newline; '' without notes
 */
export function plausibilityNoteLines(command: string, input: ScenarioInput): string {
  return plausibilityNotes(input)
    .map((note) => `${command}: note: ${terminalText(`${note.path}: ${note.message}`)} (docs/scenarios.md, "Plausibility notes")\n`)
    .join('');
}
