import { scheduleLabel } from './explorerModel.js';
import type { ScheduleChoice, Spacing } from './explorerState.js';
import { normaliseValue, numericParameter } from './parameters.js';

/** The list of schedules compared with the reference on the TCP chart. */
export interface ScheduleEditor {
  readonly element: HTMLElement;
  /** Shows a list without firing `onChange`. */
  set(schedules: readonly ScheduleChoice[]): void;
}

/**
 * An editable list of up to `max` schedules (number of fractions, dose per fraction, spacing), each with a
 * remove button, and an "Add schedule" button that copies the reference.
 * @param max - most schedules in the list
 * @param onChange - called with the new list after every valid edit
 * @param reference - returns the current reference schedule (copied by "Add")
 */
export function scheduleEditor(max: number, onChange: (schedules: readonly ScheduleChoice[]) => void, reference: () => ScheduleChoice): ScheduleEditor {
  let schedules: ScheduleChoice[] = [];
  const element = document.createElement('div');
  element.className = 'schedule-editor';
  const list = document.createElement('ol');
  list.className = 'schedule-list';
  list.setAttribute('aria-label', 'Schedules compared with the reference');
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'add-schedule';
  add.textContent = '+ Add schedule';
  add.addEventListener('click', () => {
    if (schedules.length >= max) return;
    schedules = [...schedules, { ...reference() }];
    draw();
    onChange(schedules);
    list.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  element.append(list, add);

  const numberField = (labelText: string, value: number, key: 'fractions' | 'dose' | Spacing, onValue: (v: number) => void): HTMLLabelElement => {
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
  };

  function replace(index: number, patch: Partial<ScheduleChoice>): void {
    schedules = schedules.map((s, i) => (i === index ? { ...s, ...patch } : s));
    onChange(schedules);
  }

  function draw(): void {
    add.disabled = schedules.length >= max;
    list.replaceChildren(...schedules.map((choice, index) => {
      const item = document.createElement('li');
      item.className = 'schedule-item';
      const name = `Schedule ${index + 2}`;
      const title = document.createElement('span');
      title.className = 'schedule-name';
      title.textContent = `${name}:`;
      const times = document.createElement('span');
      times.textContent = '×';
      times.setAttribute('aria-hidden', 'true');
      const gy = document.createElement('span');
      gy.textContent = 'Gy,';
      gy.setAttribute('aria-hidden', 'true');
      const spacingLabel = document.createElement('label');
      spacingLabel.className = 'inline-field';
      const spacingText = document.createElement('span');
      spacingText.className = 'visually-hidden';
      spacingText.textContent = `${name} spacing`;
      const spacing = document.createElement('select');
      for (const [value, text] of [['perWeek', '/ week'], ['everyDays', 'every k days']] as const) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = text;
        spacing.append(option);
      }
      spacing.value = choice.spacing;
      spacing.addEventListener('change', () => {
        const next: Spacing = spacing.value === 'everyDays' ? 'everyDays' : 'perWeek';
        replace(index, { spacing: next, every: numericParameter(next).initial });
        draw();
      });
      spacingLabel.append(spacingText, spacing);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove-schedule';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${name} (${scheduleLabel(choice)})`);
      remove.addEventListener('click', () => {
        schedules = schedules.filter((_, i) => i !== index);
        draw();
        onChange(schedules);
        add.focus();
      });
      item.append(
        title,
        numberField(`${name}: number of fractions`, choice.fractions, 'fractions', (fractions) => replace(index, { fractions })),
        times,
        numberField(`${name}: dose per fraction in Gy`, choice.dose, 'dose', (dose) => replace(index, { dose })),
        gy,
        numberField(choice.spacing === 'perWeek' ? `${name}: fractions per week` : `${name}: days between fractions`, choice.every, choice.spacing, (every) => replace(index, { every })),
        spacingLabel,
        remove,
      );
      return item;
    }));
  }

  draw();
  return {
    element,
    set: (next) => {
      schedules = [...next];
      draw();
    },
  };
}
