import { explorerCopy } from './explorerCopy.js';
import type { NumericParameter } from './parameters.js';
import type { FieldFormat } from './FieldFormat.js';

/** The elements of a slider control: the wrapper to insert, and the two inputs that follow each other. */
export interface SliderElements {
  readonly element: HTMLElement;
  readonly range: HTMLInputElement;
  readonly number: HTMLInputElement;
  /** The inline message under the field, hidden while the typed value is valid. */
  readonly message: HTMLElement;
}

/** The number field: a number input within the parameter's range, or text when a display transform reads it. */
function numberInput(id: string, parameter: NumericParameter, field: FieldFormat | undefined): HTMLInputElement {
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
  return number;
}

/**
 * Builds the markup of a slider control: a `<div class="control">` with a `<label>`, an `<input type=range>`, a
 * number field (with a hidden label saying its unit), the unit and the help line both inputs name as their
 * description, and an inline message (hidden) for a typed value out of range. The values and events are the caller's ({@link sliderControl}).
 * @param parameter - range, step, label, unit, help
 * @param initial - the value first shown (for the range's aria-valuetext)
 * @param field - optional display transform of the number field
 * @returns the wrapper and the two inputs
 */
export function sliderElements(parameter: NumericParameter, initial: number, field: FieldFormat | undefined): SliderElements {
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

  const number = numberInput(id, parameter, field);
  const numberLabel = document.createElement('label');
  numberLabel.htmlFor = number.id;
  numberLabel.className = 'visually-hidden';
  numberLabel.textContent = explorerCopy.exactValue(parameter.label, parameter.unit);

  const unit = document.createElement('span');
  unit.className = 'control-unit';
  unit.textContent = parameter.unit;
  unit.setAttribute('aria-hidden', 'true');

  const help = document.createElement('p');
  help.className = 'control-help';
  help.id = `${id}-help`;
  help.textContent = parameter.help;
  const message = document.createElement('p');
  message.className = 'control-message';
  message.id = `${id}-message`;
  message.setAttribute('role', 'alert');
  message.hidden = true;
  range.setAttribute('aria-describedby', help.id);
  number.setAttribute('aria-describedby', `${help.id} ${message.id}`);
  if (parameter.unit) range.setAttribute('aria-valuetext', `${initial} ${parameter.unit}`);

  const row = document.createElement('div');
  row.className = 'control-row';
  row.append(range, number, unit);
  element.append(label, numberLabel, row, message, help);
  return { element, range, number, message };
}
