import type { ComplicationRate } from '@rtsim/sim';

/** Column heads of the runner's complication tables, by the scenario's endpoint id. */
export const complicationHeads: Readonly<Record<ComplicationRate['endpoint'], string>> = {
  wound: 'Wound complication ≤ 120 d',
  fibrosis: 'Fibrosis ≥ G2, 2 y',
  oedema: 'Oedema ≥ G2, 2 y',
  stiffness: 'Joint stiffness ≥ G2, 2 y',
  fracture: 'Femoral fracture',
  pneumonitis: 'Pneumonitis ≥ G2',
  complicationFreeControl: 'Complication-free LC',
};
