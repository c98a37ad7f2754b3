import { formatScenarioIssue, maxPatients, parseScenario, parseSensitivityResults, sensitivityReportHtml } from '@rtsim/sim';
import type { ResolvedScenario, ScenarioIssue } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { problemList } from '../ui/problemList.js';
import { bundledScenarios } from './bundledScenarios.js';
import { fileStem } from './fileStem.js';
import { readRunRequest } from './readRunRequest.js';
import { runAnalysis } from './runAnalysis.js';
import { runCard } from './runCard.js';
import { runnerCopy } from './runnerCopy.js';
import { rtsimOutput } from './rtsimOutput.js';
import { scenarioSource } from './scenarioSource.js';
import { scenarioSummaryList } from './scenarioSummaryList.js';
import { sensitivityView } from './sensitivityView.js';

/** A loaded scenario: where it came from and what the parser made of it. */
interface Loaded {
  readonly fileName: string;
  readonly text: string;
  readonly bundled: boolean;
  readonly scenario?: ResolvedScenario;
}

/** The results area before anything has run. */
function resultsPlaceholder(): HTMLElement {
  const placeholder = element('div', 'card results-placeholder');
  placeholder.append(element('h2', undefined, runnerCopy.results.heading), element('p', 'muted', runnerCopy.results.placeholder));
  return placeholder;
}

/** The patient count to start with: the URL's for a bundled scenario when valid (a shared link), else the file's. */
function startingPatients(requested: string | null, bundled: boolean, scenario: ResolvedScenario): number {
  const count = Number(requested);
  return bundled && Number.isInteger(count) && count >= 1 && count <= maxPatients ? count : scenario.patients;
}

/**
 * Mounts the trial runner: choose a bundled scenario or open one (picker or drop), see it validated with the
 * CLI's parser and messages, run it in Web Workers with progress and cancel (the trial, or for a scenario with an
 * uncertainty section its sensitivity analysis), then read and download results. A sensitivity.json written by
 * `rtsim sensitivity` can be opened the same way to see its charts. The cards are built by scenarioSource,
 * runCard and the results views; this keeps what is loaded and what is running.
 * Nothing from a file is inserted as HTML: every name and message goes through textContent.
 * @param container - the element to fill
 * @param params - the runner's URL parameters (`scenario`: a bundled file name, `patients`)
 * @param onParams - called with new URL parameters when the choice changes
 */
export function mountRunner(container: HTMLElement, params: URLSearchParams, onParams: (params: URLSearchParams) => void): void {
  // Keep a file dropped beside the zone from navigating the tab away.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  const source = scenarioSource({
    onBundled: (scenario) => load(scenario.text, scenario.fileName, true),
    onFile: (fileName, text) => {
      const written = rtsimOutput(fileName, text);
      if (written === undefined) load(text, fileName, false);
      else openSensitivity(fileName, text, written);
    },
    onRefused: (fileName, message) => showIssues(fileName, [{ path: '(file)', message }]),
  });
  const summary = element('section', 'card scenario-summary');
  summary.setAttribute('aria-live', 'polite');
  summary.hidden = true;
  const issues = element('section', 'issues');
  issues.setAttribute('role', 'alert');
  issues.hidden = true;
  const card = runCard();
  const panel = element('div', 'runner-panel');
  panel.append(source.element, summary, card.element);
  const placeholder = resultsPlaceholder();
  const output = element('div', 'results-area');
  output.replaceChildren(placeholder);
  const layout = element('div', 'runner-layout');
  layout.append(panel, output);
  container.replaceChildren(layout);

  let loaded: Loaded | undefined;
  let controller: AbortController | undefined;

  function writeParams(): void {
    const next = new URLSearchParams();
    if (loaded?.bundled) next.set('scenario', loaded.fileName);
    const patients = card.patients.value;
    if (patients !== '' && loaded?.scenario && Number(patients) !== loaded.scenario.patients) next.set('patients', patients);
    onParams(next);
  }

  /** Nothing is runnable: no summary, Run disabled, no choice of analysis. */
  function unload(next: Loaded | undefined): void {
    loaded = next;
    summary.hidden = true;
    card.runButton.disabled = true;
    card.offerAnalysis(false);
  }

  function showIssues(fileName: string, list: readonly ScenarioIssue[], hint: string = runnerCopy.issues.scenarioHint): void {
    unload({ fileName, text: '', bundled: false });
    issues.replaceChildren(...problemList(fileName, list.map((issue) => formatScenarioIssue(issue, fileName)), hint));
    issues.hidden = false;
    output.replaceChildren(issues);
    card.status.textContent = runnerCopy.status.problems;
    writeParams();
  }

  function load(text: string, fileName: string, bundled: boolean): void {
    // The previous scenario is unloaded first: whatever happens to this file, it must not stay runnable.
    loaded = undefined;
    card.runButton.disabled = true;
    let parsed: ReturnType<typeof parseScenario>;
    try {
      parsed = parseScenario(text, fileName);
    } catch (error) {
      // parseScenario promises not to throw; should it, the file is reported like any other problem.
      const reason = error instanceof Error ? error.message : String(error);
      showIssues(fileName, [{ path: '(file)', message: runnerCopy.issues.parserBug(reason) }]);
      return;
    }
    if (!parsed.ok) {
      showIssues(fileName, parsed.issues);
      return;
    }
    const { scenario } = parsed;
    issues.hidden = true;
    output.replaceChildren(placeholder);
    loaded = { fileName, text, bundled, scenario };
    summary.replaceChildren(element('h2', undefined, runnerCopy.summary.heading), scenarioSummaryList(fileName, scenario));
    summary.hidden = false;
    card.patients.value = String(startingPatients(params.get('patients'), bundled, scenario));
    params = new URLSearchParams(); // the URL's patient count applies to the scenario it came with only
    card.runButton.disabled = false;
    const uncertain = scenario.uncertainty?.parameters.length ?? 0;
    if (uncertain > 0) card.sensitivity.setScenario(scenario);
    card.offerAnalysis(uncertain > 0);
    card.status.textContent = runnerCopy.status.ready(scenario.arms.length, scenario.patients, uncertain);
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
    issues.hidden = true;
    // The download is the file as opened; the report is rebuilt from it (without the scenario, which the file lacks).
    output.replaceChildren(sensitivityView({ results, json: text, html: sensitivityReportHtml(results) }, fileStem(fileName)));
    card.status.textContent = runnerCopy.status.openedSensitivity(fileName, results.rtsim.version);
    writeParams();
  }

  function run(): void {
    const scenario = loaded?.scenario;
    if (!scenario || controller) return;
    const request = readRunRequest(card);
    if ('message' in request) {
      card.status.textContent = request.message;
      return;
    }
    if (!globalThis.crypto?.subtle) {
      card.status.textContent = runnerCopy.status.insecure;
      return;
    }
    controller = new AbortController();
    card.runButton.disabled = true;
    card.cancelButton.disabled = false;
    card.progress.value = 0;
    card.status.textContent = runnerCopy.status.starting(request.workers);
    const subject = { scenario, text: loaded?.text ?? '', stem: fileStem(loaded?.fileName ?? 'scenario') };
    runAnalysis(subject, request, card, controller.signal).then((view) => output.replaceChildren(view)).catch((error: unknown) => {
      const aborted = error instanceof Error && error.name === 'AbortError';
      card.status.textContent = aborted ? runnerCopy.status.cancelled : runnerCopy.status.failed(error instanceof Error ? error.message : String(error));
      card.progress.value = 0;
    }).finally(() => {
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
    source.choose(preset.fileName);
    load(preset.text, preset.fileName, true);
  }
}
