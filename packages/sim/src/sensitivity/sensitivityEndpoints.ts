/**
 * The endpoints a sensitivity measure can name at a follow-up time, in the order results list them (`local-control@5`,
 * …): local control; with `metastasis` DMFS, the cumulative incidence of metastasis, disease-specific survival and
 * overall survival; with `progression` progression-free survival (sensitivityMeasures says which a scenario offers).
 */
export const sensitivityEndpoints = [
  'local-control',
  'distant-metastasis-free-survival',
  'metastasis',
  'disease-specific-survival',
  'progression-free-survival',
  'overall-survival',
] as const;

/** One of {@link sensitivityEndpoints}. */
export type SensitivityEndpoint = (typeof sensitivityEndpoints)[number];

/** Every spelling of a measure, for messages: `control-rate, mean-tcp, local-control@T, … or overall-survival@T`. */
export const sensitivityMeasureForms: string = `control-rate, mean-tcp, ${sensitivityEndpoints
  .slice(0, -1)
  .map((endpoint) => `${endpoint}@T`)
  .join(', ')} or ${sensitivityEndpoints[sensitivityEndpoints.length - 1]}@T`;
