import type { ExplorerState } from '../explorerState.js';
import { defaultState } from '../parameters.js';
import { presets } from '../presets.js';
import type { Preset } from '../presets.js';
import type { Lesson } from './Lesson.js';

const presetById: ReadonlyMap<string, Preset> = new Map(presets.map((preset) => [preset.id, preset]));

/**
 * The explorer state at a step of a lesson: the default state with steps 0…`step` applied in order (each its
 * preset, then its settings), so a step opens the same way from a link, a reload or the Previous button.
 * @param lesson - the lesson
 * @param step - zero-based step index, clamped to the lesson's steps
 * @returns the state the sliders show at that step
 */
export function lessonStepState(lesson: Lesson, step: number): ExplorerState {
  const last = Math.min(Math.max(0, Math.trunc(step)), lesson.steps.length - 1);
  let state = defaultState;
  for (const current of lesson.steps.slice(0, last + 1)) {
    const preset = current.preset === undefined ? undefined : presetById.get(current.preset);
    if (preset) state = preset.apply(state);
    state = { ...state, ...current.settings };
  }
  return state;
}
