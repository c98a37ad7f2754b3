import { formatScenarioIssue, parseSensitivityResults, plausibilityNotes, sensitivityReportHtml } from '@rtsim/sim';
import type { PlausibilityNote, ResolvedScenario, ScenarioIssue, SensitivityResults } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { problemList } from '../ui/problemList.js';
import { bundledScenarios } from './bundledScenarios.js';
import { fileStem } from './fileStem.js';
import { readRunnerScenario } from './readRunnerScenario.js';
import { runnerCopy } from './runnerCopy.js';
import { runnerLayout } from './runnerLayout.js';
import type { RunnerLayout } from './runnerLayout.js';
import { linkRerun, runnerParams, startingPatients } from './runnerParams.js';
import type { LoadedScenario } from './runnerParams.js';
import { rtsimOutput } from './rtsimOutput.js';
import { scenarioSummaryList } from './scenarioSummaryList.js';
import { sensitivityView } from './sensitivityView.js';
import { startRunnerRun } from './startRunnerRun.js';

/** Keeps a file dropped beside the drop zone from navigating the tab away. */
function preventDropNavigation(): void {
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
}

/** The plausibility notes of a valid file (`rtsim validate`'s and `rtsim run`'s), as a list under its summary. */
function notesList(notes: readonly PlausibilityNote[]): HTMLElement[] {
  if (notes.length === 0) return [];
  const list = element('ul', 'warning plausibility-notes');
  list.setAttribute('role', 'note');
  for (const note of notes) list.append(element('li', undefined, runnerCopy.summary.note(note.path, note.message)));
  return [list];
}

/**
 * Shows a parsed scenario: its summary with the plausibility notes `rtsim run` would print (values valid but almost
 * certainly slips: the run goes on as the file says), the patient count to run, the analyses it offers, Run enabled.
 */
function showLoaded(layout: RunnerLayout, fileName: string, scenario: ResolvedScenario, patients: number, notes: readonly PlausibilityNote[]): void {
  const { card, summary } = layout;
  layout.issues.hidden = true;
  layout.output.replaceChildren(layout.placeholder);
  summary.replaceChildren(element('h2', undefined, runnerCopy.summary.heading), scenarioSummaryList(fileName, scenario), ...notesList(notes));
  summary.hidden = false;
  card.patients.value = String(patients);
  card.runButton.disabled = false;
  const uncertain = scenario.uncertainty?.parameters.length ?? 0;
  if (uncertain > 0) card.sensitivity.setScenario(scenario);
  card.offerAnalysis(uncertain > 0);
  card.status.textContent = runnerCopy.status.ready(scenario.arms.length, scenario.patients, uncertain);
}

/** Shows a file's problems in the results area, in place of anything there, with a hint on what to do. */
function showProblems(layout: RunnerLayout, fileName: string, list: readonly ScenarioIssue[], hint: string): void {
  layout.issues.replaceChildren(...problemList(fileName, list.map((issue) => formatScenarioIssue(issue, fileName)), hint));
  layout.issues.hidden = false;
  layout.output.replaceChildren(layout.issues);
  layout.card.status.textContent = runnerCopy.status.problems;
}

/** Shows the charts of a sensitivity.json that rtsim wrote, as opened (the report is rebuilt from it). */
function showSensitivityFile(layout: RunnerLayout, fileName: string, text: string, results: SensitivityResults): void {
  layout.issues.hidden = true;
  // The download is the file as opened; the report is rebuilt from it (without the scenario, which the file lacks).
  layout.output.replaceChildren(sensitivityView({ results, json: text, html: sensitivityReportHtml(results) }, fileStem(fileName)));
  layout.card.status.textContent = runnerCopy.status.openedSensitivity(fileName, results.rtsim.version);
}

/**
 * Mounts the trial runner: choose a bundled scenario or open one (picker or drop), see it validated with the
 * CLI's parser and messages, run it in Web Workers with progress and cancel (the trial, or for a scenario with an
 * uncertainty section its sensitivity analysis), then read and download results. A sensitivity.json written by
 * `rtsim sensitivity` can be opened the same way to see its charts. The page is built by runnerLayout, a run
 * started by startRunnerRun; this keeps what is loaded and what is running, and the URL in step with them.
 * Nothing from a file is inserted as HTML: every name and message goes through textContent.
 * @param container - the element to fill
 * @param params - the runner's URL parameters (`scenario`: a bundled file name, `patients`)
 * @param onParams - called with new URL parameters when the choice changes
 */
export function mountRunner(container: HTMLElement, params: URLSearchParams, onParams: (params: URLSearchParams) => void): void {
  preventDropNavigation();
  let loaded: LoadedScenario | undefined;
  let controller: AbortController | undefined;
  const layout = runnerLayout({
    onBundled: (scenario) => load(scenario.text, scenario.fileName, true),
    onFile: (fileName, text) => {
      const written = rtsimOutput(fileName, text);
      if (written === undefined) load(text, fileName, false);
      else openSensitivity(fileName, text, written);
    },
    onRefused: (fileName, message) => showIssues(fileName, [{ path: '(file)', message }]),
  });
  const { card, output } = layout;
  container.replaceChildren(layout.element);

  // Whether the loaded scenario has been run: the link then says run=1 and re-runs it when opened.
  let ran = false;
  const writeParams = (): void => onParams(runnerParams(loaded, card.patients.value, ran));

  /** Nothing is runnable: no summary, Run disabled, no choice of analysis. */
  function unload(next: LoadedScenario | undefined): void {
    loaded = next;
    layout.summary.hidden = true;
    card.runButton.disabled = true;
    card.offerAnalysis(false);
  }

  function showIssues(fileName: string, list: readonly ScenarioIssue[], hint: string = runnerCopy.issues.scenarioHint): void {
    unload({ fileName, text: '', bundled: false });
    showProblems(layout, fileName, list, hint);
    writeParams();
  }

  function load(text: string, fileName: string, bundled: boolean): void {
    // The previous scenario is unloaded first: whatever happens to this file, it must not stay runnable.
    loaded = undefined;
    ran = false;
    card.runButton.disabled = true;
    const parsed = readRunnerScenario(text, fileName);
    if (!parsed.ok) {
      showIssues(fileName, parsed.issues);
      return;
    }
    const { scenario } = parsed;
    loaded = { fileName, text, bundled, scenario };
    showLoaded(layout, fileName, scenario, startingPatients(params.get('patients'), bundled, scenario), plausibilityNotes(parsed.input));
    params = new URLSearchParams(); // the URL's patient count applies to the scenario it came with only
    writeParams();
  }

  /** Shows the charts of a sensitivity.json that rtsim wrote, or why the file cannot be read as one. */
  function openSensitivity(fileName: string, text: string, value: object): void {
    let results;
    try {
      results = parseSensitivityResults(value);
    } catch (error) {
      showIssues(fileName, [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }], runnerCopy.issues.sensitivityHint);
      return;
    }
    unload(undefined);
    showSensitivityFile(layout, fileName, text, results);
    writeParams();
  }

  function run(): void {
    const scenario = loaded?.scenario;
    if (!scenario || controller) return;
    const subject = { scenario, text: loaded?.text ?? '', stem: fileStem(loaded?.fileName ?? 'scenario') };
    ran = true;
    writeParams();
    controller = startRunnerRun(subject, card, output, () => {
      controller = undefined;
      card.runButton.disabled = loaded?.scenario === undefined;
      card.cancelButton.disabled = true;
    });
  }

  card.patients.addEventListener('change', writeParams);
  card.runButton.addEventListener('click', run);
  card.cancelButton.addEventListener('click', () => controller?.abort());

  const initial = params.get('scenario');
  const preset = initial === null ? undefined : bundledScenarios.find((s) => s.fileName === initial);
  if (preset) {
    const linked = params; // load() forgets the link's parameters
    layout.source.choose(preset.fileName);
    load(preset.text, preset.fileName, true);
    const scenario = loaded?.scenario;
    const rerun = scenario ? linkRerun(linked, scenario, Number(card.patients.value)) : 'no';
    if (rerun === 'run' || (rerun === 'ask' && window.confirm(runnerCopy.link.confirmRerun(card.patients.value)))) run();
    if (rerun === 'seed-differs') card.status.textContent = runnerCopy.link.seedDiffers;
  }
}
