import type { ExplorerState, FnclccGrade, ModelName, PathwayReferral, ScheduleChoice } from './explorerState.js';
import type { Lesson } from './lessons/Lesson.js';
import { findLesson } from './lessons/lessons.js';
import type { ExplorerMargin, TreatmentTiming, TumourSite } from './patientLocalControl.js';
import { maxSchedules } from './explorerState.js';
import { defaultState, normaliseValue, numericParameter, numericParameters } from './parameters.js';
import type { NumericKey } from './parameters.js';

/** Version of the query-string format, written as `v`; bump it if a parameter changes meaning. */
export const urlStateVersion: number = 1;

type Flat = Record<NumericKey, number>;

function flatten(state: ExplorerState): Flat {
  const { reference } = state;
  return {
    alpha: state.alpha,
    alphaBeta: state.alphaBeta,
    dose: reference.dose,
    fractions: reference.fractions,
    perWeek: reference.spacing === 'perWeek' ? reference.every : numericParameter('perWeek').initial,
    everyDays: reference.spacing === 'everyDays' ? reference.every : numericParameter('everyDays').initial,
    gapAfter: state.gapAfter,
    gapDays: state.gapDays,
    kickoffTime: state.kickoffTime,
    doublingTime: state.doublingTime,
    log10Clonogens: state.log10Clonogens,
    hypoxicFraction: state.hypoxicFraction,
    oer: state.oer,
    transitionDose: state.transitionDose,
    d0: state.d0,
    sigmaAlpha: state.sigmaAlpha,
    tumourDiameter: state.tumourDiameter,
    primaryCareDays: state.primaryCareDays,
    secondaryCareDays: state.secondaryCareDays,
    sarcomaCentreDays: state.sarcomaCentreDays,
    treatmentDays: state.treatmentDays,
    reviewShare: state.reviewShare,
    patientIntervalShare: state.patientIntervalShare,
  };
}

/** `25x2w5` (25 × 2 Gy, 5 a week) or `3x18e2` (3 × 18 Gy every 2 days). */
export function scheduleToken(choice: ScheduleChoice): string {
  return `${choice.fractions}x${choice.dose}${choice.spacing === 'perWeek' ? 'w' : 'e'}${choice.every}`;
}

/** Parses {@link scheduleToken}'s format; values are clamped to the sliders' ranges; undefined if malformed. */
export function parseScheduleToken(token: string): ScheduleChoice | undefined {
  const match = /^(\d{1,3})x(\d{1,3}(?:\.\d{1,4})?)([we])(\d{1,2})$/.exec(token.trim());
  if (!match) return undefined;
  const spacing = match[3] === 'w' ? 'perWeek' : 'everyDays';
  return {
    fractions: normaliseValue(numericParameter('fractions'), Number(match[1])),
    dose: normaliseValue(numericParameter('dose'), Number(match[2])),
    spacing,
    every: normaliseValue(numericParameter(spacing), Number(match[4])),
  };
}

/**
 * The explorer state as query-string parameters. Every parameter is written (not only those that differ
 * from the defaults), so a shared lesson keeps its meaning if the defaults change.
 * @param state - the explorer state
 * @returns parameters in a fixed order (`v` first)
 */
export function encodeExplorerState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('v', String(urlStateVersion));
  const flat = flatten(state);
  for (const parameter of numericParameters) {
    if (parameter.key === 'perWeek' && state.reference.spacing !== 'perWeek') continue;
    if (parameter.key === 'everyDays' && state.reference.spacing !== 'everyDays') continue;
    params.set(parameter.param, String(flat[parameter.key]));
  }
  params.set('model', state.model);
  params.set('reox', state.reoxygenation);
  params.set('repop', state.repopulation ? '1' : '0');
  for (const choice of state.compare) params.append('cmp', scheduleToken(choice));
  params.set('margin', state.marginClass);
  params.set('timing', state.timing);
  params.set('grade', state.grade);
  params.set('site', state.site);
  params.set('depth', state.depth);
  params.set('age', state.ageBand);
  params.set('lccmp', state.localControlComparison);
  params.set('pwref', state.referral);
  return params;
}

/** Result of {@link decodeExplorerState}. */
export interface DecodedState {
  readonly state: ExplorerState;
  /** Query-string parameters that were present but invalid (and replaced by defaults or clamped). */
  readonly ignored: readonly string[];
}

const models: readonly ModelName[] = ['lq', 'lq-l', 'usc'];
/** Margin classes a link may name (`margin=`), best first; nothing else reaches the state. */
export const marginWords: readonly ExplorerMargin[] = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2'];
/** Timings a link may name (`timing=`). */
export const timingWords: readonly TreatmentTiming[] = ['preop', 'postop', 'rt-alone', 'surgery-alone'];
/** FNCLCC grades a link may name (`grade=`). */
export const gradeWords: readonly FnclccGrade[] = ['G1', 'G2', 'G3'];
/** First operations a link may name (`pwref=`). */
export const referralWords: readonly PathwayReferral[] = ['local', 'reference-centre'];
/** Sites a link may name (`site=`). */
export const siteWords: readonly TumourSite[] = ['extremity', 'trunk-wall', 'retroperitoneum', 'head-neck'];

/**
 * Reads an explorer state from query-string parameters: untrusted input, so each value is parsed as a
 * number or one of a fixed set of words, clamped to its slider's range; anything else falls back to the
 * default and is listed in `ignored`. Parameters of other views (`view`, `scenario`, …) are left alone.
 * @param params - the page's query string
 * @returns the state and the names of the parameters that were not usable as given
 */
export function decodeExplorerState(params: URLSearchParams): DecodedState {
  const ignored: string[] = [];
  const flat = flatten(defaultState);
  for (const parameter of numericParameters) {
    const text = params.get(parameter.param);
    if (text === null) continue;
    const value = text.trim() === '' ? NaN : Number(text);
    const normalised = normaliseValue(parameter, value);
    if (normalised !== value) ignored.push(parameter.param);
    flat[parameter.key] = normalised;
  }
  const spacing = params.has('ed') && !params.has('pw') ? 'everyDays' : 'perWeek';
  const word = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const text = params.get(name);
    if (text === null) return fallback;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    ignored.push(name);
    return fallback;
  };
  const compare: ScheduleChoice[] = [];
  for (const token of params.getAll('cmp')) {
    const choice = parseScheduleToken(token);
    if (choice && compare.length < maxSchedules - 1) compare.push(choice);
    else ignored.push('cmp');
  }
  const state: ExplorerState = {
    alpha: flat.alpha,
    alphaBeta: flat.alphaBeta,
    reference: {
      fractions: flat.fractions,
      dose: flat.dose,
      spacing,
      every: spacing === 'perWeek' ? flat.perWeek : flat.everyDays,
    },
    gapAfter: flat.gapAfter,
    gapDays: flat.gapDays,
    kickoffTime: flat.kickoffTime,
    doublingTime: flat.doublingTime,
    repopulation: word('repop', ['0', '1'], defaultState.repopulation ? '1' : '0') === '1',
    log10Clonogens: flat.log10Clonogens,
    hypoxicFraction: flat.hypoxicFraction,
    oer: flat.oer,
    reoxygenation: word('reox', ['none', 'full'], defaultState.reoxygenation),
    model: word('model', models, defaultState.model),
    transitionDose: flat.transitionDose,
    d0: flat.d0,
    sigmaAlpha: flat.sigmaAlpha,
    compare,
    marginClass: word('margin', marginWords, defaultState.marginClass),
    timing: word('timing', timingWords, defaultState.timing),
    grade: word('grade', gradeWords, defaultState.grade),
    tumourDiameter: flat.tumourDiameter,
    site: word('site', siteWords, defaultState.site),
    depth: word('depth', ['deep', 'superficial'], defaultState.depth),
    ageBand: word('age', ['under50', 'over50'], defaultState.ageBand),
    localControlComparison: word('lccmp', ['margins', 'timing'], defaultState.localControlComparison),
    primaryCareDays: flat.primaryCareDays,
    secondaryCareDays: flat.secondaryCareDays,
    sarcomaCentreDays: flat.sarcomaCentreDays,
    treatmentDays: flat.treatmentDays,
    referral: word('pwref', referralWords, defaultState.referral),
    reviewShare: flat.reviewShare,
    patientIntervalShare: flat.patientIntervalShare,
  };
  return { state, ignored: [...new Set(ignored)] };
}

/** Where a guided lesson stands: the lesson and its zero-based step. */
export interface LessonPosition {
  readonly lesson: Lesson;
  readonly step: number;
}

/**
 * Writes a lesson's position into a query string as `lesson=<id>&step=<k>` (k counted from 1, as the page shows
 * it), or removes both when no lesson is open. Links without them stay plain explorer links.
 * @param params - the query string to change (other parameters are kept)
 * @param position - the open lesson, or undefined
 */
export function encodeLessonPosition(params: URLSearchParams, position: LessonPosition | undefined): void {
  params.delete('lesson');
  params.delete('step');
  if (!position) return;
  params.set('lesson', position.lesson.id);
  params.set('step', String(position.step + 1));
}

/** Result of {@link decodeLessonPosition}. */
export interface DecodedLessonPosition {
  readonly position: LessonPosition | undefined;
  /** `lesson` when it names no lesson, `step` when it is not a whole number within the lesson (then clamped). */
  readonly ignored: readonly string[];
}

/**
 * Reads `lesson` and `step` from a link: the id is looked up in the lesson table (a Map, so text such as
 * `__proto__` finds nothing), the step is clamped to the lesson's steps (a missing step opens the first).
 * @param params - the page's query string
 * @returns the position (undefined without a usable `lesson`) and the names of unusable parameters
 */
export function decodeLessonPosition(params: URLSearchParams): DecodedLessonPosition {
  const id = params.get('lesson');
  if (id === null) return { position: undefined, ignored: [] };
  const lesson = findLesson(id);
  if (!lesson) return { position: undefined, ignored: ['lesson'] };
  const text = params.get('step');
  if (text === null) return { position: { lesson, step: 0 }, ignored: [] };
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  const step = Number.isFinite(value) ? Math.min(Math.max(value, 1), lesson.steps.length) - 1 : 0;
  return { position: { lesson, step }, ignored: value === step + 1 ? [] : ['step'] };
}
