import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import type { ExplorerReadouts } from '../explorerModel.js';
import type { ExplorerState } from '../explorerState.js';
import { numericParameter } from '../parameters.js';
import type { NumericKey } from '../parameters.js';
import { sliderControl } from '../sliderControl.js';
import type { SliderControl } from '../sliderControl.js';
import { betaControl } from './betaControl.js';
import { choiceSelect } from './choiceSelect.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';
import { explorerControlGroups } from './explorerControlGroups.js';
import type { ControlWidget } from './explorerControlGroups.js';
import { presetButtons } from './presetButtons.js';
import { repopulationToggle } from './repopulationToggle.js';
import { shareControls } from './shareControls.js';
import { sliderBindings } from './sliderBindings.js';
import { spacingControl } from './spacingControl.js';
import { uscNote } from './uscNote.js';

/** The state a panel works on: read it, change it from a control, or replace it whole. */
export interface PanelStore {
  state(): ExplorerState;
  update(next: ExplorerState): void;
  replace(next: ExplorerState): void;
}

/** The explorer's control panel. */
export interface ControlPanel {
  readonly element: HTMLElement;
  /** Shows a state set from outside (URL, preset, reset) in every control, without reporting changes. */
  sync(state: ExplorerState): void;
  /** Shows what each redraw derives from the state (β, the USC transition dose). */
  show(state: ExplorerState, readouts: ExplorerReadouts): void;
  /** Shows the page's address in the share box. */
  setShareLink(url: string): void;
}

/**
 * Builds the panel from {@link explorerControlGroups}: a fieldset per group, a {@link sliderControl} per parameter
 * key (bound to the state by {@link sliderBindings}) and the widgets by name.
 * @param store - where the state lives; the panel reports every change through it
 * @returns the panel
 */
export function controlPanel(store: PanelStore): ControlPanel {
  const sliders = new Map<NumericKey, SliderControl>();
  // Hidden sliders and the gap's upper end follow from the state alone, so they are set after every change.
  const syncDependents = (state: ExplorerState): void => {
    for (const [key, slider] of sliders) {
      const binding = sliderBindings[key];
      if (binding.max) slider.setMax(binding.max(state));
      if (binding.hidden) slider.setHidden(binding.hidden(state));
    }
  };
  const context: ControlContext = {
    state: store.state,
    update: (next) => {
      store.update(next);
      syncDependents(next);
    },
    replace: store.replace,
    slider: (key) => sliders.get(key),
  };
  const share = shareControls(context);
  const widgets: Readonly<Record<ControlWidget, () => ExplorerControl>> = {
    presets: () => presetButtons(context),
    beta: () => betaControl(context),
    spacing: () => spacingControl(context),
    repopulation: () => repopulationToggle(context),
    reoxygenation: () => choiceSelect(context, {
      id: 'control-reoxygenation',
      ...explorerCopy.reoxygenation,
      read: (state) => state.reoxygenation,
      write: (state, reoxygenation) => ({ ...state, reoxygenation }),
    }),
    model: () => choiceSelect(context, {
      id: 'control-model',
      ...explorerCopy.model,
      read: (state) => state.model,
      write: (state, model) => ({ ...state, model }),
    }),
    uscNote,
    share: () => share,
    marginClass: () => choiceSelect(context, { id: 'control-margin', ...explorerCopy.marginClass, read: (state) => state.marginClass, write: (state, marginClass) => ({ ...state, marginClass }) }),
    timing: () => choiceSelect(context, { id: 'control-timing', ...explorerCopy.timing, read: (state) => state.timing, write: (state, timing) => ({ ...state, timing }) }),
    grade: () => choiceSelect(context, { id: 'control-grade', ...explorerCopy.grade, read: (state) => state.grade, write: (state, grade) => ({ ...state, grade }) }),
    site: () => choiceSelect(context, { id: 'control-site', ...explorerCopy.site, read: (state) => state.site, write: (state, site) => ({ ...state, site }) }),
    depth: () => choiceSelect(context, { id: 'control-depth', ...explorerCopy.depth, read: (state) => state.depth, write: (state, depth) => ({ ...state, depth }) }),
    ageBand: () => choiceSelect(context, { id: 'control-age', ...explorerCopy.ageBand, read: (state) => state.ageBand, write: (state, ageBand) => ({ ...state, ageBand }) }),
    referral: () => choiceSelect(context, { id: 'control-referral', ...explorerCopy.referral, read: (state) => state.referral, write: (state, referral) => ({ ...state, referral }) }),
    localControlComparison: () => choiceSelect(context, {
      id: 'control-lc-comparison',
      ...explorerCopy.localControlComparison,
      read: (state) => state.localControlComparison,
      write: (state, localControlComparison) => ({ ...state, localControlComparison }),
    }),
  };
  const isWidget = (item: NumericKey | ControlWidget): item is ControlWidget => Object.hasOwn(widgets, item);
  const slider = (key: NumericKey): HTMLElement => {
    const binding = sliderBindings[key];
    const parameter = numericParameter(key);
    const control = sliderControl(parameter, binding.read(store.state()) ?? parameter.initial, (value) => context.update(binding.write(store.state(), value)), binding.field);
    sliders.set(key, control);
    return control.element;
  };

  const panel = element('aside', 'controls');
  panel.setAttribute('aria-label', explorerCopy.panelLabel);
  const built: ExplorerControl[] = [];
  for (const { group, items } of explorerControlGroups) {
    const set = element('fieldset', 'control-group');
    set.append(element('legend', undefined, explorerCopy.groups[group]));
    for (const item of items) {
      if (!isWidget(item)) {
        set.append(slider(item));
        continue;
      }
      const control = widgets[item]();
      built.push(control);
      set.append(...control.nodes);
    }
    panel.append(set);
  }

  return {
    element: panel,
    sync(state) {
      for (const [key, control] of sliders) {
        const value = sliderBindings[key].read(state);
        if (value !== undefined) control.set(value);
      }
      syncDependents(state);
      for (const control of built) control.sync?.(state);
    },
    show(state, readouts) {
      for (const control of built) control.show?.(state, readouts);
    },
    setShareLink: share.setLink,
  };
}
