import type { ScenarioInput } from '../scenario/ScenarioInput.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { noteNumber } from './noteNumber.js';

/**
 * Follow-up above which a horizon is beyond any sarcoma series, years. The longest in rtsim's evidence are 20
 * years (the NCI adjuvant-radiotherapy trial's 20-year update, Beane et al., Ann Surg Oncol 2014;21:2484; chronic
 * complications at 20 years, MD Anderson, Cancer 2006, doi 10.1002/cncr.22298); 30 leaves room for a what-if, while a horizon written in
 * months (60 for 5 years) is twice that.
 */
export const maxPlausibleFollowUpYears = 30;

/**
 * A note when `followUp.years` is above maxPlausibleFollowUpYears, read as months for the likely intent.
 * @param input - a scenario that passed the schema
 * @returns the note at `followUp.years`, or undefined
 */
export function followUpNote(input: ScenarioInput): PlausibilityNote | undefined {
  const years = input.followUp.years;
  if (!(years > maxPlausibleFollowUpYears)) return undefined;
  return {
    path: 'followUp.years',
    message: `${noteNumber(years)} years of follow-up is beyond any sarcoma series (the longest run about 20 years): is it in months? (${noteNumber(years)} months = ${noteNumber(years / 12)} years)`,
  };
}
