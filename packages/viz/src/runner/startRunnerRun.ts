import { readRunRequest } from './readRunRequest.js';
import { runAnalysis } from './runAnalysis.js';
import type { RunSubject } from './runAnalysis.js';
import type { RunCard } from './runCard.js';
import { runnerCopy } from './runnerCopy.js';

/**
 * Starts the analysis the run card asks for (the trial, or the sensitivity analysis) on a loaded scenario: reads
 * the card's fields, refuses a request out of range (the status says why), else runs
 * with progress and shows the results in the output area, or says the run was cancelled or failed.
 * @param subject - the scenario, its text and the download name stem
 * @param card - the run card: fields, buttons, progress and status
 * @param output - the results area, replaced by the results view when the run ends
 * @param onSettled - called when the run has ended, whatever the outcome
 * @returns the controller that cancels the run, or undefined when nothing was started
 */
export function startRunnerRun(subject: RunSubject, card: RunCard, output: HTMLElement, onSettled: () => void): AbortController | undefined {
  const request = readRunRequest(card);
  if ('message' in request) {
    card.status.textContent = request.message;
    return undefined;
  }
  const controller = new AbortController();
  card.runButton.disabled = true;
  card.cancelButton.disabled = false;
  card.progress.value = 0;
  card.status.textContent = runnerCopy.status.starting(request.workers);
  runAnalysis(subject, request, card, controller.signal).then((view) => output.replaceChildren(view)).catch((error: unknown) => {
    const aborted = error instanceof Error && error.name === 'AbortError';
    card.status.textContent = aborted ? runnerCopy.status.cancelled : runnerCopy.status.failed(error instanceof Error ? error.message : String(error));
    card.progress.value = 0;
  }).finally(onSettled);
  return controller;
}
