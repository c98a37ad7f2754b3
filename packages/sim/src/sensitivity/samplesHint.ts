/** Why a --samples below minimumSensitivitySamples is refused, appended to the range in the message. */
export const samplesHint = ' (fewer Saltelli rows give a bootstrap distribution of at most 35 distinct values, too coarse for a 95 % interval: docs/uncertainty.md)';
