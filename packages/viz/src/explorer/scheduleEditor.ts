import { explorerCopy } from './explorerCopy.js';
import type { ScheduleChoice } from './explorerState.js';
import { numericParameter } from './parameters.js';
import { scheduleItem } from './scheduleItem.js';

/** The list of schedules compared with the reference on the TCP chart. */
export interface ScheduleEditor {
  readonly element: HTMLElement;
  /** Shows a list without firing `onChange`. */
  set(schedules: readonly ScheduleChoice[]): void;
}

/**
 * An editable list of up to `max` schedules (number of fractions, dose per fraction, spacing), each with a
 * remove button ({@link scheduleItem}), and an "Add schedule" button that copies the reference.
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
  list.setAttribute('aria-label', explorerCopy.schedules.listLabel);
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'add-schedule';
  add.textContent = explorerCopy.schedules.add;
  add.addEventListener('click', () => {
    if (schedules.length >= max) return;
    schedules = [...schedules, { ...reference() }];
    draw();
    onChange(schedules);
    list.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  element.append(list, add);

  function replace(index: number, patch: Partial<ScheduleChoice>): void {
    schedules = schedules.map((s, i) => (i === index ? { ...s, ...patch } : s));
    onChange(schedules);
  }

  function draw(): void {
    add.disabled = schedules.length >= max;
    list.replaceChildren(...schedules.map((choice, index) => scheduleItem(choice, index, {
      patch: (patch) => replace(index, patch),
      respace: (spacing) => {
        replace(index, { spacing, every: numericParameter(spacing).initial });
        draw();
      },
      remove: () => {
        schedules = schedules.filter((_, i) => i !== index);
        draw();
        onChange(schedules);
        add.focus();
      },
    })));
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
