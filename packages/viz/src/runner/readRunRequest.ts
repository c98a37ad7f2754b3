import { maxPatients } from '@rtsim/sim';
import { maxWorkers } from './runCard.js';
import type { RunCard } from './runCard.js';
import { runnerCopy } from './runnerCopy.js';
import type { SensitivitySettings } from '@rtsim/sim';

/** What the Run button asks for: patients and workers, and the sensitivity settings when that analysis is chosen. */
export interface RunRequest {
  /** Virtual patients of a trial run (unused by a sensitivity analysis, which has its own per evaluation). */
  readonly patients: number;
  readonly workers: number;
  /** Set when the sensitivity analysis is chosen. */
  readonly sensitivity?: SensitivitySettings;
}

/**
 * Reads the run card's fields, marking the first field out of range as aria-invalid.
 * @param card - the run card
 * @returns the request, or the message saying which field is wrong and what it must be
 */
export function readRunRequest(card: RunCard): RunRequest | { readonly message: string } {
  const patients = Number(card.patients.value);
  const workers = Number(card.workers.value);
  const chosen = card.sensitivityChosen() ? card.sensitivity.read() : undefined;
  if (chosen === undefined && !(Number.isInteger(patients) && patients >= 1 && patients <= maxPatients)) {
    card.patients.setAttribute('aria-invalid', 'true');
    return { message: runnerCopy.status.patientsRange(maxPatients) };
  }
  if (chosen !== undefined && 'message' in chosen) return { message: chosen.message };
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= maxWorkers)) {
    card.workers.setAttribute('aria-invalid', 'true');
    return { message: runnerCopy.status.workersRange(maxWorkers) };
  }
  card.patients.removeAttribute('aria-invalid');
  card.workers.removeAttribute('aria-invalid');
  return { patients, workers, ...(chosen === undefined ? {} : { sensitivity: chosen.settings }) };
}
