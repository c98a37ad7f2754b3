import type { ExplorerChartName } from '../explorerChartCopy.js';
import type { ExplorerState } from '../explorerState.js';
import type { PathwayReadoutKey } from '../pathway/pathwayReadoutRows.js';

/**
 * A read-out a lesson step points at: one of the read-outs card's `data-readout` rows (doses in Gy, times in
 * days, TCP in %), `lc5y`, the selected patient's local control at 5 years (%) on the local-control card, or one
 * of the pathway card's one-patient read-outs (days, cm, %).
 */
export type WatchedReadout = 'bed' | 'eqd2' | 'eqd2Late' | 'tcp' | 'tcpPopulation' | 'overallTime' | 'repopulationDosePerDay' | 'lc5y' | PathwayReadoutKey;

/** What the narration says a read-out does when the step is applied: compared with the previous step, as displayed. */
export interface ReadoutChange {
  readonly readout: WatchedReadout;
  readonly change: 'up' | 'down' | 'same';
}

/**
 * One step of a lesson: the controls it sets (over the previous step's state, as a slider or preset would) and
 * what it says about them.
 */
export interface LessonStep {
  /** A few words, shown as the step's heading. */
  readonly title: string;
  /** A preset (presets.ts) applied before `settings`, e.g. a subtype's library biology. */
  readonly preset?: string;
  /** The explorer fields this step sets; everything else stays as the previous step left it. */
  readonly settings: Partial<ExplorerState>;
  /** One or two sentences: what changed and why. Every number is cited in the text or follows from a formula it names. */
  readonly text: string;
  /** The chart to look at (outlined on screen, printed on the handout at the last step). */
  readonly chart: ExplorerChartName;
  /** The read-outs the text says move, and which way (the end-to-end test checks each in the browser). */
  readonly watch: readonly ReadoutChange[];
}

/** A guided lesson: steps that set the explorer, then a question for the class. */
export interface Lesson {
  /** Stable id used in share links (`lesson=`). */
  readonly id: string;
  readonly title: string;
  /** One sentence: what the class learns. */
  readonly summary: string;
  /** At least two steps; the first starts from the explorer's default state. */
  readonly steps: readonly LessonStep[];
  /** Shown after the last step and on the handout; ends with a question mark. */
  readonly question: string;
  /** Full references for the short citations in the text. */
  readonly sources: readonly string[];
}
