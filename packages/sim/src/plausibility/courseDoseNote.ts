import { eqd2, schedule, totalDose } from '@rtsim/core';
import type { ArmInput } from '../scenario/ScenarioInput.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { noteNumber } from './noteNumber.js';

/**
 * Total physical dose of a course above which it is beyond clinical practice, Gy. Curative external-beam courses
 * for sarcoma give 50–66 Gy (preoperative 50 Gy/25 and postoperative 66 Gy/33, O'Sullivan et al., Lancet 2002;
 * 64 Gy or more for gross disease, Cancer 1985;56:475) and about 80 Gy at most in any site, so 100 Gy leaves room
 * for every real schedule; the viewer's explorer warns at the same limit. A total dose typed
 * as the dose per fraction (25 × 50 Gy) gives 1250 Gy; 25 fractions typed for 5 (25 × 6 Gy) gives 150 Gy.
 */
export const maxPlausibleTotalDoseGy = 100;

/**
 * EQD2 at α/β 10 Gy of a course above which it is beyond clinical practice, Gy. The most intense course in rtsim's
 * evidence is SBRT of sarcoma lung metastases with 60 Gy in 3 fractions (Navarria et al., in
 * scenarios/sbrt-lung-metastases.yaml), EQD2₁₀ = 60 · (1 + 20/10)/(1 + 2/10) = 150 Gy; 200 Gy is a third
 * above it, so a what-if beyond the evidence (3 × 22 Gy, 176 Gy) passes while a single 50 Gy fraction (250 Gy) or
 * 3 × 54 Gy does not. α/β 10 Gy, the conventional tumour value, rather than the cohort's: the limit must not move
 * with the file's biology. Physical dose catches many fractions, EQD2 few large ones.
 */
export const maxPlausibleEqd2Gy = 200;

/** α/β (Gy) at which the course's EQD2 is compared with maxPlausibleEqd2Gy. */
const referenceAlphaBetaGy = 10;

/** Below this dose per fraction (Gy), a value read as a total over the course is not a plausible intent either. */
const minPlausibleDosePerFractionGy = 1;

/** The likely intent of a regular course that is too much: its dose per fraction read as the total dose, when that gives a real fraction size. */
function likelyIntent(fractions: number, dose: number): string {
  const perFraction = dose / fractions;
  if (fractions === 1 || perFraction < minPlausibleDosePerFractionGy) return 'check the dose per fraction (Gy) and the number of fractions';
  return `is ${noteNumber(dose)} the total dose? (total ${noteNumber(dose)} Gy would be ${noteNumber(perFraction)} Gy per fraction)`;
}

/**
 * A note for an arm whose course delivers more than any clinical course: a total physical dose above
 * maxPlausibleTotalDoseGy or an EQD2₁₀ above maxPlausibleEqd2Gy. A GARD-prescribed arm solves its dose per patient
 * within gardTarget's bound, so it is not checked.
 * @param arm - an arm that passed the schema
 * @param index - its place in `arms`
 * @returns the note at `arms[i].schedule`, or undefined
 */
export function courseDoseNote(arm: ArmInput, index: number): PlausibilityNote | undefined {
  const course = arm.schedule;
  if ('gardTarget' in course) return undefined;
  const fractions = schedule(course);
  const total = totalDose(fractions);
  const eqd2Gy = eqd2(fractions, { alphaBeta: referenceAlphaBetaGy });
  if (!(total > maxPlausibleTotalDoseGy || eqd2Gy > maxPlausibleEqd2Gy)) return undefined;
  const limits = `beyond any clinical course (total above ${maxPlausibleTotalDoseGy} Gy or EQD2₁₀ above ${maxPlausibleEqd2Gy} Gy)`;
  const delivered = `${noteNumber(total)} Gy total (EQD2₁₀ ${noteNumber(eqd2Gy)} Gy), ${limits}`;
  if ('list' in course) {
    return { path: formatIssuePath(['arms', index, 'schedule', 'list']), message: `${course.list.length} fractions, ${delivered}: is each dose the dose of that fraction (Gy), not a running total?` };
  }
  return { path: formatIssuePath(['arms', index, 'schedule']), message: `${course.fractions} × ${noteNumber(course.dose)} Gy = ${delivered}: ${likelyIntent(course.fractions, course.dose)}` };
}
