import { formatScenarioIssue, maxPatients, maxScenarioBytes, parseScenario, parseSensitivityResults, sensitivityReportHtml } from '@rtsim/sim';
import type { PoolProgress, ResolvedScenario, ScenarioIssue } from '@rtsim/sim';
import { fileIntake } from '../ui/fileIntake.js';
import { numberField } from '../ui/numberField.js';
import { bundledScenarios } from './bundledScenarios.js';
import { resultsView } from './resultsView.js';
import { defaultBrowserWorkers } from './defaultBrowserWorkers.js';
import { runPageTrial } from './runPageTrial.js';
import { runTrialSensitivity } from './runTrialSensitivity.js';
import { sensitivityForm } from './sensitivityForm.js';
import { sensitivityView } from './sensitivityView.js';

/** Most Web Workers a user may ask for. */
const maxWorkers = 32;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The part of a file name that names downloads: without its extension. */
const fileStem = (fileName: string): string => fileName.replace(/\.(ya?ml|json)$/i, '');

/**
 * The parsed JSON of a file that rtsim wrote (results.json, sensitivity.json: a top-level `rtsim` record), or
 * undefined for anything else, which is then read as a scenario (a scenario file has no `rtsim` key).
 */
function rtsimOutput(fileName: string, text: string): object | undefined {
  if (!/\.json$/i.test(fileName)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // the scenario parser reports the syntax error with its position
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'rtsim' in value ? value : undefined;
}

/** A loaded scenario: where it came from and what the parser made of it. */
interface Loaded {
  readonly fileName: string;
  readonly text: string;
  readonly bundled: boolean;
  readonly scenario?: ResolvedScenario;
}

/**
 * Mounts the trial runner: choose a bundled scenario or open one (picker or drop), see it validated with the
 * CLI's parser and messages, run it in Web Workers with progress and cancel (the trial, or for a scenario with an
 * uncertainty section its sensitivity analysis), then read and download results. A sensitivity.json written by
 * `rtsim sensitivity` can be opened the same way to see its charts.
 * Nothing from a file is inserted as HTML: every name and message goes through textContent.
 * @param container - the element to fill
 * @param params - the runner's URL parameters (`scenario`: a bundled file name, `patients`)
 * @param onParams - called with new URL parameters when the choice changes
 */
export function mountRunner(container: HTMLElement, params: URLSearchParams, onParams: (params: URLSearchParams) => void): void {
  const layout = element('div', 'runner-layout');
  const panel = element('div', 'runner-panel');
  const output = element('div', 'results-area');
  layout.append(panel, output);
  container.replaceChildren(layout);

  // Keep a file dropped beside the zone from navigating the tab away.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  const sourceCard = element('section', 'card');
  sourceCard.append(element('h2', undefined, 'Scenario'));
  const bundledField = element('div', 'field');
  const bundledLabel = element('label', 'control-label', 'Bundled scenario');
  bundledLabel.htmlFor = 'bundled-scenario';
  const bundledSelect = element('select');
  bundledSelect.id = 'bundled-scenario';
  const none = element('option', undefined, bundledScenarios.length > 0 ? 'Choose a scenario…' : 'No scenarios bundled in this build');
  none.value = '';
  bundledSelect.append(none);
  for (const scenario of bundledScenarios) {
    const option = element('option', undefined, scenario.fileName);
    option.value = scenario.fileName;
    bundledSelect.append(option);
  }
  bundledField.append(bundledLabel, bundledSelect);
  const intake = fileIntake({
    zoneId: 'drop-zone',
    inputId: 'scenario-file',
    accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
    label: 'Open a scenario file (.yaml, .yml or .json) or a sensitivity.json',
    hint: 'or drop it here. The file is validated in this page and never leaves your computer.',
    maxBytes: maxScenarioBytes, // the parser enforces the same limit on text
    kind: 'scenario files',
    onText: (fileName, text) => {
      bundledSelect.value = '';
      const written = rtsimOutput(fileName, text);
      if (written === undefined) load(text, fileName, false);
      else openSensitivity(fileName, text, written);
    },
    onRefused: (fileName, message) => {
      bundledSelect.value = '';
      showIssues(fileName, [{ path: '(file)', message }]);
    },
  });
  sourceCard.append(bundledField, intake);

  const summary = element('section', 'card scenario-summary');
  summary.setAttribute('aria-live', 'polite');
  summary.hidden = true;
  const issues = element('section', 'issues');
  issues.setAttribute('role', 'alert');
  issues.hidden = true;

  const runCard = element('section', 'card run-card');
  runCard.append(element('h2', undefined, 'Run'));
  // Offered only for a scenario with an uncertainty section: the trial (as `rtsim run`, a two-level run there)
  // or the sensitivity analysis of its uncertain parameters (as `rtsim sensitivity`).
  const analysis = element('fieldset', 'analysis-choice');
  analysis.hidden = true;
  analysis.append(element('legend', 'control-label', 'Analysis'));
  const analysisRadio = (value: 'trial' | 'sensitivity', text: string): HTMLInputElement => {
    const label = element('label', 'choice');
    const input = element('input');
    input.type = 'radio';
    input.name = 'analysis';
    input.value = value;
    input.id = `analysis-${value}`;
    label.append(input, ` ${text}`);
    analysis.append(label);
    return input;
  };
  const trialChoice = analysisRadio('trial', 'Trial over the parameter sets (rtsim run)');
  const sensitivityChoice = analysisRadio('sensitivity', 'Sensitivity: tornado and Sobol indices (rtsim sensitivity)');
  trialChoice.checked = true;
  const sensitivity = sensitivityForm();
  sensitivity.element.hidden = true;
  const patients = numberField('run-patients', 'Virtual patients', 'Blocks of 4096; the file’s count by default.');
  patients.input.min = '1';
  patients.input.max = String(maxPatients);
  const workers = numberField('run-workers', 'Web Workers', `This computer reports ${navigator.hardwareConcurrency || 'an unknown number of'} logical processors.`);
  workers.input.min = '1';
  workers.input.max = String(maxWorkers);
  workers.input.value = String(defaultBrowserWorkers());
  const fields = element('div', 'field-row');
  fields.append(patients.wrap, workers.wrap);
  const runButton = element('button', 'primary', 'Run');
  runButton.type = 'button';
  runButton.disabled = true;
  const cancelButton = element('button', undefined, 'Cancel');
  cancelButton.type = 'button';
  cancelButton.disabled = true;
  const buttons = element('div', 'run-row');
  buttons.append(runButton, cancelButton);
  const progress = element('progress');
  progress.id = 'run-progress';
  progress.max = 1;
  progress.value = 0;
  const progressLabel = element('label', 'visually-hidden', 'Simulation progress');
  progressLabel.htmlFor = progress.id;
  const status = element('p', 'run-status muted', 'Choose or open a scenario.');
  status.setAttribute('role', 'status');
  runCard.append(analysis, sensitivity.element, fields, buttons, progressLabel, progress, status);
  const sensitivityChosen = (): boolean => !analysis.hidden && sensitivityChoice.checked;
  const showAnalysis = (): void => {
    sensitivity.element.hidden = !sensitivityChosen();
    patients.wrap.hidden = sensitivityChosen(); // the analysis has its own patients per evaluation
  };
  for (const choice of [trialChoice, sensitivityChoice]) choice.addEventListener('change', showAnalysis);

  panel.append(sourceCard, summary, runCard);

  const placeholder = element('div', 'card results-placeholder');
  placeholder.append(
    element('h2', undefined, 'Results'),
    element('p', 'muted', 'Run a scenario to see the arms, paired differences, TCP distributions and local control here. Everything runs in this page; nothing is uploaded.'),
  );
  output.replaceChildren(placeholder);

  let loaded: Loaded | undefined;
  let controller: AbortController | undefined;

  function writeParams(): void {
    const next = new URLSearchParams();
    if (loaded?.bundled) next.set('scenario', loaded.fileName);
    if (patients.input.value !== '' && loaded?.scenario && Number(patients.input.value) !== loaded.scenario.patients) next.set('patients', patients.input.value);
    onParams(next);
  }

  function showIssues(fileName: string, list: readonly ScenarioIssue[], hintText = 'The scenario was not run. These are the messages of the parser `rtsim run` uses; fix the file in your editor and open it again.'): void {
    loaded = { fileName, text: '', bundled: false };
    summary.hidden = true;
    runButton.disabled = true;
    analysis.hidden = true;
    showAnalysis();
    const heading = element('h2', undefined, `${list.length} ${list.length === 1 ? 'problem' : 'problems'} in ${fileName}`);
    const items = element('ul');
    for (const issue of list) {
      items.append(element('li', undefined, formatScenarioIssue(issue, fileName)));
    }
    const hint = element('p', undefined, hintText);
    issues.replaceChildren(heading, items, hint);
    issues.hidden = false;
    output.replaceChildren(issues);
    status.textContent = 'The scenario has problems; see the list.';
    writeParams();
  }

  function showSummary(fileName: string, scenario: ResolvedScenario): void {
    const list = element('dl');
    const row = (term: string, ...values: string[]): void => {
      const item = element('div', 'summary-row');
      const dd = element('dd');
      if (values.length === 1) dd.textContent = values[0] ?? '';
      else {
        const items = element('ul');
        for (const value of values) items.append(element('li', undefined, value));
        dd.append(items);
      }
      item.append(element('dt', undefined, term), dd);
      list.append(item);
    };
    row('Name', scenario.name);
    row('File', fileName);
    row('Seed', String(scenario.seed));
    row('Patients', scenario.patients.toLocaleString('en'));
    row('Subtypes', ...scenario.subtypes.map((s) => `${s.name} (${(s.weight * 100).toFixed(0)}%)`));
    row('Arms', ...scenario.arms.map((a) => `${a.name} (${a.survival.model.toUpperCase()})`));
    row('Follow-up', `${scenario.followUp.years} years`);
    if (scenario.references.length > 0) row('References', ...scenario.references);
    const heading = element('h2', undefined, 'Loaded scenario');
    summary.replaceChildren(heading, list);
    summary.hidden = false;
  }

  function load(text: string, fileName: string, bundled: boolean): void {
    // The previous scenario is unloaded first: whatever happens to this file, it must not stay runnable.
    loaded = undefined;
    runButton.disabled = true;
    let parsed: ReturnType<typeof parseScenario>;
    try {
      parsed = parseScenario(text, fileName);
    } catch (error) {
      // parseScenario promises not to throw; should it, the file is reported like any other problem.
      const reason = error instanceof Error ? error.message : String(error);
      showIssues(fileName, [{ path: '(file)', message: `the scenario could not be read (an rtsim bug; please report it): ${reason}` }]);
      return;
    }
    if (!parsed.ok) {
      showIssues(fileName, parsed.issues);
      return;
    }
    issues.hidden = true;
    output.replaceChildren(placeholder);
    loaded = { fileName, text, bundled, scenario: parsed.scenario };
    showSummary(fileName, parsed.scenario);
    const requested = Number(params.get('patients'));
    patients.input.value = String(bundled && Number.isInteger(requested) && requested >= 1 && requested <= maxPatients ? requested : parsed.scenario.patients);
    params = new URLSearchParams();
    runButton.disabled = false;
    const uncertain = parsed.scenario.uncertainty?.parameters.length ?? 0;
    analysis.hidden = uncertain === 0;
    if (uncertain > 0) sensitivity.setScenario(parsed.scenario);
    showAnalysis();
    status.textContent = `Ready: ${parsed.scenario.arms.length} arms, ${parsed.scenario.patients.toLocaleString('en')} patients in the file` +
      `${uncertain > 0 ? `, ${uncertain} uncertain parameters` : ''}.`;
    writeParams();
  }

  /** Shows the charts of a sensitivity.json that rtsim wrote, or why the file cannot be read as one. */
  function openSensitivity(fileName: string, text: string, value: object): void {
    let results;
    try {
      results = parseSensitivityResults(value);
    } catch (error) {
      showIssues(fileName, [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }],
        'The file was not shown. The viewer opens scenario files and the sensitivity.json that `rtsim sensitivity` writes.');
      return;
    }
    loaded = undefined;
    issues.hidden = true;
    summary.hidden = true;
    runButton.disabled = true;
    analysis.hidden = true;
    showAnalysis();
    // The download is the file as opened; the report is rebuilt from it (without the scenario, which the file lacks).
    output.replaceChildren(sensitivityView({ results, json: text, html: sensitivityReportHtml(results) }, fileStem(fileName)));
    status.textContent = `Opened ${fileName}: a sensitivity analysis written by rtsim ${results.rtsim.version}. Choose or open a scenario to run one.`;
    writeParams();
  }

  bundledSelect.addEventListener('change', () => {
    const chosen = bundledScenarios.find((s) => s.fileName === bundledSelect.value);
    if (chosen) load(chosen.text, chosen.fileName, true);
  });
  patients.input.addEventListener('change', writeParams);

  runButton.addEventListener('click', () => {
    const scenario = loaded?.scenario;
    if (!scenario || controller) return;
    const count = Number(patients.input.value);
    const workerCount = Number(workers.input.value);
    const chosen = sensitivityChosen() ? sensitivity.read() : undefined;
    if (chosen === undefined && !(Number.isInteger(count) && count >= 1 && count <= maxPatients)) {
      patients.input.setAttribute('aria-invalid', 'true');
      status.textContent = `Virtual patients must be a whole number from 1 to ${maxPatients.toLocaleString('en')}.`;
      return;
    }
    if (chosen !== undefined && 'message' in chosen) {
      status.textContent = chosen.message;
      return;
    }
    if (!(Number.isInteger(workerCount) && workerCount >= 1 && workerCount <= maxWorkers)) {
      workers.input.setAttribute('aria-invalid', 'true');
      status.textContent = `Web Workers must be a whole number from 1 to ${maxWorkers}.`;
      return;
    }
    patients.input.removeAttribute('aria-invalid');
    workers.input.removeAttribute('aria-invalid');
    if (!globalThis.crypto?.subtle) {
      // results.json records the scenario's SHA-256 (the sim's scenarioHash uses Web Crypto), which browsers
      // offer only to secure pages.
      status.textContent = 'The trial runner needs a secure page (https:// or http://localhost): browsers offer the SHA-256 that results.json records only there.';
      return;
    }
    const stem = fileStem(loaded?.fileName ?? 'scenario');
    const text = loaded?.text ?? '';
    controller = new AbortController();
    runButton.disabled = true;
    cancelButton.disabled = false;
    progress.value = 0;
    status.textContent = `Starting ${workerCount} workers…`;
    const started = performance.now();
    const onProgress = (p: PoolProgress): void => {
      progress.max = p.blocksTotal;
      progress.value = p.blocksDone;
      status.textContent = `${chosen === undefined ? '' : 'Sensitivity: '}${p.patientsDone.toLocaleString('en')} of ${p.patientsTotal.toLocaleString('en')} patients ` +
        `(${p.blocksDone}/${p.blocksTotal} blocks), ${((performance.now() - started) / 1000).toFixed(1)} s`;
    };
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s with ${workerCount} workers`;
    // The sensitivity analysis runs on the file's scenario (its hash is the file's, as in `rtsim sensitivity`).
    const finished: Promise<void> = chosen === undefined
      ? runPageTrial({ ...scenario, patients: count }, text, workerCount, onProgress, controller.signal).then((result) => {
        status.textContent = `Done: ${count.toLocaleString('en')} patients in ${seconds(result.elapsedMs)}.`;
        output.replaceChildren(resultsView(result, stem));
      })
      : runTrialSensitivity(scenario, text, chosen.settings, workerCount, onProgress, controller.signal).then((result) => {
        status.textContent = `Done: ${result.results.evaluations.toLocaleString('en')} evaluations in ${seconds(result.elapsedMs ?? 0)}.`;
        output.replaceChildren(sensitivityView(result, stem));
      });
    finished.catch((error: unknown) => {
      const aborted = error instanceof Error && error.name === 'AbortError';
      status.textContent = aborted ? 'Cancelled; no results were kept.' : `The run failed: ${error instanceof Error ? error.message : String(error)}`;
      progress.value = 0;
    }).finally(() => {
      controller = undefined;
      runButton.disabled = loaded?.scenario === undefined;
      cancelButton.disabled = true;
    });
  });
  cancelButton.addEventListener('click', () => controller?.abort());

  const initial = params.get('scenario');
  const preset = initial === null ? undefined : bundledScenarios.find((s) => s.fileName === initial);
  if (preset) {
    bundledSelect.value = preset.fileName;
    load(preset.text, preset.fileName, true);
  }
}
