import { element } from './element.js';

/**
 * Shows a loading indicator in a panel while its code chunk downloads and mounts, so a tab never stays blank
 * without a word: a `role="status"` line with a spinner and `aria-busy` on the panel, replaced by the mounted view;
 * if the chunk fails to load (a dropped connection), the line says so and names the reload that retries.
 * @param panel - the tab panel to fill (its children are replaced by the mount)
 * @param label - what is loading, e.g. `the trial runner`
 * @param mount - loads the chunk and mounts the view into the panel
 * @returns a promise settled once the view is mounted or the failure is shown (it never rejects)
 */
export function mountLazily(panel: HTMLElement, label: string, mount: () => Promise<void>): Promise<void> {
  const status = element('p', 'view-loading', `Loading ${label}…`);
  status.setAttribute('role', 'status');
  panel.replaceChildren(status);
  panel.setAttribute('aria-busy', 'true');
  return mount().then(
    () => {
      status.remove();
      panel.removeAttribute('aria-busy');
    },
    (error: unknown) => {
      status.className = 'view-loading warning';
      status.textContent = `Could not load ${label}: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
      panel.removeAttribute('aria-busy');
    },
  );
}
