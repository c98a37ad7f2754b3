/**
 * Patients per block: block k holds patients [4096k, min(4096(k + 1), patients)). Fixed by the determinism
 * contract: changing it changes every result.
 */
export const blockSize = 4096;
