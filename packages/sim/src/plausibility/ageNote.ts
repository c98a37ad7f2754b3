import { distributionCentre } from '@rtsim/core';
import type { ScenarioInput } from '../scenario/ScenarioInput.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { noteNumber } from './noteNumber.js';

/**
 * Typical age above which a cohort is implausible, years: no cohort's typical patient is a centenarian (the
 * library's default age covariate is normal, mean 58, SD 15, truncated to 18–95 years), while an age written in
 * months (696 for 58 years) is far above it.
 */
export const maxPlausibleTypicalAgeYears = 100;

/**
 * A note when the typical age (distributionCentre) of `cohort.covariates.age` is above maxPlausibleTypicalAgeYears,
 * read as months for the likely intent.
 * @param input - a scenario that passed the schema
 * @returns the note at `cohort.covariates.age`, or undefined
 */
export function ageNote(input: ScenarioInput): PlausibilityNote | undefined {
  const age = input.cohort.covariates?.age;
  if (age === undefined) return undefined;
  const centre = distributionCentre(age);
  if (!(centre > maxPlausibleTypicalAgeYears)) return undefined;
  return {
    path: 'cohort.covariates.age',
    message: `a typical patient of ${noteNumber(centre)} years is beyond any sarcoma cohort: is it in months? (${noteNumber(centre)} months = ${noteNumber(centre / 12)} years)`,
  };
}
