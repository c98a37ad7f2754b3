import { explorerCopy } from './explorerCopy.js';
import { scheduleLabel } from './explorerModel.js';
import type { ScheduleChoice, Spacing } from './explorerState.js';
import { scheduleNumberField } from './scheduleNumberField.js';

/** What a schedule's row asks of the list it is in. */
export interface ScheduleItemActions {
  /** A field changed: the schedule with this patch applied. */
  readonly patch: (patch: Partial<ScheduleChoice>) => void;
  /** The spacing changed: the schedule respaced (the list redraws, since the spacing field's range changes). */
  readonly respace: (spacing: Spacing) => void;
  /** The Remove button was pressed. */
  readonly remove: () => void;
}

const copy = explorerCopy.schedules;

/** A text shown between the fields and hidden from screen readers (the fields' labels say it). */
function joiner(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.textContent = text;
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** The spacing choice of a schedule (per week, or every k days). */
function spacingSelect(name: string, spacing: Spacing, onSpacing: (spacing: Spacing) => void): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'inline-field';
  const text = document.createElement('span');
  text.className = 'visually-hidden';
  text.textContent = copy.spacing(name);
  const select = document.createElement('select');
  for (const [value, optionText] of copy.spacingOptions) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = optionText;
    select.append(option);
  }
  select.value = spacing;
  select.addEventListener('change', () => onSpacing(select.value === 'everyDays' ? 'everyDays' : 'perWeek'));
  label.append(text, select);
  return label;
}

/**
 * One schedule of the list compared with the reference: its name, fractions × dose, spacing and a Remove button.
 * @param choice - the schedule
 * @param index - its place in the list (0 is `Schedule 2`: the reference is schedule 1)
 * @param actions - what the fields and buttons report
 * @returns the `<li class="schedule-item">`
 */
export function scheduleItem(choice: ScheduleChoice, index: number, actions: ScheduleItemActions): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'schedule-item';
  const name = copy.name(index + 2);
  const title = document.createElement('span');
  title.className = 'schedule-name';
  title.textContent = `${name}:`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove-schedule';
  remove.textContent = copy.remove;
  remove.setAttribute('aria-label', copy.removeLabel(name, scheduleLabel(choice)));
  remove.addEventListener('click', actions.remove);
  item.append(
    title,
    scheduleNumberField(copy.fractions(name), choice.fractions, 'fractions', (fractions) => actions.patch({ fractions })),
    joiner('×'),
    scheduleNumberField(copy.dose(name), choice.dose, 'dose', (dose) => actions.patch({ dose })),
    joiner('Gy,'),
    scheduleNumberField(choice.spacing === 'perWeek' ? copy.perWeek(name) : copy.everyDays(name), choice.every, choice.spacing, (every) => actions.patch({ every })),
    spacingSelect(name, choice.spacing, actions.respace),
    remove,
  );
  return item;
}
