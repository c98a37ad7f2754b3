/** DVH files above this size, bytes, are refused before reading (an RT Dose file with its dose grid can be large). */
export const maxDvhFileBytes: number = 256 * 1024 * 1024;
