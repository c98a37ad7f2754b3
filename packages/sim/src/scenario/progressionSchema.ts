import * as v from 'valibot';
import type { ProgressionInput } from './ScenarioInput.js';
import { mapping, numberField } from './fieldSchemas.js';

/**
 * Default era of `progression` (calendar year of the SBRT): 2016, the era given to the SBRT series of
 * calibration/progression-evidence.yaml when their period is not published (rule P2), and the midpoint of F8's 2010–23.
 */
export const defaultProgressionEra = 2016;

/**
 * The `progression` section of a scenario (docs/scenarios.md, "Progression and survival after SBRT of metastases"):
 * for metastatic patients whose lesions every arm treats (`target: lesions`), new metastases elsewhere and death
 * from sarcoma with the library values of `metastasisDefaults` (docs/metastasis-model.md); other-cause death
 * (background) competes. progressionArmProblems refuses an arm that treats the tumour.
 */
export const progressionSchema: v.GenericSchema<ProgressionInput> = mapping(
  {
    era: v.exactOptional(
      numberField(
        { min: 1950, max: 2100 },
        'Calendar year of the SBRT (1950 to 2100; a mid-year such as 2016.5 allowed): the median survival after metastasis grows 2.4% a year from 19.4 months in 2004 (Italiano et al. Cancer 2011 and the other series of calibration/metastasis-evidence.yaml, fitted: revision 4), times 1.12 for patients selected for SBRT (fitted). Default 2016.',
      ),
    ),
  },
  'progression: { era }',
  'Progression and death of metastatic patients after SBRT of their lesions (docs/metastasis-model.md): new metastases elsewhere at a constant rate and death from sarcoma, both fitted to SBRT series; other-cause death (background) competes. Results add per arm progression-free survival (first of a treated lesion\'s local failure, a new metastasis or death) and overall survival. Every arm must have target: lesions.',
);
