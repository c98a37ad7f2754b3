import { librarySubtype, subtypeIds } from '@rtsim/core';
import { avatarAssumptions, avatarTumour, defaultAvatarDraws, defaultAvatarSeed, defaultAvatarVolume, parseScheduleList } from '@rtsim/sim';
import type { AvatarTumourOptions } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { numberField } from '../ui/numberField.js';
import { avatarCopy } from './avatarCopy.js';

/** Schedules offered when the view opens (docs/avatars.md, the mini-syntax). */
const defaultSchedules = '25x2,5x6,3x18:everyDays=2';

/** The settings of one analysis, read and checked. */
export interface AvatarSettingsValue {
  readonly schedules: Extract<ReturnType<typeof parseScheduleList>, { ok: true }>['schedules'];
  readonly tumour: Extract<ReturnType<typeof avatarTumour>, { ok: true }>['tumour'];
  readonly draws: number;
  readonly seed: number;
}

/** The settings card. */
export interface AvatarSettings {
  readonly element: HTMLElement;
  /** The inputs whose typing should re-run the analysis (after a pause). */
  readonly typed: readonly HTMLInputElement[];
  /** The subtype select (a choice re-runs at once). */
  readonly subtype: HTMLSelectElement;
  /**
   * Reads and checks the fields, marking the wrong one aria-invalid and saying why on the status line; when all are
   * right, shows the tumour they give (N₀, T_d, T_k) and the library defaults as placeholders.
   * @returns the settings, or undefined when a field is wrong
   */
  read(): AvatarSettingsValue | undefined;
}

/**
 * The tumour options of the fields: the subtype, and each number that is filled in (blank: the library's).
 * `Infinity` is accepted for a doubling time that never doubles.
 */
function tumourOptions(subtype: string, fields: readonly [keyof AvatarTumourOptions, HTMLInputElement, string][]): AvatarTumourOptions | string {
  const options: { -readonly [K in keyof AvatarTumourOptions]: AvatarTumourOptions[K] } = { subtype };
  for (const [key, input, name] of fields) {
    input.removeAttribute('aria-invalid');
    const text = input.value.trim();
    if (text === '') continue;
    const value = /^infinity$/i.test(text) ? Infinity : Number(text);
    if (Number.isNaN(value)) {
      input.setAttribute('aria-invalid', 'true');
      return avatarCopy.settings.notANumber(name, text);
    }
    (options as Record<string, unknown>)[key] = value;
  }
  return options;
}

/**
 * Builds the settings card: candidate schedules, library subtype, volume or clonogens, kinetics, draws and seed,
 * a status line and the first of the sim's assumptions.
 * @returns the card and its reader
 */
export function avatarSettings(): AvatarSettings {
  const words = avatarCopy.settings;
  const card = element('section', 'card');
  card.append(element('h2', undefined, words.heading));
  const schedules = numberField('avatar-schedules', ...words.schedules, 'text');
  schedules.input.value = defaultSchedules;
  schedules.input.spellcheck = false;
  const subtypeWrap = element('div', 'field');
  const subtypeLabel = element('label', 'control-label', words.subtype);
  subtypeLabel.htmlFor = 'avatar-subtype';
  const subtype = element('select');
  subtype.id = 'avatar-subtype';
  for (const id of subtypeIds) {
    const option = element('option', undefined, librarySubtype(id)?.name ?? id);
    option.value = id;
    subtype.append(option);
  }
  subtypeWrap.append(subtypeLabel, subtype);
  const volume = numberField('avatar-volume', words.volume[0], words.volume[1](defaultAvatarVolume));
  const clonogens = numberField('avatar-clonogens', ...words.clonogens, 'text');
  const doublingTime = numberField('avatar-doubling', ...words.doublingTime);
  const kickoffTime = numberField('avatar-kickoff', ...words.kickoffTime);
  const draws = numberField('avatar-draws', ...words.draws);
  draws.input.value = String(defaultAvatarDraws);
  const seed = numberField('avatar-seed', ...words.seed);
  seed.input.value = String(defaultAvatarSeed);
  const rows = [[volume, clonogens], [doublingTime, kickoffTime], [draws, seed]].map((pair) => {
    const row = element('div', 'field-row');
    row.append(...pair.map((field) => field.wrap));
    return row;
  });
  const status = element('p', 'run-status muted');
  status.setAttribute('role', 'status');
  card.append(schedules.wrap, subtypeWrap, ...rows, status, element('p', 'control-help', avatarAssumptions[0]));

  const fail = (message: string): undefined => {
    status.textContent = message;
    return undefined;
  };
  return {
    element: card,
    typed: [schedules.input, volume.input, clonogens.input, doublingTime.input, kickoffTime.input, draws.input, seed.input],
    subtype,
    read() {
      const scheduleList = parseScheduleList(schedules.input.value);
      schedules.input.toggleAttribute('aria-invalid', !scheduleList.ok);
      if (!scheduleList.ok) return fail(scheduleList.message);
      const options = tumourOptions(subtype.value, [
        ['volume', volume.input, 'Volume'],
        ['clonogens', clonogens.input, 'Clonogens'],
        ['doublingTime', doublingTime.input, 'Doubling time'],
        ['kickoffTime', kickoffTime.input, 'Kick-off time'],
      ]);
      const tumour = typeof options === 'string' ? { ok: false as const, message: options } : avatarTumour(options);
      if (!tumour.ok) return fail(tumour.message);
      const drawCount = Number(draws.input.value);
      const seedValue = Number(seed.input.value);
      const drawsOk = Number.isInteger(drawCount) && drawCount >= 100 && drawCount <= 1_000_000;
      const seedOk = Number.isSafeInteger(seedValue) && seedValue >= 0;
      draws.input.toggleAttribute('aria-invalid', !drawsOk);
      seed.input.toggleAttribute('aria-invalid', !seedOk);
      if (!drawsOk || !seedOk) return fail(drawsOk ? words.badSeed : words.badDraws);
      const patient = tumour.tumour;
      volume.input.placeholder = String(patient.volume);
      doublingTime.input.placeholder = String(patient.doublingTime);
      kickoffTime.input.placeholder = String(patient.kickoffTime);
      status.textContent = words.tumour(patient.clonogens.toExponential(2), patient.doublingTime, patient.kickoffTime);
      return { schedules: scheduleList.schedules, tumour: patient, draws: drawCount, seed: seedValue };
    },
  };
}
