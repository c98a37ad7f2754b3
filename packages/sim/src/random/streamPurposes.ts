/**
 * The purpose code of every random stream, the high 16 bits of Philox counter word 3 (docs/determinism.md, "Random
 * streams"). A stream is named by (purpose, name id): the name id is 0 for a purpose with one stream per block, the
 * lesion index j for `lesion`, and {@link streamNameId} of the name for `marker` and `response`.
 *
 * Per-patient streams (blockStream: counter = name id, block k, patient i in the block, purpose·2¹⁶ + draw group):
 * - `slots`: the 15 patient slots (patientSlots);
 * - `localControl`: the local-control model's 12 uniforms; `lesion`: 5 per lesion index j;
 * - `otherCauseDeath` (2: sex, death from other causes), `complicationEvents` (4), `complicationOrgans` (2),
 *   `planTarget` (1: the plan of a folder of target DVHs), `metastasis` (5), `progression` (2, after SBRT),
 *   `pathwayEvents` (8), `pathwayGrade` (1);
 * - `marker` and `response`: 1 per marker and per agent with a response draw.
 *
 * Sequential streams (namedGenerator: counter = 0, index, draw group, purpose·2¹⁶), codes from 256 so they can never
 * meet a per-patient stream: `outer` (the parameter sets of a two-level run, index = set), `saltelli` (the design of
 * a sensitivity analysis), `bootstrap` (its bootstrap), `avatar` (the posterior draws of compareAvatarSchedules), `sobol` (the scramblings of expected mode).
 *
 * Why fixed numbers: they are part of every result; renumbering a purpose changes its draws. Never reuse a code.
 */
export const streamPurposes: {
  readonly slots: 1;
  readonly localControl: 2;
  readonly lesion: 3;
  readonly otherCauseDeath: 4;
  readonly complicationEvents: 5;
  readonly complicationOrgans: 6;
  readonly planTarget: 7;
  readonly metastasis: 8;
  readonly progression: 9;
  readonly pathwayEvents: 10;
  readonly pathwayGrade: 11;
  readonly marker: 12;
  readonly response: 13;
  readonly outer: 256;
  readonly saltelli: 257;
  readonly bootstrap: 258;
  readonly avatar: 259;
  readonly sobol: 260;
} = Object.freeze({
  slots: 1,
  localControl: 2,
  lesion: 3,
  otherCauseDeath: 4,
  complicationEvents: 5,
  complicationOrgans: 6,
  planTarget: 7,
  metastasis: 8,
  progression: 9,
  pathwayEvents: 10,
  pathwayGrade: 11,
  marker: 12,
  response: 13,
  outer: 256,
  saltelli: 257,
  bootstrap: 258,
  avatar: 259,
  sobol: 260,
});

/** A per-patient stream's purpose (codes below 256). */
export type PatientStreamPurpose =
  | 'slots'
  | 'localControl'
  | 'lesion'
  | 'otherCauseDeath'
  | 'complicationEvents'
  | 'complicationOrgans'
  | 'planTarget'
  | 'metastasis'
  | 'progression'
  | 'pathwayEvents'
  | 'pathwayGrade'
  | 'marker'
  | 'response';

/** A sequential stream's purpose (codes from 256). */
export type SequentialStreamPurpose = 'outer' | 'saltelli' | 'bootstrap' | 'avatar' | 'sobol';
