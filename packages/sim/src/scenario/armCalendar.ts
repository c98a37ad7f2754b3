import type { ScheduleSpec } from '@rtsim/core';
import type { ArmInput } from './ScenarioInput.js';

/**
 * An arm's schedule as a calendar core's schedule() can build: a GARD-prescribed course at 1 Gy per fraction, since
 * its dose is solved per patient and only its days are known before the run.
 * @param arm - an arm that passed the schema
 * @returns the schedule to build its fraction days from
 */
export function armCalendar(arm: ArmInput): ScheduleSpec {
  return 'gardTarget' in arm.schedule ? { ...arm.schedule, dose: 1 } : arm.schedule;
}
