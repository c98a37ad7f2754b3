// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mountLazily } from '../../packages/viz/src/ui/mountLazily.js';

/** A promise and the functions that settle it, so a test decides when the "chunk" arrives. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = (): void => undefined;
  let reject = (_error: Error): void => undefined;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('mountLazily(panel, label, mount)', () => {
  it('says what is loading (a status line, the panel busy) until the mount resolves, then leaves only the view', async () => {
    const panel = document.createElement('section');
    const chunk = deferred();
    const settled = mountLazily(panel, 'the trial runner', () =>
      chunk.promise.then(() => {
        panel.replaceChildren(Object.assign(document.createElement('div'), { className: 'mounted' }));
      }),
    );
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Loading the trial runner…');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    chunk.resolve();
    await settled;
    expect(panel.querySelector('.view-loading')).toBeNull();
    expect(panel.querySelector('.mounted')).not.toBeNull();
    expect(panel.hasAttribute('aria-busy')).toBe(false);
  });

  it('when the chunk fails to load, says so with the reason and the way to retry, and does not reject', async () => {
    const panel = document.createElement('section');
    const chunk = deferred();
    const settled = mountLazily(panel, 'the avatar view', () => chunk.promise);
    chunk.reject(new Error('Failed to fetch dynamically imported module'));
    await expect(settled).resolves.toBeUndefined();
    expect(panel.textContent).toBe('Could not load the avatar view: Failed to fetch dynamically imported module. Reload the page to try again.');
    expect(panel.querySelector('.warning')).not.toBeNull();
    expect(panel.hasAttribute('aria-busy')).toBe(false);
  });
});
