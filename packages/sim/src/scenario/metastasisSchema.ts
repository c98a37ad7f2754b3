import * as v from 'valibot';
import type { MetastasisInput } from './ScenarioInput.js';
import { mapping, numberField } from './fieldSchemas.js';

/**
 * The `metastasis` section of a scenario (docs/scenarios.md, "Metastasis and survival"): distant metastasis present
 * at diagnosis, its detection, seeding by a detected local recurrence and death from sarcoma after it, with the
 * library values of `metastasisDefaults` (docs/metastasis-model.md). Any arm that treats the tumour, on the
 * local-control model or the classic clonogen model: the probability of metastasis reads the covariates that the
 * local-control stream draws for every patient (metastasisArmProblems refuses lesion arms and what that path lacks).
 */
export const metastasisSchema: v.GenericSchema<MetastasisInput> = mapping(
  {
    era: v.exactOptional(
      numberField(
        { integer: true, min: 1950, max: 2100 },
        'Calendar year of the cohort\'s metastases (1950 to 2100): the median survival after metastasis grows 2.4% a year from 19.4 months in 2004 (Italiano et al. Cancer 2011 and the other series of calibration/metastasis-evidence.yaml, fitted: revision 4). Default 2004, the last era with data; later years extrapolate.',
      ),
    ),
  },
  'metastasis: { era }',
  'Distant metastasis and death from sarcoma (docs/metastasis-model.md): subclinical metastasis at diagnosis from grade, size, depth and presentation, its detection, seeding by a local recurrence, and death after it; other-cause death (background) competes. Results add DMFS, metastasis cumulative incidence, disease-specific and overall survival. Works with arms on the classic clonogen model or localControl: residual-disease; not with target: lesions.',
);
