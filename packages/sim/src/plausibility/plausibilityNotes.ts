import type { ScenarioInput } from '../scenario/ScenarioInput.js';
import { ageNote } from './ageNote.js';
import { courseDoseNote } from './courseDoseNote.js';
import { followUpNote } from './followUpNote.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { surgeryTimingNote } from './surgeryTimingNote.js';
import { tumourSizeNotes } from './tumourSizeNotes.js';

const present = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * The values of a valid scenario that are almost certainly slips, in file order: tumour sizes beyond the largest
 * sarcomas reported (tumourSizeNotes), a typical age above 100 years (ageNote), per arm a course beyond any clinical
 * one (courseDoseNote) and an operation within the course (surgeryTimingNote), and a follow-up beyond any series
 * (followUpNote). Notes only: the commands print them and run the file as written (docs/scenarios.md, "Plausibility
 * notes"), since each value is possible, and a what-if may mean it.
 * @param input - a scenario that passed validation (parseScenario's `input`)
 * @returns the notes; empty for every shipped scenario
 */
export function plausibilityNotes(input: ScenarioInput): PlausibilityNote[] {
  return [
    ...tumourSizeNotes(input),
    ageNote(input),
    ...input.arms.flatMap((arm, index) => [courseDoseNote(arm, index), surgeryTimingNote(arm, index)]),
    followUpNote(input),
  ].filter(present);
}
