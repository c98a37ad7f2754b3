// Exact access to the bits of a double: one shared 8-byte buffer seen as a Float64Array and as two 32-bit words.
// Writing a double and reading its words (or the reverse) is exact on every engine; the word order follows the
// platform's byte order, detected once here.

/** The double view of the shared scratch buffer. */
export const WORD_F64: Float64Array = new Float64Array(1);
/** The same 8 bytes as two unsigned 32-bit words. */
export const WORD_U32: Uint32Array = new Uint32Array(WORD_F64.buffer);
WORD_F64[0] = 1;
/** Index in WORD_U32 of the high word (sign, exponent and top 20 mantissa bits): 1 on little-endian platforms. */
export const HIGH_WORD: number = WORD_U32[1] === 0x3ff00000 ? 1 : 0;
/** Index in WORD_U32 of the low word (bottom 32 mantissa bits). */
export const LOW_WORD: number = 1 - HIGH_WORD;
