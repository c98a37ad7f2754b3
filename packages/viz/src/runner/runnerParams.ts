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
 * a link), its `seed` (the file's: a link whose seed differs from the file's is not re-run, see
 * {@link linkRerun}), `patients` when the field differs from the file's count, and `run=1` once it has been run, so
 * the link re-runs it (same scenario, seed and patients: the same results).
 * @param loaded - what is loaded, if anything
 * @param patients - the run card's patient field, as typed
 * @param ran - whether the loaded scenario has been run
 * @returns the parameters for a shareable link
 */
export function runnerParams(loaded: LoadedScenario | undefined, patients: string, ran: boolean = false): URLSearchParams {
  const next = new URLSearchParams();
  if (loaded?.bundled) next.set('scenario', loaded.fileName);
  if (loaded?.bundled && loaded.scenario) next.set('seed', String(loaded.scenario.seed));
  if (patients !== '' && loaded?.scenario && Number(patients) !== loaded.scenario.patients) next.set('patients', patients);
  if (ran && loaded?.bundled && loaded.scenario) next.set('run', '1');
  return next;
}

/** Above this many patients a shared link asks before it re-runs (a run of 50,000 takes tens of seconds on a laptop). */
export const confirmRerunAbovePatients: number = 50_000;

/**
 * What a runner link asks on opening: re-run the bundled scenario when it says `run=1` and its `seed` (if given) is
 * the file's own seed, asking first above {@link confirmRerunAbovePatients} patients.
 * @param params - the runner's URL parameters as the page opened with them
 * @param scenario - the bundled scenario the link names, once loaded
 * @param patients - the patient count the run card starts with
 * @returns `no` (nothing to re-run), `seed-differs` (the file's seed is not the link's: not re-run), `ask` or `run`
 */
export function linkRerun(params: URLSearchParams, scenario: ResolvedScenario, patients: number): 'no' | 'seed-differs' | 'ask' | 'run' {
  if (params.get('run') !== '1') return 'no';
  const seed = params.get('seed');
  if (seed !== null && seed !== String(scenario.seed)) return 'seed-differs';
  return patients > confirmRerunAbovePatients ? 'ask' : 'run';
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
