import { aleaSeedState } from './aleaSeedState.js';

/**
 * The state of a per-block stream for one named quantity, as [s0, s1, s2, c] for {@link nextBlockUniform}: Alea started
 * from {@link aleaSeedState}(`${seed}:${blockIndex}:${purpose}:${name}`) (e.g. `42:3:response:pembrolizumab`, `42:3:marker:MAGE-A4`).
 *
 * Why separate streams: the patient slots (patientSlots) stay exactly as they were, so a scenario without modifiers
 * draws the same uniforms as before they existed and gives byte-identical results; and keyed by name, adding an
 * agent or a marker never shifts another's draws. Each stream gives one uniform per patient of the block, in patient
 * order (invalid patients included), so patient i of block k always gets the i-th draw. The seed strings cannot
 * collide with a block's (`${seed}:${k}`) or a named generator's (`${seed}:${purpose}:${index}`, purpose letters only):
 * they have four parts, the second a number.
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @param purpose - `marker`, `response`, `background` (`background:otherCauseDeath`: sex and death from other causes),
 *   `complications` (`complications:events`: one uniform per surgical complication endpoint; `complications:organs`: one
 *   per organ endpoint, fracture and pneumonitis) or `plan` (`plan:target`: the plan
 *   of a folder of target DVHs); docs/determinism.md
 * @param name - the marker or agent name
 * @returns a new Float64Array(4) holding the generator state after seeding
 */
export function keyedStream(seed: number, blockIndex: number, purpose: string, name: string): Float64Array {
  const { s0, s1, s2, c } = aleaSeedState(`${seed}:${blockIndex}:${purpose}:${name}`);
  return Float64Array.of(s0, s1, s2, c);
}
