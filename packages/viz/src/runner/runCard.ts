import { maxPatients } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { numberField } from '../ui/numberField.js';
import { defaultBrowserWorkers } from './defaultBrowserWorkers.js';
import { runnerCopy } from './runnerCopy.js';
import { sensitivityForm } from './sensitivityForm.js';
import type { SensitivityForm } from './sensitivityForm.js';

/** Most Web Workers a user may ask for. */
export const maxWorkers: number = 32;

/** The run card's parts that the runner reads and drives. */
export interface RunCard {
  readonly element: HTMLElement;
  readonly sensitivity: SensitivityForm;
  readonly patients: HTMLInputElement;
  readonly workers: HTMLInputElement;
  readonly runButton: HTMLButtonElement;
  readonly cancelButton: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  /** The status line (a live region). */
  readonly status: HTMLElement;
  /** Whether the sensitivity analysis is offered and chosen. */
  sensitivityChosen(): boolean;
  /** Offers the choice of analysis (only a scenario with an uncertainty section has one) or withdraws it. */
  offerAnalysis(offered: boolean): void;
}

/**
 * The run card: the choice of analysis (hidden unless offered), the sensitivity settings, virtual patients and
 * Web Workers, Run and Cancel, progress and the status line. Run starts disabled, until a scenario is loaded.
 * @returns the card and its parts
 */
export function runCard(): RunCard {
  const words = runnerCopy.run;
  const card = element('section', 'card run-card');
  card.append(element('h2', undefined, words.heading));
  // Offered only for a scenario with an uncertainty section: the trial (as `rtsim run`, a two-level run there)
  // or the sensitivity analysis of its uncertain parameters (as `rtsim sensitivity`).
  const analysis = element('fieldset', 'analysis-choice');
  analysis.hidden = true;
  analysis.append(element('legend', 'control-label', words.analysis));
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
  const trialChoice = analysisRadio('trial', words.trial);
  const sensitivityChoice = analysisRadio('sensitivity', words.sensitivity);
  trialChoice.checked = true;
  const sensitivity = sensitivityForm();
  sensitivity.element.hidden = true;

  const patients = numberField('run-patients', words.patients, words.patientsHelp);
  patients.input.min = '1';
  patients.input.max = String(maxPatients);
  const workers = numberField('run-workers', words.workers, words.workersHelp(navigator.hardwareConcurrency));
  workers.input.min = '1';
  workers.input.max = String(maxWorkers);
  workers.input.value = String(defaultBrowserWorkers());
  const fields = element('div', 'field-row');
  fields.append(patients.wrap, workers.wrap);

  const runButton = element('button', 'primary', words.run);
  runButton.type = 'button';
  runButton.disabled = true;
  const cancelButton = element('button', undefined, words.cancel);
  cancelButton.type = 'button';
  cancelButton.disabled = true;
  const buttons = element('div', 'run-row');
  buttons.append(runButton, cancelButton);
  const progress = element('progress');
  progress.id = 'run-progress';
  progress.max = 1;
  progress.value = 0;
  const progressLabel = element('label', 'visually-hidden', words.progress);
  progressLabel.htmlFor = progress.id;
  const status = element('p', 'run-status muted', runnerCopy.status.initial);
  status.setAttribute('role', 'status');
  card.append(analysis, sensitivity.element, fields, buttons, progressLabel, progress, status);

  const sensitivityChosen = (): boolean => !analysis.hidden && sensitivityChoice.checked;
  const showAnalysis = (): void => {
    sensitivity.element.hidden = !sensitivityChosen();
    patients.wrap.hidden = sensitivityChosen(); // the analysis has its own patients per evaluation
  };
  for (const choice of [trialChoice, sensitivityChoice]) choice.addEventListener('change', showAnalysis);

  return {
    element: card,
    sensitivity,
    patients: patients.input,
    workers: workers.input,
    runButton,
    cancelButton,
    progress,
    status,
    sensitivityChosen,
    offerAnalysis(offered) {
      analysis.hidden = !offered;
      showAnalysis();
    },
  };
}
