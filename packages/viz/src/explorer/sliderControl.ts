import type { FieldFormat } from './FieldFormat.js';
import type { NumericParameter } from './parameters.js';
import { normaliseValue } from './parameters.js';
import { sliderElements } from './sliderElements.js';

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
 * A `<div class="control">` with a `<label>`, an `<input type=range>` and a number field that follow each
 * other (the markup is {@link sliderElements}'s; this keeps the value and the events). Range moves report at once (`input`); the number field reports valid values on
 * `input` and puts back the last valid value on `change` (so a half-typed "0." is not fought); a value out of range
 * is named, with the range and the value kept, in an inline message under the field.
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
  const { element, range, number, message } = sliderElements(parameter, initial, field);
  const shown = (value: number): string => (field ? field.format(value) : String(value));
  const unit = parameter.unit ? ` ${parameter.unit}` : '';
  const say = (text: string | undefined): void => {
    message.hidden = text === undefined;
    message.textContent = text ?? '';
  };

  let current = initial;
  const show = (value: number, except?: HTMLInputElement): void => {
    current = value;
    if (except !== range) range.value = String(value);
    if (except !== number) number.value = field ? field.format(value) : String(value);
    range.setAttribute('aria-valuetext', field ? field.format(value) : `${value}${unit}`);
    number.removeAttribute('aria-invalid');
    say(undefined);
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
      // Said at once, not only when the field is left, so a typed 500 never reverts without a word.
      const allowed = `${shown(parameter.min)} to ${shown(parameter.max)}${unit}`;
      say(number.value.trim() === '' ? `Type a value from ${allowed}.` : `${number.value.trim()} is outside ${allowed}: the model keeps ${shown(current)}${unit}.`);
      return;
    }
    const value = normaliseValue(parameter, raw);
    show(value, number);
    onChange(value);
  });
  number.addEventListener('change', () => {
    if (number.getAttribute('aria-invalid') !== 'true') return;
    const refused = number.value.trim();
    show(current);
    if (refused !== '') say(`${refused} is outside ${shown(parameter.min)} to ${shown(parameter.max)}${unit}, so the field went back to ${shown(current)}${unit}.`);
  });

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
