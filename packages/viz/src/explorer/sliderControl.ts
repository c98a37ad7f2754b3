import type { NumericParameter } from './parameters.js';
import { normaliseValue } from './parameters.js';

/** How a control's number field shows and reads its value (default: the value itself). */
export interface FieldFormat {
  readonly format: (value: number) => string;
  /** Text → slider value; NaN when unreadable. */
  readonly parse: (text: string) => number;
  /** Input mode of the text field. */
  readonly inputMode?: 'decimal' | 'text';
}

/** A slider linked to a number field, both labelled. */
export interface SliderControl {
  readonly element: HTMLElement;
  /** Shows a value without firing `onChange`. */
  set(value: number): void;
  /** Hides or shows the control (e.g. D_T only for LQ-L). */
  setHidden(hidden: boolean): void;
  /** Adjusts the range (e.g. the gap can only follow an existing fraction). */
  setMax(max: number): void;
}

/**
 * Builds a `<div class="control">` with a `<label>`, an `<input type=range>` and a number field that
 * follow each other. Range moves report at once (`input`); the number field reports valid values on
 * `input` and puts back the last valid value on `change` (so a half-typed "0." is not fought).
 * @param parameter - range, step, decimals, label, unit, help
 * @param initial - the value to show
 * @param onChange - called with the normalised value (within range, rounded to the parameter's decimals)
 * @param field - optional display transform of the number field (the clonogen field shows N, not log₁₀ N)
 */
export function sliderControl(
  parameter: NumericParameter,
  initial: number,
  onChange: (value: number) => void,
  field?: FieldFormat,
): SliderControl {
  const id = `control-${parameter.key}`;
  const element = document.createElement('div');
  element.className = 'control';
  element.dataset['key'] = parameter.key;

  const label = document.createElement('label');
  label.htmlFor = id;
  label.className = 'control-label';
  label.textContent = parameter.label;

  const range = document.createElement('input');
  range.type = 'range';
  range.id = id;
  range.min = String(parameter.min);
  range.max = String(parameter.max);
  range.step = String(parameter.step);
  range.name = parameter.param;

  const number = document.createElement('input');
  number.id = `${id}-value`;
  number.className = 'control-value';
  if (field) {
    number.type = 'text';
    number.inputMode = field.inputMode ?? 'decimal';
    number.spellcheck = false;
  } else {
    number.type = 'number';
    number.min = String(parameter.min);
    number.max = String(parameter.max);
    number.step = 'any';
  }
  const numberLabel = document.createElement('label');
  numberLabel.htmlFor = number.id;
  numberLabel.className = 'visually-hidden';
  numberLabel.textContent = `${parameter.label}${parameter.unit ? ` in ${parameter.unit}` : ''}, exact value`;

  const unit = document.createElement('span');
  unit.className = 'control-unit';
  unit.textContent = parameter.unit;
  unit.setAttribute('aria-hidden', 'true');

  const help = document.createElement('p');
  help.className = 'control-help';
  help.id = `${id}-help`;
  help.textContent = parameter.help;
  range.setAttribute('aria-describedby', help.id);
  number.setAttribute('aria-describedby', help.id);
  if (parameter.unit) range.setAttribute('aria-valuetext', `${initial} ${parameter.unit}`);

  const row = document.createElement('div');
  row.className = 'control-row';
  row.append(range, number, unit);
  element.append(label, numberLabel, row, help);

  let current = initial;
  const show = (value: number, except?: HTMLInputElement): void => {
    current = value;
    if (except !== range) range.value = String(value);
    if (except !== number) number.value = field ? field.format(value) : String(value);
    range.setAttribute('aria-valuetext', field ? field.format(value) : `${value}${parameter.unit ? ` ${parameter.unit}` : ''}`);
    number.removeAttribute('aria-invalid');
  };
  show(initial);

  range.addEventListener('input', () => {
    const value = normaliseValue(parameter, Number(range.value));
    show(value, range);
    onChange(value);
  });
  number.addEventListener('input', () => {
    const raw = field ? field.parse(number.value) : number.value.trim() === '' ? NaN : Number(number.value);
    if (!Number.isFinite(raw) || raw < parameter.min || raw > parameter.max) {
      number.setAttribute('aria-invalid', 'true');
      return;
    }
    const value = normaliseValue(parameter, raw);
    show(value, number);
    onChange(value);
  });
  number.addEventListener('change', () => show(current));

  return {
    element,
    set: (value) => {
      if (document.activeElement === number) {
        current = value;
        range.value = String(value);
      } else {
        show(value);
      }
    },
    setHidden: (hidden) => { element.hidden = hidden; },
    setMax: (max) => {
      range.max = String(max);
      if (!field) number.max = String(max);
    },
  };
}
