import { mountExplorer } from './explorer/explorerView.js';
import { lessonStepState } from './explorer/lessons/lessonStepState.js';
import { decodeExplorerState, decodeLessonPosition, encodeExplorerState, encodeLessonPosition } from './explorer/urlState.js';
import { mountLazily } from './ui/mountLazily.js';

type ViewName = 'explorer' | 'runner' | 'avatar';

const viewNames: readonly ViewName[] = ['explorer', 'runner', 'avatar'];

/** Query-string parameters owned by the runner view (kept when the explorer rewrites the URL). */
const runnerParams: readonly string[] = ['scenario', 'seed', 'patients', 'run'];

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node as T;
}

const initialParams = new URLSearchParams(window.location.search);
const tabs: Record<ViewName, HTMLButtonElement> = { explorer: required('tab-explorer'), runner: required('tab-runner'), avatar: required('tab-avatar') };
const panels: Record<ViewName, HTMLElement> = { explorer: required('view-explorer'), runner: required('view-runner'), avatar: required('view-avatar') };
const largeText = required<HTMLInputElement>('large-text');
let view: ViewName = viewNames.find((name) => name !== 'explorer' && name === initialParams.get('view')) ?? 'explorer';
let runnerMounted: Promise<void> | undefined;
let avatarMounted: Promise<void> | undefined;
let runnerState = new URLSearchParams();
for (const name of runnerParams) {
  const value = initialParams.get(name);
  if (value !== null) runnerState.set(name, value);
}

const decoded = decodeExplorerState(initialParams);
const decodedLesson = decodeLessonPosition(initialParams);
// A link written by the page carries the whole explorer state (`v`), possibly adjusted during the lesson: keep it.
// A hand-written `?lesson=…&step=…` carries none, so the step sets the controls.
const initialState = decodedLesson.position && !initialParams.has('v')
  ? lessonStepState(decodedLesson.position.lesson, decodedLesson.position.step)
  : decoded.state;
let urlTimer: ReturnType<typeof setTimeout> | undefined;

/** The page address for the current state: view, explorer state, runner choice, display options. */
function currentUrl(): string {
  // A runner link carries the runner's choice only: the explorer's parameters do not change its results.
  const params = view === 'runner' ? new URLSearchParams() : encodeExplorerState(explorer.getState());
  if (view !== 'runner') encodeLessonPosition(params, explorer.lessonPosition());
  if (view !== 'explorer') params.set('view', view);
  else params.delete('view');
  for (const name of runnerParams) params.delete(name);
  for (const [name, value] of runnerState) params.set(name, value);
  if (largeText.checked) params.set('large', '1');
  else params.delete('large');
  return `${window.location.pathname}?${params.toString()}${window.location.hash}`;
}

// replaceState at most every 150 ms: browsers throttle (and warn about) hundreds of calls a second.
function writeUrl(): void {
  if (urlTimer !== undefined) clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    urlTimer = undefined;
    const url = currentUrl();
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
    explorer.setShareLink(window.location.href);
  }, 150);
}

function showView(next: ViewName, focus: boolean): void {
  view = next;
  for (const name of viewNames) {
    const selected = name === next;
    tabs[name].setAttribute('aria-selected', String(selected));
    tabs[name].tabIndex = selected ? 0 : -1;
    panels[name].hidden = !selected;
  }
  if (focus) tabs[next].focus();
  if (next === 'runner' && !runnerMounted) {
    // The runner and avatar chunks load on first use; until then the panel says so.
    runnerMounted = mountLazily(panels.runner, 'the trial runner', () =>
      import('./runner/runnerView.js').then(({ mountRunner }) => {
        mountRunner(panels.runner, runnerState, (params) => {
          runnerState = params;
          writeUrl();
        });
      }),
    );
  }
  if (next === 'avatar' && !avatarMounted) {
    avatarMounted = mountLazily(panels.avatar, 'the avatar view', () => import('./avatar/avatarView.js').then(({ mountAvatar }) => mountAvatar(panels.avatar)));
  }
  writeUrl();
}

for (const name of viewNames) {
  tabs[name].addEventListener('click', () => showView(name, false));
  tabs[name].addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : viewNames.length - 1;
      showView(viewNames[(viewNames.indexOf(name) + step) % viewNames.length] ?? 'explorer', true);
    }
  });
}

largeText.checked = initialParams.get('large') === '1';
document.documentElement.classList.toggle('large', largeText.checked);
largeText.addEventListener('change', () => {
  document.documentElement.classList.toggle('large', largeText.checked);
  writeUrl();
});

// Explorer updates call writeUrl from an animation frame, after this constant is initialised.
const explorer = mountExplorer(panels.explorer, initialState, () => writeUrl(), decodedLesson.position);
const ignored = [...decoded.ignored, ...decodedLesson.ignored];
if (ignored.length > 0) {
  const notice = document.createElement('p');
  notice.className = 'warning url-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = `Some link parameters were out of range or unreadable and were replaced: ${ignored.join(', ')}.`;
  panels.explorer.prepend(notice);
}
showView(view, false);
