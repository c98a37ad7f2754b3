import { courseSurvivalChart } from '../charts/courseSurvivalChart.js';
import { formatNumber } from '../charts/formatNumber.js';
import { isoeffectChart } from '../charts/isoeffectChart.js';
import { populationTcpChart } from '../charts/populationTcpChart.js';
import { repopulationChart } from '../charts/repopulationChart.js';
import { survivalCurveChart } from '../charts/survivalCurveChart.js';
import { survivalText } from '../charts/survivalText.js';
import { tcpDoseChart } from '../charts/tcpDoseChart.js';
import { chartCard } from '../ui/chartCard.js';
import type { ChartCard } from '../ui/chartCard.js';
import { explorerFastViews, lateAlphaBeta } from './explorerModel.js';
import type { ExplorerReadouts } from './explorerModel.js';
import type { ExplorerState, ScheduleChoice, Spacing } from './explorerState.js';
import { maxSchedules } from './explorerState.js';
import { defaultState, normaliseValue, numericParameter } from './parameters.js';
import type { NumericKey } from './parameters.js';
import { presets } from './presets.js';
import { scheduleEditor } from './scheduleEditor.js';
import { slowViewsClient } from './slowViewsClient.js';
import { sliderControl } from './sliderControl.js';
import type { FieldFormat, SliderControl } from './sliderControl.js';

/** The mounted explorer. */
export interface ExplorerView {
  /** Replaces the whole state (preset, URL) and redraws on the next frame. */
  setState(state: ExplorerState): void;
  getState(): ExplorerState;
  /** Shows the page's current address in the share box. */
  setShareLink(url: string): void;
}

/** Name of the performance measure taken around each synchronous update (compute + redraw of the fast views), in ms. */
export const updateMeasureName: string = 'rtsim:explorer-update';

const clonogenField: FieldFormat = {
  format: (log10: number) => {
    const exponent = Math.floor(log10 + 1e-9);
    const mantissa = 10 ** (log10 - exponent);
    return `${formatNumber(mantissa, 1)}e${exponent}`;
  },
  parse: (text: string) => {
    const value = Number(text.trim());
    return value > 0 ? Math.log10(value) : NaN;
  },
  inputMode: 'text',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fieldset(legendText: string): HTMLFieldSetElement {
  const set = element('fieldset', 'control-group');
  set.append(element('legend', undefined, legendText));
  return set;
}

const percent = (p: number): string => (Number.isFinite(p) ? `${formatNumber(p * 100, 1)}%` : '–');
const gray = (gy: number): string => `${formatNumber(gy, 1)} Gy`;

const readoutRows: readonly { key: keyof ExplorerReadouts | 'schedule'; label: (s: ExplorerState) => string; value: (r: ExplorerReadouts, s: ExplorerState) => string }[] = [
  { key: 'schedule', label: () => 'Reference schedule', value: (r, s) => `${s.reference.fractions} × ${formatNumber(s.reference.dose)} Gy = ${gray(r.totalDose)}` },
  { key: 'overallTime', label: () => 'Overall time T', value: (r) => `${formatNumber(r.overallTime, 1)} days` },
  { key: 'bed', label: (s) => `BED (tumour${s.repopulation ? ', with time term' : ''})`, value: (r) => gray(r.bed) },
  { key: 'eqd2', label: (s) => `EQD2 (tumour, α/β = ${s.alphaBeta} Gy)`, value: (r) => gray(r.eqd2) },
  { key: 'eqd2Late', label: () => `EQD2 (late tissue, α/β = ${lateAlphaBeta} Gy)`, value: (r) => gray(r.eqd2Late) },
  { key: 'logSurvival', label: () => 'Surviving fraction S', value: (r) => survivalText(r.logSurvival) },
  { key: 'log10Survivors', label: () => 'Surviving clonogens N₀·S', value: (r) => survivalText(r.log10Survivors * Math.LN10) },
  { key: 'tcp', label: () => 'TCP, single tumour (Poisson)', value: (r) => percent(r.tcp) },
  { key: 'tcpPopulation', label: (s) => `TCP, population (σ_α = ${s.sigmaAlpha})`, value: (r) => percent(r.tcpPopulation) },
  { key: 'repopulationDosePerDay', label: () => 'D_prolif (dose/day lost to repopulation)', value: (r) => `${formatNumber(r.repopulationDosePerDay, 2)} Gy/day` },
];

/**
 * Mounts the teaching explorer: linked sliders and number fields on the left, read-outs and six charts on
 * the right. Updates are coalesced to one per animation frame: read-outs and four charts are computed
 * synchronously (a few ms), the iso-effect and population charts in a worker (latest state wins).
 * @param container - the element to fill (its children are replaced)
 * @param initial - the starting state (from the URL)
 * @param onStateChange - called after each change, e.g. to write the URL
 */
export function mountExplorer(container: HTMLElement, initial: ExplorerState, onStateChange: (state: ExplorerState) => void): ExplorerView {
  let state = initial;
  const controls = new Map<NumericKey, SliderControl>();
  const layout = element('div', 'explorer-layout');
  const panel = element('aside', 'controls');
  panel.setAttribute('aria-label', 'Explorer parameters');
  const views = element('div', 'views');
  layout.append(panel, views);
  container.replaceChildren(layout);

  const update = (patch: Partial<ExplorerState>): void => {
    state = { ...state, ...patch };
    requestRender();
  };
  const updateReference = (patch: Partial<ScheduleChoice>): void => update({ reference: { ...state.reference, ...patch } });

  // Presets.
  const presetGroup = fieldset('Presets');
  const presetRow = element('div', 'preset-row');
  for (const preset of presets) {
    const button = element('button', 'preset', preset.name);
    button.type = 'button';
    button.title = preset.description;
    button.dataset['preset'] = preset.id;
    button.addEventListener('click', () => setState(preset.apply(state)));
    presetRow.append(button);
  }
  const presetNote = element('p', 'control-help', 'Hover or focus a preset for its source. Subtype presets change the biology, not the schedule.');
  presetGroup.append(presetRow, presetNote);

  const slider = (key: NumericKey, value: number, onChange: (value: number) => void, field?: FieldFormat): HTMLElement => {
    const control = sliderControl(numericParameter(key), value, onChange, field);
    controls.set(key, control);
    return control.element;
  };

  // Radiosensitivity, with β as a linked number field.
  const sensitivity = fieldset('Radiosensitivity');
  const betaId = 'control-beta';
  const betaLabel = element('label', 'control-label', 'β (= α ÷ α/β)');
  betaLabel.htmlFor = betaId;
  const betaInput = element('input', 'control-value');
  betaInput.type = 'number';
  betaInput.id = betaId;
  betaInput.step = 'any';
  betaInput.min = '0.0005';
  betaInput.addEventListener('input', () => {
    const beta = Number(betaInput.value);
    if (!(beta > 0)) {
      betaInput.setAttribute('aria-invalid', 'true');
      return;
    }
    betaInput.removeAttribute('aria-invalid');
    const alphaBeta = normaliseValue(numericParameter('alphaBeta'), state.alpha / beta);
    controls.get('alphaBeta')?.set(alphaBeta);
    update({ alphaBeta });
  });
  const betaRow = element('div', 'control beta-control');
  const betaUnit = element('span', 'control-unit', '1/Gy²');
  const betaInner = element('div', 'control-row');
  betaInner.append(betaInput, betaUnit);
  betaRow.append(betaLabel, betaInner);
  sensitivity.append(
    slider('alpha', state.alpha, (alpha) => update({ alpha })),
    slider('alphaBeta', state.alphaBeta, (alphaBeta) => update({ alphaBeta })),
    betaRow,
  );

  // Reference schedule.
  const scheduleSet = fieldset('Reference schedule');
  const spacingRow = element('div', 'control spacing');
  const spacingLabel = element('span', 'control-label', 'Spacing');
  spacingLabel.id = 'spacing-label';
  const spacingChoices = element('div', 'radio-row');
  spacingChoices.setAttribute('role', 'radiogroup');
  spacingChoices.setAttribute('aria-labelledby', spacingLabel.id);
  const spacingInputs = new Map<Spacing, HTMLInputElement>();
  for (const [value, text] of [['perWeek', 'fractions per week'], ['everyDays', 'one every k days']] as const) {
    const label = element('label', 'radio');
    const input = element('input');
    input.type = 'radio';
    input.name = 'spacing';
    input.value = value;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const every = controls.get(value === 'perWeek' ? 'perWeek' : 'everyDays');
      const parameter = numericParameter(value);
      updateReference({ spacing: value, every: parameter.initial });
      every?.set(parameter.initial);
      syncVisibility();
    });
    spacingInputs.set(value, input);
    label.append(input, document.createTextNode(` ${text}`));
    spacingChoices.append(label);
  }
  spacingRow.append(spacingLabel, spacingChoices);
  scheduleSet.append(
    slider('dose', state.reference.dose, (dose) => updateReference({ dose })),
    slider('fractions', state.reference.fractions, (fractions) => {
      updateReference({ fractions });
      controls.get('gapAfter')?.setMax(Math.max(0, fractions - 1));
    }),
    spacingRow,
    slider('perWeek', state.reference.spacing === 'perWeek' ? state.reference.every : 5, (every) => updateReference({ every })),
    slider('everyDays', state.reference.spacing === 'everyDays' ? state.reference.every : 2, (every) => updateReference({ every })),
    slider('gapAfter', state.gapAfter, (gapAfter) => update({ gapAfter })),
    slider('gapDays', state.gapDays, (gapDays) => update({ gapDays })),
  );

  // Repopulation.
  const repopulationSet = fieldset('Repopulation');
  const repopulationLabel = element('label', 'checkbox');
  const repopulationBox = element('input');
  repopulationBox.type = 'checkbox';
  repopulationBox.id = 'control-repopulation';
  repopulationBox.addEventListener('change', () => update({ repopulation: repopulationBox.checked }));
  repopulationLabel.append(repopulationBox, document.createTextNode(' Include repopulation (time term)'));
  repopulationSet.append(
    repopulationLabel,
    slider('kickoffTime', state.kickoffTime, (kickoffTime) => update({ kickoffTime })),
    slider('doublingTime', state.doublingTime, (doublingTime) => update({ doublingTime })),
  );

  // Tumour.
  const tumourSet = fieldset('Tumour');
  const reoxRow = element('div', 'control');
  const reoxLabel = element('label', 'control-label', 'Reoxygenation between fractions');
  reoxLabel.htmlFor = 'control-reoxygenation';
  const reoxSelect = element('select');
  reoxSelect.id = 'control-reoxygenation';
  for (const [value, text] of [['full', 'full (hypoxic share restored before each fraction)'], ['none', 'none (compartments stay separate)']] as const) {
    const option = element('option', undefined, text);
    option.value = value;
    reoxSelect.append(option);
  }
  reoxSelect.addEventListener('change', () => update({ reoxygenation: reoxSelect.value === 'none' ? 'none' : 'full' }));
  reoxRow.append(reoxLabel, reoxSelect);
  tumourSet.append(
    slider('log10Clonogens', state.log10Clonogens, (log10Clonogens) => update({ log10Clonogens }), clonogenField),
    slider('hypoxicFraction', state.hypoxicFraction, (hypoxicFraction) => update({ hypoxicFraction })),
    slider('oer', state.oer, (oer) => update({ oer })),
    reoxRow,
  );

  // Survival model.
  const modelSet = fieldset('Survival model');
  const modelRow = element('div', 'control');
  const modelLabel = element('label', 'control-label', 'Model');
  modelLabel.htmlFor = 'control-model';
  const modelSelect = element('select');
  modelSelect.id = 'control-model';
  for (const [value, text] of [['lq', 'LQ (linear-quadratic)'], ['lq-l', 'LQ-L (Astrahan 2008)'], ['usc', 'USC (Park et al. 2008)']] as const) {
    const option = element('option', undefined, text);
    option.value = value;
    modelSelect.append(option);
  }
  modelSelect.addEventListener('change', () => {
    const model = modelSelect.value === 'lq-l' ? 'lq-l' : modelSelect.value === 'usc' ? 'usc' : 'lq';
    update({ model });
    syncVisibility();
  });
  modelRow.append(modelLabel, modelSelect);
  const uscNote = element('p', 'control-help');
  uscNote.setAttribute('aria-live', 'polite');
  modelSet.append(
    modelRow,
    slider('transitionDose', state.transitionDose, (transitionDose) => update({ transitionDose })),
    slider('d0', state.d0, (d0) => update({ d0 })),
    uscNote,
  );

  const populationSet = fieldset('Population');
  populationSet.append(slider('sigmaAlpha', state.sigmaAlpha, (sigmaAlpha) => update({ sigmaAlpha })));

  const shareSet = fieldset('Share this lesson');
  const shareLabel = element('label', 'control-label', 'Link to this exact view');
  shareLabel.htmlFor = 'share-link';
  const shareInput = element('input', 'share-link');
  shareInput.id = 'share-link';
  shareInput.readOnly = true;
  const shareButton = element('button', undefined, 'Copy link');
  shareButton.type = 'button';
  const shareStatus = element('span', 'share-status');
  shareStatus.setAttribute('role', 'status');
  shareButton.addEventListener('click', () => {
    shareInput.select();
    navigator.clipboard?.writeText(shareInput.value).then(
      () => { shareStatus.textContent = 'Copied.'; },
      () => { shareStatus.textContent = 'Select the link and copy it (Ctrl+C).'; },
    );
  });
  const resetButton = element('button', undefined, 'Reset all');
  resetButton.type = 'button';
  resetButton.addEventListener('click', () => setState(defaultState));
  const shareRow = element('div', 'share-row');
  shareRow.append(shareButton, resetButton, shareStatus);
  shareSet.append(shareLabel, shareInput, shareRow);

  panel.append(presetGroup, sensitivity, scheduleSet, repopulationSet, tumourSet, modelSet, populationSet, shareSet);

  // Read-outs and charts.
  const readouts = element('section', 'card readouts');
  readouts.setAttribute('aria-labelledby', 'readouts-heading');
  const readoutsHeading = element('h2', undefined, 'Reference schedule at a glance');
  readoutsHeading.id = 'readouts-heading';
  const list = element('dl', 'readout-list');
  const readoutValues = new Map<string, { dt: HTMLElement; dd: HTMLElement }>();
  for (const row of readoutRows) {
    const item = element('div', 'readout');
    const dt = element('dt');
    const dd = element('dd');
    dd.dataset['readout'] = row.key;
    item.append(dt, dd);
    list.append(item);
    readoutValues.set(row.key, { dt, dd });
  }
  const warnings = element('div', 'warnings');
  warnings.setAttribute('role', 'status');
  readouts.append(readoutsHeading, list, warnings);

  const cards: Record<'survival' | 'course' | 'tcp' | 'isoeffect' | 'repopulation' | 'population', ChartCard> = {
    tcp: chartCard('tcp-dose', 'TCP against total dose', [
      'Poisson TCP = exp(−N₀·S): the chance that no clonogen survives. Each schedule keeps its number of fractions and its timing while the dose per fraction scales; dots mark the prescribed doses.',
      'With a low α/β, fewer and larger fractions reach the same TCP at a lower total dose. Add up to three schedules to compare with the reference (same biology for all).',
    ]),
    survival: chartCard('survival-curve', 'Cell survival per fraction', [
      'Clonogenic survival after one dose d. LQ: −ln S = αd + βd². The curve bends because two-track (β) damage grows as d².',
      'LQ-L and USC straighten the curve above the transition dose D_T, where LQ is thought to overstate the kill of radiosurgery doses. Hypoxic cells see the dose divided by the OER.',
    ]),
    course: chartCard('course-survival', 'Survival over the course', [
      'Each fraction lowers survival by its own factor (full repair between fractions). After the kick-off time T_k the surviving clonogens regrow with doubling time T_d.',
      'Right axis: expected surviving clonogens N₀·S. At one clonogen left, TCP = e⁻¹ ≈ 37%; one more decade of kill gives TCP ≈ 90%.',
    ]),
    isoeffect: chartCard('isoeffect', 'Iso-effect: same BED, other fraction numbers', [
      'The dose per fraction that gives the reference BED = Σd(1 + d/(α/β)) with n fractions (candidates 5 a week; time term included when repopulation is on).',
      'The second curve keeps a late-reacting normal tissue (α/β = 3 Gy) at its reference BED. When the tumour’s α/β is close to 3 Gy, as reported for many sarcomas, the two curves nearly coincide: hypofractionation spares neither.',
    ]),
    repopulation: chartCard('repopulation', 'Repopulation penalty against overall time', [
      'BED lost = ln 2 · (T − T_k)/(α · T_d) once the overall time T passes the kick-off T_k. Gaps and slow schedules pay this; the dot marks the reference schedule.',
      'D_prolif in the read-outs is the dose per day that just offsets repopulation.',
    ]),
    population: chartCard('population-tcp', 'Population against single-tumour TCP', [
      'One tumour with a single α has a steep dose–response. Patients differ in radiosensitivity: averaging TCP over α ~ Normal(ᾱ, σ_α), truncated at 0 (Webb & Nahum 1993), gives the shallow curves seen in clinical data.',
      'Both curves use the reference schedule’s timing and leave out hypoxia.',
    ]),
  };
  const editor = scheduleEditor(maxSchedules - 1, (compare) => update({ compare }), () => state.reference);
  cards.tcp.extra.append(editor.element);
  const grid = element('div', 'chart-grid');
  grid.append(cards.tcp.element, cards.survival.element, cards.course.element, cards.isoeffect.element, cards.repopulation.element, cards.population.element);
  views.append(readouts, grid);

  function syncVisibility(): void {
    controls.get('transitionDose')?.setHidden(state.model !== 'lq-l');
    controls.get('d0')?.setHidden(state.model !== 'usc');
    controls.get('perWeek')?.setHidden(state.reference.spacing !== 'perWeek');
    controls.get('everyDays')?.setHidden(state.reference.spacing !== 'everyDays');
  }

  function syncControls(): void {
    const values: Partial<Record<NumericKey, number>> = {
      alpha: state.alpha, alphaBeta: state.alphaBeta, dose: state.reference.dose, fractions: state.reference.fractions,
      gapAfter: state.gapAfter, gapDays: state.gapDays, kickoffTime: state.kickoffTime, doublingTime: state.doublingTime,
      log10Clonogens: state.log10Clonogens, hypoxicFraction: state.hypoxicFraction, oer: state.oer,
      transitionDose: state.transitionDose, d0: state.d0, sigmaAlpha: state.sigmaAlpha,
      [state.reference.spacing]: state.reference.every,
    };
    for (const [key, value] of Object.entries(values) as [NumericKey, number][]) controls.get(key)?.set(value);
    controls.get('gapAfter')?.setMax(Math.max(0, state.reference.fractions - 1));
    for (const [value, input] of spacingInputs) input.checked = value === state.reference.spacing;
    repopulationBox.checked = state.repopulation;
    reoxSelect.value = state.reoxygenation;
    modelSelect.value = state.model;
    editor.set(state.compare);
    syncVisibility();
  }

  const slow = slowViewsClient((views) => {
    cards.isoeffect.setChart(isoeffectChart(views.isoeffect));
    cards.population.setChart(populationTcpChart(views.population));
  });

  let pending = false;
  function requestRender(): void {
    if (pending) return;
    pending = true;
    requestAnimationFrame(render);
  }

  function render(): void {
    pending = false;
    const start = performance.now();
    slow.request(state);
    const result = explorerFastViews(state);
    for (const row of readoutRows) {
      const cells = readoutValues.get(row.key);
      if (!cells) continue;
      cells.dt.textContent = row.label(state);
      cells.dd.textContent = row.value(result.readouts, state);
    }
    if (document.activeElement !== betaInput) betaInput.value = String(Number((state.alpha / state.alphaBeta).toPrecision(3)));
    uscNote.textContent = state.model === 'usc' ? `USC transition dose D_T = ${formatNumber(result.readouts.transitionDose, 2)} Gy (from α, β and D₀).` : '';
    warnings.replaceChildren(...result.warnings.map((text) => element('p', 'warning', text)));
    cards.survival.setChart(survivalCurveChart(result.survivalCurve));
    cards.course.setChart(courseSurvivalChart(result.course));
    cards.tcp.setChart(tcpDoseChart(result.tcpDose));
    cards.repopulation.setChart(repopulationChart(result.repopulation));
    performance.measure(updateMeasureName, { start, end: performance.now() });
    onStateChange(state);
  }

  function setState(next: ExplorerState): void {
    state = next;
    syncControls();
    requestRender();
  }

  syncControls();
  requestRender();
  return {
    setState,
    getState: () => state,
    setShareLink: (url) => { shareInput.value = url; },
  };
}
