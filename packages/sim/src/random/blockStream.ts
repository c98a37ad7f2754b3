import { philox4x32 } from './philox4x32.js';
import { seedKey } from './seedKey.js';
import { streamPurposes, type PatientStreamPurpose } from './streamPurposes.js';

/**
 * A per-patient stream of one block as plain data: [key0, key1, name id, block k, next patient i, purpose·2¹⁶].
 * Draw j of patient i is Philox 4×32-10 with that key at counter (name id, k, i, purpose·2¹⁶ + ⌊j/4⌋), lane j mod 4.
 */
export type BlockStream = Uint32Array;

const twoToMinus32 = 2 ** -32;
const maxDrawGroups = 65536;
// One scratch block of four words per thread: nextBlockUniforms reads it back before any other call can reuse it.
const words = new Uint32Array(4);

/**
 * Block k's stream of one purpose (docs/determinism.md, "Random streams"): the uniforms of patient i are a pure function
 * of (seed, purpose, name id, k, i, draw index), computed by Philox 4×32-10 ({@link philox4x32}), so a block's patients
 * are the same whichever worker, shard or process draws them, and a stream no patient reads costs nothing.
 * @param seed - scenario seed, a whole number in [0, 2⁵³) (the key, seedKey)
 * @param blockIndex - block index k, a whole number in [0, 2³²) (block k holds patients 4096k … 4096k + 4095)
 * @param purpose - the stream's purpose (streamPurposes), `slots` for the 15 patient slots
 * @param nameId - 0, the lesion index j (`lesion`) or streamNameId(name) (`marker`, `response`); in [0, 2³²)
 * @returns the stream, positioned at the block's first patient
 */
export function blockStream(seed: number, blockIndex: number, purpose: PatientStreamPurpose = 'slots', nameId = 0): BlockStream {
  const [key0, key1] = seedKey(seed);
  return Uint32Array.of(key0, key1, nameId, blockIndex, 0, streamPurposes[purpose] * maxDrawGroups);
}

/**
 * Writes the next patient's `count` draws from a {@link BlockStream} to `out[0 … count)` and moves to the next patient:
 * out[j] = (x_j + ½)·2⁻³², x_j the Philox output word for draw j (the cell midpoints of openUniform, never 0 or 1).
 *
 * Every patient of the block, valid or not, must take its draws in patient order (one call per patient), so patient
 * i's draws are those of counter word i whatever the caller does for other patients.
 * @param stream - from {@link blockStream}, its patient counter advanced by one
 * @param out - receives the draws, each in [2⁻³³, 1 − 2⁻³³]
 * @param count - number of draws, a whole number in [0, min(out.length, 2¹⁸)]
 */
export function nextBlockUniforms(stream: BlockStream, out: Float64Array, count: number): void {
  const nameId = stream[2];
  const block = stream[3];
  const patient = stream[4];
  const purpose = stream[5];
  for (let group = 0; 4 * group < count; group++) {
    philox4x32(nameId, block, patient, purpose + group, stream[0], stream[1], words);
    const first = 4 * group;
    const lanes = Math.min(4, count - first);
    for (let lane = 0; lane < lanes; lane++) out[first + lane] = (words[lane] + 0.5) * twoToMinus32;
  }
  stream[4] = patient + 1;
}

/**
 * The next patient's single draw from a {@link BlockStream} (draw 0 of {@link nextBlockUniforms}), moving to the next
 * patient.
 * @param stream - from {@link blockStream}, its patient counter advanced by one
 * @returns u ∈ [2⁻³³, 1 − 2⁻³³]
 */
export function nextBlockUniform(stream: BlockStream): number {
  philox4x32(stream[2], stream[3], stream[4], stream[5], stream[0], stream[1], words);
  stream[4] = stream[4] + 1;
  return (words[0] + 0.5) * twoToMinus32;
}
