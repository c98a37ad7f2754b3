// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { numericParameter } from '../../packages/viz/src/explorer/parameters.js';
import { sliderControl } from '../../packages/viz/src/explorer/sliderControl.js';

/** Types into the number field as a person does: the value, an `input` event, and `change` when leaving it. */
function type(field: HTMLInputElement, text: string, leave: boolean): void {
  field.value = text;
  field.dispatchEvent(new Event('input'));
  if (leave) field.dispatchEvent(new Event('change'));
}

describe('sliderControl(parameter, initial, onChange)', () => {
  const setup = (): { number: HTMLInputElement; message: HTMLElement; values: number[] } => {
    const values: number[] = [];
    const control = sliderControl(numericParameter('dose'), 2, (value) => values.push(value));
    document.body.replaceChildren(control.element);
    const number = control.element.querySelector<HTMLInputElement>('input[type="number"]');
    const message = control.element.querySelector<HTMLElement>('.control-message');
    if (!number || !message) throw new Error('the control lacks its number field or message');
    return { number, message, values };
  };

  it('a typed value out of range is named at once with the range and the value kept, and not applied', () => {
    const { number, message, values } = setup();
    type(number, '500', false);
    expect(values).toEqual([]);
    expect(message.hidden).toBe(false);
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toBe('500 is outside 0.5 to 30 Gy: the model keeps 2 Gy.');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(number.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('leaving the field puts the kept value back and says so; the next valid value clears the message', () => {
    const { number, message, values } = setup();
    type(number, '500', true);
    expect(number.value).toBe('2');
    expect(message.textContent).toBe('500 is outside 0.5 to 30 Gy, so the field went back to 2 Gy.');
    type(number, '3', true);
    expect(values).toEqual([3]);
    expect(message.hidden).toBe(true);
    expect(number.hasAttribute('aria-invalid')).toBe(false);
  });
});
