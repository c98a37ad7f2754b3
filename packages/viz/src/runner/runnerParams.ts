import { maxPatients } from '@rtsim/sim';
import type { ResolvedScenario } from '@rtsim/sim';

/** A loaded scenario: where it came from and what the parser made of it (none when the file has problems). */
export interface LoadedScenario {
  readonly fileName: string;
  readonly text: string;
  /** Chosen from the scenarios bundled with the page (a shared link can name it), not opened from a file. */
  readonly bundled: boolean;
  readonly scenario?: ResolvedScenario;
}

/**
 * The runner's URL parameters for what is loaded: `scenario` for a bundled file (an opened file cannot be named in
 * a link), `patients` when the field differs from the file's count.
 * @param loaded - what is loaded, if anything
 * @param patients - the run card's patient field, as typed
 * @returns the parameters for a shareable link
 */
export function runnerParams(loaded: LoadedScenario | undefined, patients: string): URLSearchParams {
  const next = new URLSearchParams();
  if (loaded?.bundled) next.set('scenario', loaded.fileName);
  if (patients !== '' && loaded?.scenario && Number(patients) !== loaded.scenario.patients) next.set('patients', patients);
  return next;
}

/**
 * The patient count to start with: the URL's for a bundled scenario when valid (a shared link), else the file's.
 * @param requested - the URL's `patients`, if any
 * @param bundled - whether the scenario is a bundled one (the link's patient count applies to it only)
 * @param scenario - the loaded scenario
 * @returns a whole number of patients from 1 to maxPatients
 */
export function startingPatients(requested: string | null, bundled: boolean, scenario: ResolvedScenario): number {
  const count = Number(requested);
  return bundled && Number.isInteger(count) && count >= 1 && count <= maxPatients ? count : scenario.patients;
}
