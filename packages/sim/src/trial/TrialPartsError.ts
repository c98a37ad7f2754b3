/**
 * Partial results that cannot be merged: parts of different runs or rtsim versions, parts that overlap, or parts
 * that leave blocks uncovered. The message names the files and says why; `rtsim merge` reports it as invalid input.
 */
export class TrialPartsError extends Error {
  override readonly name: string = 'TrialPartsError';
}
