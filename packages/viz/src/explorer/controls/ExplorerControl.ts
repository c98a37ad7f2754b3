import type { ExplorerReadouts } from '../explorerModel.js';
import type { ExplorerState } from '../explorerState.js';
import type { NumericKey } from '../parameters.js';
import type { SliderControl } from '../sliderControl.js';

/** What a control of the explorer's panel may reach: the state, the ways to change it, and the sliders. */
export interface ControlContext {
  /** The current state. */
  state(): ExplorerState;
  /** Applies a change the user made with this control; the page redraws on the next frame. */
  update(next: ExplorerState): void;
  /** Replaces the whole state (a preset, reset): every control then shows the new state. */
  replace(next: ExplorerState): void;
  /** The slider of a parameter, for a control that moves another (β moves α/β). */
  slider(key: NumericKey): SliderControl | undefined;
}

/** A control of the explorer's panel that is not a plain slider (a choice, a toggle, the presets, the share box). */
export interface ExplorerControl {
  /** The nodes to append to the control's group, in order. */
  readonly nodes: readonly Node[];
  /** Shows a state set from outside (URL, preset, reset) without reporting a change. */
  sync?(state: ExplorerState): void;
  /** Shows what is derived from the state, after each redraw (β from α and α/β, the USC transition dose). */
  show?(state: ExplorerState, readouts: ExplorerReadouts): void;
}
