import { avatarAnalysis, formatAvatarIssue, parseAvatarCsv } from '@rtsim/sim';
import type { AvatarCsvIssue } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { problemList } from '../ui/problemList.js';
import { avatarCopy } from './avatarCopy.js';
import { avatarDataCard } from './avatarDataCard.js';
import { avatarResult } from './avatarResult.js';
import { avatarSettings } from './avatarSettings.js';

/** Typing pause after which the analysis re-runs, ms: a draw count typed digit by digit is analysed once. */
const typingPauseMs = 250;

/** The results area before any data are open. */
function avatarPlaceholder(): HTMLElement {
  const placeholder = element('div', 'card results-placeholder');
  placeholder.append(element('h2', undefined, avatarCopy.results.placeholderHeading), element('p', 'muted', avatarCopy.results.placeholder));
  return placeholder;
}

/** The problems of a data file, with the row and column of each. */
function avatarIssues(fileName: string, list: readonly AvatarCsvIssue[]): HTMLElement {
  const issues = element('section', 'issues avatar-issues');
  issues.setAttribute('role', 'alert');
  issues.append(...problemList(fileName, list.map((issue) => formatAvatarIssue(issue)), avatarCopy.results.issuesHint));
  return issues;
}

/**
 * Mounts the Avatar view: open or drop one patient's dose–response CSV (or load the synthetic example), see every
 * problem with its row and column, or the LQ fit (α, β, α/β with 95% intervals), the fitted survival curve over the
 * data, and the candidate schedules ranked by TCP with intervals and P(best). All numbers come from the sim's
 * functions (`parseAvatarCsv`, `parseScheduleList`, `avatarTumour`, `avatarAnalysis`) and the charts are the sim
 * report's, so the view and `rtsim avatar` agree. Text from the file is set with textContent only.
 * @param container - the element to fill
 */
export function mountAvatar(container: HTMLElement): void {
  let current: { fileName: string; text: string } | undefined;
  const output = element('div', 'results avatar-results');
  output.setAttribute('aria-live', 'polite');
  const data = avatarDataCard({
    onData: (fileName, text) => {
      current = { fileName, text };
      update();
    },
    onRefused: (fileName, message) => {
      current = undefined;
      output.replaceChildren(avatarIssues(fileName, [{ message }]));
    },
  });
  const settings = avatarSettings();
  const panel = element('div', 'runner-panel');
  panel.append(data, settings.element);
  const layout = element('div', 'runner-layout avatar-layout');
  layout.append(panel, output);
  container.replaceChildren(layout);
  output.replaceChildren(avatarPlaceholder());

  /** Re-reads the settings and, with data open, re-runs the analysis. */
  function update(): void {
    const chosen = settings.read();
    if (chosen === undefined || current === undefined) return;
    const parsed = parseAvatarCsv(current.text);
    if (!parsed.ok) {
      output.replaceChildren(avatarIssues(current.fileName, parsed.issues));
      return;
    }
    const analysis = avatarAnalysis(parsed, chosen.schedules, chosen.tumour, { draws: chosen.draws, seed: chosen.seed });
    output.replaceChildren(...avatarResult(current.fileName, analysis, chosen.schedules));
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, typingPauseMs);
  };
  for (const input of settings.typed) input.addEventListener('input', later);
  settings.subtype.addEventListener('change', update);
  update();
}
