import { comparisonPairs, defaultSensitivityPatients, defaultSensitivityResamples, defaultSensitivitySamples, maxPatients } from '@rtsim/sim';
import type { ResolvedScenario, SensitivityMeasure, SensitivityOutput } from '@rtsim/sim';
import { numberField } from '../ui/numberField.js';
import type { SensitivitySettings } from '@rtsim/sim';

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
const limits = { samples: [2, 1_000_000], patients: [1, maxPatients], resamples: [1, 100_000] } as const;

/**
 * The settings of a sensitivity analysis, as the options of `rtsim sensitivity` with the same defaults and limits:
 * the output (a difference of two arms: first the pairs the scenario compares, whose first is by default the CLI's
 * default of the first two arms, then every other pair; or one arm), the measure,
 * N (Saltelli rows), patients per evaluation and bootstrap resamples, with the evaluation count it costs.
 * @returns the form
 */
export function sensitivityForm(): SensitivityForm {
  const element = document.createElement('fieldset');
  element.className = 'sensitivity-settings';
  const legend = document.createElement('legend');
  legend.textContent = 'Sensitivity analysis';
  const select = (id: string, labelText: string): { wrap: HTMLElement; select: HTMLSelectElement } => {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.className = 'control-label';
    label.htmlFor = id;
    label.textContent = labelText;
    const node = document.createElement('select');
    node.id = id;
    wrap.append(label, node);
    return { wrap, select: node };
  };
  const output = select('sensitivity-output', 'Output');
  const measure = select('sensitivity-measure', 'Measure');
  const measureHelp = document.createElement('span');
  measureHelp.className = 'control-help';
  measureHelp.id = 'sensitivity-measure-help';
  measureHelp.textContent = 'Mean TCP is the control rate’s expectation, without the noise of the control draws.';
  measure.select.setAttribute('aria-describedby', measureHelp.id);
  measure.wrap.append(measureHelp);
  for (const [value, text] of [['control-rate', 'control rate'], ['mean-tcp', 'mean TCP (smoother)']] as const) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    measure.select.append(option);
  }
  const samples = numberField('sensitivity-samples', 'Saltelli rows N', 'Rows of each Sobol matrix; 4 × N halves the intervals.');
  const patients = numberField('sensitivity-patients', 'Patients per evaluation', 'The same virtual patients at every point.');
  const resamples = numberField('sensitivity-resamples', 'Bootstrap resamples', 'Behind the 95 % intervals of the indices.');
  const defaults = { samples: defaultSensitivitySamples, patients: defaultSensitivityPatients, resamples: defaultSensitivityResamples };
  for (const [key, field] of [['samples', samples], ['patients', patients], ['resamples', resamples]] as const) {
    field.input.min = String(limits[key][0]);
    field.input.max = String(limits[key][1]);
    field.input.value = String(defaults[key]);
  }
  const fields = document.createElement('div');
  fields.className = 'field-row';
  fields.append(samples.wrap, patients.wrap, resamples.wrap);
  const cost = document.createElement('p');
  cost.className = 'muted sensitivity-cost'; // not a help line: it stays in large-text mode
  element.append(legend, output.wrap, measure.wrap, fields, cost);

  let outputs: SensitivityOutput[] = [];
  let parameterCount = 0;
  const whole = (input: HTMLInputElement): number => (/^\s*\d+\s*$/.test(input.value) ? Number(input.value) : Number.NaN);
  const showCost = (): void => {
    const n = whole(samples.input);
    const p = whole(patients.input);
    const evaluations = 2 * parameterCount + 1 + n * (parameterCount + 2);
    cost.textContent = Number.isFinite(evaluations) && Number.isFinite(p)
      ? `${parameterCount} uncertain parameters: (2d + 1) + N(d + 2) = ${evaluations.toLocaleString('en')} evaluations, ${(evaluations * p).toLocaleString('en')} virtual patients in all.`
      : '';
  };
  for (const field of [samples, patients]) field.input.addEventListener('input', showCost);

  return {
    element,
    setScenario(scenario) {
      const arms = scenario.arms.map((arm) => arm.id);
      // First the pairs the scenario compares (its `comparisons`; by default the first arm with each other), then the
      // other pairs, as `--output diff:A,B` takes any two arms: at most 4950 pairs for the 100 arms a scenario may have.
      const compared = comparisonPairs(scenario);
      const listed = new Set(compared.map(({ a, b }) => `${a},${b}`));
      const others = arms.flatMap((_, a) => arms.flatMap((__, b) => (b > a && !listed.has(`${a},${b}`) ? [{ a, b }] : [])));
      const pairs = [...compared, ...others].map(({ a, b }): SensitivityOutput => ({ kind: 'difference', a: arms[a], b: arms[b] }));
      outputs = [...pairs, ...arms.map((arm): SensitivityOutput => ({ kind: 'arm', arm }))];
      output.select.replaceChildren();
      outputs.forEach((o, i) => {
        const option = document.createElement('option');
        option.value = String(i);
        // Arm ids, as in `--output diff:A,B | arm:ID` and on the charts.
        option.textContent = o.kind === 'difference' ? `difference ${o.a} − ${o.b}` : `arm ${o.arm} alone`;
        output.select.append(option);
      });
      parameterCount = scenario.uncertainty?.parameters.length ?? 0;
      showCost();
    },
    read() {
      for (const [key, field] of [['samples', samples], ['patients', patients], ['resamples', resamples]] as const) {
        const value = whole(field.input);
        const [min, max] = limits[key];
        if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
          field.input.setAttribute('aria-invalid', 'true');
          const label = field.wrap.querySelector('label')?.textContent ?? key;
          return { field: field.input, message: `${label} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.` };
        }
        field.input.removeAttribute('aria-invalid');
      }
      const chosen = outputs[Number(output.select.value)] ?? outputs[0];
      if (chosen === undefined) return { field: samples.input, message: 'The scenario has no arm to analyse.' };
      return {
        settings: {
          output: chosen,
          measure: measure.select.value as SensitivityMeasure,
          samples: whole(samples.input),
          patients: whole(patients.input),
          resamples: whole(resamples.input),
        },
      };
    },
  };
}
