import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveStatic } from './staticServer.mjs';
import type { StaticServer } from './staticServer.mjs';

/** The repository's root directory, with a trailing slash. */
export const repositoryRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** Where the end-to-end tests write their screenshots (created before the first test). */
export const screenshotDirectory = `${repositoryRoot}test/.output/screenshots`;

// RTSIM_CHROMIUM points the suites at another Chromium binary (and lets the missing-browser path be exercised).
const chromiumPath = process.env['RTSIM_CHROMIUM'] ?? '/usr/bin/chromium';
const dist = `${repositoryRoot}packages/viz/dist`;
/**
 * A host name that Chromium resolves to the loopback server but, not being localhost, treats as an ordinary
 * plain-http site (no secure context), as a laptop's Wi-Fi address is to the students' browsers.
 */
export const plainHttpHost = 'classroom.test';
// `.test` is reserved (RFC 6761), so the mapping never shadows a real site.
const launchFlags = [`--host-resolver-rules=MAP ${plainHttpHost} 127.0.0.1`, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The built viewer in a headless Chromium, as a suite of {@link describeViewer} sees it. */
export interface ViewerSession {
  /**
   * What went wrong in any page opened so far, one line each: console errors, uncaught exceptions, dialogs and
   * Content Security Policy violations. A test expects it empty at its end (and may remove a problem it provoked).
   */
  readonly problems: string[];
  /**
   * Opens a fresh 1440×1000 page (downloads accepted) of the built viewer served over HTTP, recording problems.
   * @param query - appended to the site's address, e.g. `?view=runner`
   * @param host - the host name in the address (default 127.0.0.1); {@link plainHttpHost} for a non-secure page
   */
  open(query?: string, host?: string): Promise<Page>;
}

/**
 * A vitest suite over the built viewer (packages/viz/dist, served by {@link serveStatic}) in Debian's Chromium:
 * starts the server and the browser before the suite's tests and closes both after them.
 *
 * Never skipped: without Chromium the suite fails with the reason and the command that installs it; a missing
 * build fails it with the command that makes it.
 * @param title - the suite's name, e.g. `viewer end-to-end`
 * @param tests - declares the tests (`it`) with the session
 */
export function describeViewer(title: string, tests: (session: ViewerSession) => void): void {
  if (!existsSync(chromiumPath)) {
    const reason = `the viewer end-to-end tests need Debian's Chromium at ${chromiumPath} (apt-get install chromium)`;
    // Never skipped: the suite is part of "every test" (README), so a machine without Chromium fails here
    // with the command that fixes it rather than passing without testing the viewer.
    describe(title, () => {
      it('has Chromium', () => {
        throw new Error(`${reason}; it is missing on this machine`);
      });
    });
    return;
  }
  describe(`${title} (Chromium, built site)`, () => {
    let server: StaticServer | undefined;
    let browser: Browser | undefined;
    const problems: string[] = [];

    beforeAll(async () => {
      if (!existsSync(`${dist}/index.html`)) {
        throw new Error(`${dist}/index.html is missing: build the viewer first (pnpm build, or cd packages/viz && npx vite build)`);
      }
      await mkdir(screenshotDirectory, { recursive: true });
      server = await serveStatic(dist);
      browser = await chromium.launch({ executablePath: chromiumPath, args: launchFlags });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const open = async (query = '', host = '127.0.0.1'): Promise<Page> => {
      if (browser === undefined || server === undefined) throw new Error('the viewer session has not started (beforeAll failed)');
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`${server.url.replace('127.0.0.1', host)}${query}`);
      return page;
    };

    tests({ problems, open });
  });
}

/**
 * Drops a file on a drop zone of the page, as a person would: a DataTransfer holding a File, dispatched as a
 * `drop` event on the element.
 * @param page - an open page
 * @param zoneId - the drop zone's element id
 * @param file - the file's name, text content and MIME type
 * @returns (a promise) once the event is dispatched
 */
export function dropFile(page: Page, zoneId: string, file: { readonly name: string; readonly content: string; readonly type: string }): Promise<void> {
  return page.evaluate(
    ({ zoneId: id, name, content, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      document.getElementById(id)?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { zoneId, ...file },
  );
}
