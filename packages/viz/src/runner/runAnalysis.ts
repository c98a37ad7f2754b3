import type { PoolProgress, ResolvedScenario } from '@rtsim/sim';
import { resultsView } from './resultsView.js';
import type { RunCard } from './runCard.js';
import type { RunRequest } from './readRunRequest.js';
import { runnerCopy } from './runnerCopy.js';
import { runPageTrial } from './runPageTrial.js';
import { runTrialSensitivity } from './runTrialSensitivity.js';
import { sensitivityView } from './sensitivityView.js';

/** The scenario to run: parsed, its file's text (embedded in the reports) and the stem that names the downloads. */
export interface RunSubject {
  readonly scenario: ResolvedScenario;
  readonly text: string;
  readonly stem: string;
}

/** `1,234 of 4,096 patients (1/1 blocks), 2.3 s`, prefixed for a sensitivity analysis. */
function progressText(p: PoolProgress, sensitivity: boolean, started: number): string {
  return `${sensitivity ? 'Sensitivity: ' : ''}${p.patientsDone.toLocaleString('en')} of ${p.patientsTotal.toLocaleString('en')} patients ` +
    `(${p.blocksDone}/${p.blocksTotal} blocks), ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * Runs what the request asks for in Web Workers, showing progress on the run card, and says on its status line
 * how long it took: the trial (runPageTrial, as `rtsim run`, with the requested patient count) or the sensitivity
 * analysis (runTrialSensitivity, as `rtsim sensitivity`, on the file's scenario so its hash is the file's).
 * @param subject - the scenario, its text and download stem
 * @param request - patients, workers and the sensitivity settings if chosen
 * @param card - the run card (progress and status)
 * @param signal - aborts the run; the promise then rejects with an AbortError
 * @returns (a promise of) the results view to show
 */
export async function runAnalysis(subject: RunSubject, request: RunRequest, card: RunCard, signal: AbortSignal): Promise<HTMLElement> {
  const started = performance.now();
  const onProgress = (p: PoolProgress): void => {
    card.progress.max = p.blocksTotal;
    card.progress.value = p.blocksDone;
    card.status.textContent = progressText(p, request.sensitivity !== undefined, started);
  };
  if (request.sensitivity === undefined) {
    const run = await runPageTrial({ ...subject.scenario, patients: request.patients }, subject.text, request.workers, onProgress, signal);
    card.status.textContent = runnerCopy.status.done(request.patients, 'patients', run.elapsedMs, request.workers);
    return resultsView(run, subject.stem);
  }
  const run = await runTrialSensitivity(subject.scenario, subject.text, request.sensitivity, request.workers, onProgress, signal);
  card.status.textContent = runnerCopy.status.done(run.results.evaluations, 'evaluations', run.elapsedMs ?? 0, request.workers);
  return sensitivityView(run, subject.stem);
}
