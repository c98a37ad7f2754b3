import { element } from '../../ui/element.js';
import type { ExplorerChartName } from '../explorerChartCopy.js';
import type { ExplorerState } from '../explorerState.js';
import type { LessonPosition } from '../urlState.js';
import type { Lesson, LessonStep } from './Lesson.js';
import { lessonCopy } from './lessonCopy.js';
import { lessons } from './lessons.js';
import { lessonStepState } from './lessonStepState.js';

/** What the lesson panel needs from the explorer. */
export interface LessonHost {
  /** Replaces the explorer state, as a preset does (every control shows it). */
  replace(state: ExplorerState): void;
  /** The card of a chart, to outline the step's chart and keep it on the handout. */
  chartCard(name: ExplorerChartName): HTMLElement;
  /** Called after the lesson or its step changed (the page rewrites its link). */
  changed(): void;
}

/** The lesson bar (one button per lesson) and the narration card with its print-only handout. */
export interface LessonPanel {
  readonly bar: HTMLElement;
  readonly card: HTMLElement;
  /** The open lesson and step, or undefined. */
  position(): LessonPosition | undefined;
  /**
   * Opens a lesson at a step.
   * @param position - the lesson and zero-based step
   * @param setControls - false when the explorer state came with the link (a shared, possibly adjusted step)
   */
  open(position: LessonPosition, setControls: boolean): void;
}

/** Class on the root element while a lesson is open: the print stylesheet then prints the handout. */
export const lessonOpenClass = 'lesson-open';

/**
 * Builds the lesson bar and the narration card. Next and Previous set the explorer to the step's state through
 * the host (the same state the sliders write); the card names the read-outs to watch and, at the last step, the
 * question. “Print handout” goes to the last step, waits for its chart to be redrawn and prints the handout
 * (title, steps, question, sources and that chart; see the print rules in style.css).
 * @param host - the explorer's side of the panel
 * @returns the panel
 */
export function lessonPanel(host: LessonHost): LessonPanel {
  let current: LessonPosition | undefined;

  const bar = element('nav', 'lesson-bar');
  bar.setAttribute('aria-label', lessonCopy.barLabel);
  bar.append(element('h2', 'lesson-bar-title', lessonCopy.barLabel));
  const buttons = element('div', 'lesson-buttons');
  for (const lesson of lessons) {
    const start = element('button', 'lesson-start', lesson.title);
    start.type = 'button';
    start.title = lesson.summary;
    start.dataset['lesson'] = lesson.id;
    start.addEventListener('click', () => {
      open({ lesson, step: 0 }, true);
      heading.focus();
    });
    buttons.append(start);
  }
  bar.append(buttons, element('p', 'control-help', lessonCopy.barNote));

  const card = element('section', 'card lesson-card');
  card.setAttribute('aria-labelledby', 'lesson-heading');
  card.hidden = true;
  const heading = element('h2', 'lesson-title');
  heading.id = 'lesson-heading';
  heading.tabIndex = -1;
  const counter = element('p', 'lesson-step-count');
  const live = element('div', 'lesson-live');
  live.setAttribute('aria-live', 'polite');
  const stepTitle = element('h3', 'lesson-step-title');
  const text = element('p', 'lesson-text');
  const watch = element('p', 'lesson-watch');
  const question = element('p', 'lesson-question');
  question.tabIndex = -1;
  live.append(stepTitle, text, watch, question);
  const previous = navButton(lessonCopy.previous, 'lesson-previous', () => go(-1));
  const next = navButton(lessonCopy.next, 'lesson-next', () => go(1));
  next.classList.add('primary');
  const print = navButton(lessonCopy.print, 'lesson-print', printHandout);
  const close = navButton(lessonCopy.close, 'lesson-close', closeLesson);
  const nav = element('div', 'lesson-nav');
  nav.append(previous, next, print, close);
  const handout = element('div', 'lesson-handout');
  card.append(heading, counter, live, nav, handout);

  function show(): void {
    for (const name of ['tcp', 'survival', 'course', 'isoeffect', 'repopulation', 'population', 'localControl', 'pathway'] as const) {
      host.chartCard(name).classList.remove('lesson-focus');
    }
    document.documentElement.classList.toggle(lessonOpenClass, current !== undefined);
    card.hidden = current === undefined;
    for (const start of buttons.querySelectorAll<HTMLButtonElement>('button')) {
      start.setAttribute('aria-pressed', String(start.dataset['lesson'] === current?.lesson.id));
    }
    if (!current) return;
    const { lesson, step } = current;
    const shown = lesson.steps[step] as LessonStep;
    const last = step === lesson.steps.length - 1;
    heading.textContent = lesson.title;
    counter.textContent = lessonCopy.stepOf(step + 1, lesson.steps.length);
    stepTitle.textContent = shown.title;
    text.textContent = shown.text;
    watch.textContent = shown.watch.length === 0 ? ''
      : lessonCopy.watchPrefix + shown.watch.map((w) => `${lessonCopy.readouts[w.readout]} ${lessonCopy.changes[w.change]}`).join(', ') + '.';
    watch.hidden = shown.watch.length === 0;
    question.textContent = lessonCopy.questionPrefix + lesson.question;
    question.hidden = !last;
    previous.disabled = step === 0;
    next.disabled = last;
    host.chartCard(shown.chart).classList.add('lesson-focus');
  }

  function open(position: LessonPosition, setControls: boolean): void {
    const changedLesson = current?.lesson !== position.lesson;
    current = position;
    if (changedLesson) handout.replaceChildren(...handoutNodes(position.lesson));
    if (setControls) host.replace(lessonStepState(position.lesson, position.step));
    show();
    host.changed();
  }

  function go(delta: number): void {
    if (!current) return;
    const step = Math.min(Math.max(current.step + delta, 0), current.lesson.steps.length - 1);
    open({ lesson: current.lesson, step }, true);
    // A disabled button drops the keyboard focus: hand it to the other end of the lesson instead.
    if (next.disabled && delta > 0) question.focus();
    if (previous.disabled && delta < 0) next.focus();
  }

  function closeLesson(): void {
    current = undefined;
    show();
    host.changed();
  }

  function printHandout(): void {
    if (!current) return;
    const last = current.lesson.steps.length - 1;
    if (current.step === last) {
      window.print();
      return;
    }
    // The last step's chart is redrawn on the next frame (or by the worker): print once it has been replaced.
    const figure = host.chartCard((current.lesson.steps[last] as LessonStep).chart).querySelector('figure');
    let printed = false;
    const observer = new MutationObserver(() => done());
    const done = (): void => {
      if (printed) return;
      printed = true;
      observer.disconnect();
      clearTimeout(timer);
      window.print();
    };
    if (figure) observer.observe(figure, { childList: true });
    const timer = setTimeout(done, 5000);
    open({ lesson: current.lesson, step: last }, true);
  }

  return { bar, card, position: () => current, open };
}

function navButton(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** The print-only part of the handout: summary, every step, the question and the sources. */
function handoutNodes(lesson: Lesson): Node[] {
  const summary = element('p', 'handout-summary', lesson.summary);
  const steps = element('ol', 'handout-steps');
  for (const step of lesson.steps) {
    const item = element('li');
    item.append(element('strong', undefined, `${step.title}. `), step.text);
    steps.append(item);
  }
  const question = element('p', 'handout-question', lessonCopy.questionPrefix + lesson.question);
  const sources = element('ol', 'handout-sources');
  for (const source of lesson.sources) sources.append(element('li', undefined, source));
  return [summary, steps, question, element('h3', undefined, lessonCopy.sourcesHeading), sources, element('p', 'handout-chart-note', lessonCopy.handoutChartNote)];
}
