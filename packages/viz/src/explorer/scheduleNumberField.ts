import type { Spacing } from './explorerState.js';
import { normaliseValue, numericParameter } from './parameters.js';

/**
 * A number field inside a schedule of the list (fractions, dose, spacing), labelled for screen readers only (the
 * row reads as `Schedule 2: 5 × 6 Gy, 5 / week`). It reports values in the parameter's range, rounded as the
 * parameter is, and marks anything else aria-invalid without reporting it.
 * @param labelText - the hidden label
 * @param value - the value first shown
 * @param key - the parameter whose range and step the field takes
 * @param onValue - called with each valid value
 * @returns the `<label class="inline-field">` holding the input
 */
export function scheduleNumberField(labelText: string, value: number, key: 'fractions' | 'dose' | Spacing, onValue: (value: number) => void): HTMLLabelElement {
  const parameter = numericParameter(key);
  const label = document.createElement('label');
  label.className = 'inline-field';
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = labelText;
  const input = document.createElement('input');
  input.type = 'number';
  input.min = String(parameter.min);
  input.max = String(parameter.max);
  input.step = String(parameter.step);
  input.value = String(value);
  input.addEventListener('input', () => {
    const raw = Number(input.value);
    if (input.value.trim() === '' || !(raw >= parameter.min && raw <= parameter.max)) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    onValue(normaliseValue(parameter, raw));
  });
  label.append(span, input);
  return label;
}
