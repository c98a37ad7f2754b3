import { defaultSensitivityPatients, defaultSensitivityResamples, defaultSensitivitySamples, maxPatients, minimumSensitivitySamples, sensitivityMeasures } from '@rtsim/sim';
import type { ResolvedScenario, SensitivityMeasure, SensitivityOutput } from '@rtsim/sim';
import { numberField } from '../ui/numberField.js';
import { selectField } from '../ui/selectField.js';
import type { SensitivitySettings } from '@rtsim/sim';
import { sensitivityCopy } from './sensitivityCopy.js';
import { sensitivityOutputs } from './sensitivityOutputs.js';

/** The settings of the sensitivity analysis in the runner, with the scenario it offers outputs for. */
export interface SensitivityForm {
  /** The fieldset to insert. */
  readonly element: HTMLFieldSetElement;
  /** Offers the outputs of this scenario's arms and shows the cost for its parameters. */
  setScenario(scenario: ResolvedScenario): void;
  /** The settings, or the field that is out of range and what it must be (the field is marked aria-invalid). */
  read(): { readonly settings: SensitivitySettings } | { readonly field: HTMLInputElement; readonly message: string };
}

// The limits of `rtsim sensitivity --samples/--patients/--resamples`.
const limits = { samples: [minimumSensitivitySamples, 1_000_000], patients: [1, maxPatients], resamples: [1, 100_000] } as const;
const defaults = { samples: defaultSensitivitySamples, patients: defaultSensitivityPatients, resamples: defaultSensitivityResamples };
const copy = sensitivityCopy.form;

/** The number fields, by the option of `rtsim sensitivity` each stands for. */
type CountFields = Record<keyof typeof limits, ReturnType<typeof numberField>>;

/** The form's controls, built once. */
interface FormParts {
  readonly element: HTMLFieldSetElement;
  readonly output: HTMLSelectElement;
  readonly measure: HTMLSelectElement;
  readonly counts: CountFields;
  readonly cost: HTMLParagraphElement;
}

/** A whole number typed in a field (digits only, spaces around allowed), else NaN. */
const whole = (input: HTMLInputElement): number => (/^\s*\d+\s*$/.test(input.value) ? Number(input.value) : Number.NaN);

/** The number fields with the CLI's limits and defaults. */
function countFields(): CountFields {
  const counts: CountFields = {
    samples: numberField('sensitivity-samples', copy.samples, copy.samplesHelp),
    patients: numberField('sensitivity-patients', copy.patients, copy.patientsHelp),
    resamples: numberField('sensitivity-resamples', copy.resamples, copy.resamplesHelp),
  };
  for (const key of ['samples', 'patients', 'resamples'] as const) {
    counts[key].input.min = String(limits[key][0]);
    counts[key].input.max = String(limits[key][1]);
    counts[key].input.value = String(defaults[key]);
  }
  return counts;
}

/** Builds the fieldset: output, measure, the three counts and the cost line. */
function formParts(): FormParts {
  const element = document.createElement('fieldset');
  element.className = 'sensitivity-settings';
  const legend = document.createElement('legend');
  legend.textContent = copy.legend;
  const output = selectField('sensitivity-output', copy.output);
  const measure = selectField('sensitivity-measure', copy.measure, copy.measureHelp);
  showMeasures(measure.select, ['control-rate', 'mean-tcp']);
  const counts = countFields();
  const fields = document.createElement('div');
  fields.className = 'field-row';
  fields.append(counts.samples.wrap, counts.patients.wrap, counts.resamples.wrap);
  const cost = document.createElement('p');
  cost.className = 'muted sensitivity-cost'; // not a help line: it stays in large-text mode
  element.append(legend, output.wrap, measure.wrap, fields, cost);
  return { element, output: output.select, measure: measure.select, counts, cost };
}

/** Shows what the settings cost: (2d + 1) + N(d + 2) evaluations for d parameters, each of `patients` patients. */
function showCost(parts: FormParts, parameterCount: number): void {
  const n = whole(parts.counts.samples.input);
  const p = whole(parts.counts.patients.input);
  const evaluations = 2 * parameterCount + 1 + n * (parameterCount + 2);
  parts.cost.textContent = Number.isFinite(evaluations) && Number.isFinite(p) ? copy.cost(parameterCount, evaluations, p) : '';
}

/** Lists the measures in the measure select, keeping the one chosen when it is still offered. */
function showMeasures(select: HTMLSelectElement, measures: readonly SensitivityMeasure[]): void {
  const chosen = select.value;
  select.replaceChildren();
  for (const measure of measures) {
    const option = document.createElement('option');
    option.value = measure;
    option.textContent = copy.measureOption(measure);
    select.append(option);
  }
  if (measures.some((measure) => measure === chosen)) select.value = chosen;
}

/** Lists the outputs in the output select, by index. */
function showOutputs(select: HTMLSelectElement, outputs: readonly SensitivityOutput[]): void {
  select.replaceChildren();
  outputs.forEach((output, index) => {
    const option = document.createElement('option');
    option.value = String(index);
    option.textContent = copy.outputOption(output);
    select.append(option);
  });
}

/** The settings, or the first count out of range (marked aria-invalid) and what it must be. */
function readSettings(parts: FormParts, outputs: readonly SensitivityOutput[]): ReturnType<SensitivityForm['read']> {
  for (const key of ['samples', 'patients', 'resamples'] as const) {
    const field = parts.counts[key];
    const value = whole(field.input);
    const [min, max] = limits[key];
    if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
      field.input.setAttribute('aria-invalid', 'true');
      const label = field.wrap.querySelector('label')?.textContent ?? key;
      return { field: field.input, message: copy.range(label, min, max) };
    }
    field.input.removeAttribute('aria-invalid');
  }
  const chosen = outputs[Number(parts.output.value)] ?? outputs[0];
  if (chosen === undefined) return { field: parts.counts.samples.input, message: copy.noArm };
  const { samples, patients, resamples } = parts.counts;
  return {
    settings: {
      output: chosen,
      measure: parts.measure.value as SensitivityMeasure,
      samples: whole(samples.input),
      patients: whole(patients.input),
      resamples: whole(resamples.input),
    },
  };
}

/**
 * The settings of a sensitivity analysis, as the options of `rtsim sensitivity` with the same defaults and limits:
 * the output (a difference of two arms: first the pairs the scenario compares, whose first is by default the CLI's
 * default of the first two arms, then every other pair; or one arm), the measure (those the scenario reports:
 * sensitivityMeasures),
 * N (Saltelli rows), patients per evaluation and bootstrap resamples, with the evaluation count it costs.
 * @returns the form
 */
export function sensitivityForm(): SensitivityForm {
  const parts = formParts();
  let outputs: SensitivityOutput[] = [];
  let parameterCount = 0;
  for (const field of [parts.counts.samples, parts.counts.patients]) field.input.addEventListener('input', () => showCost(parts, parameterCount));
  return {
    element: parts.element,
    setScenario(scenario) {
      outputs = sensitivityOutputs(scenario);
      showOutputs(parts.output, outputs);
      showMeasures(parts.measure, sensitivityMeasures(scenario));
      parameterCount = scenario.uncertainty?.parameters.length ?? 0;
      showCost(parts, parameterCount);
    },
    read: () => readSettings(parts, outputs),
  };
}
