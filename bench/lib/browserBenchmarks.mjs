/* global URL, process, performance, setTimeout, document, requestAnimationFrame, MessageChannel, Event, MutationObserver */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { serveStatic } from '../../test/e2e/staticServer.mjs';

/** The built viewer (pnpm build). */
export const vizDist = fileURLToPath(new URL('../../packages/viz/dist/', import.meta.url));
const scenarioFile = fileURLToPath(new URL('../scenarios/r1.yaml', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Headless is set by Playwright itself; the rest keeps Chromium quiet and offline.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The explorer's own performance.measure around each update (compute + redraw), packages/viz explorerView.ts. */
const updateMeasure = 'rtsim:explorer-update';

/**
 * Slider moves in the explorer, timed inside the page. For each move: set the dose-per-fraction slider to the
 * next value and dispatch `input`. The update's cost is the synchronous input handler (timed around
 * dispatchEvent) plus the explorer's render on the next animation frame, which the explorer itself times as
 * `performance.measure('rtsim:explorer-update')` (compute + redraw of every read-out and chart). Also recorded:
 * input → first DOM change (MutationObserver) and input → after the next paint (a task queued from a
 * requestAnimationFrame callback that runs after the render), which adds the wait for the frame boundary.
 * Without the page's measure, the figure falls back to input → first DOM change.
 */
async function explorerSlider(page, url, moves) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#view-explorer input[type=range]', { timeout: 10_000 });
  return page.evaluate(
    async ({ moves, updateMeasure }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      const task = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(undefined);
        channel.port2.postMessage(undefined);
      });
      const root = document.getElementById('view-explorer');
      const ranges = [...root.querySelectorAll('input[type=range]')];
      const labelled = (input) => [...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
      const slider = ranges.find((r) => /dose per fraction/i.test(labelled(r))) ?? ranges.find((r) => r.name === 'd') ?? ranges[0];
      const measures = () => performance.getEntriesByName(updateMeasure, 'measure');
      const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      for (let i = 0; i < 100 && measures().length === 0; i++) await sleep(50);
      await frame();
      const hasMeasure = measures().length > 0;
      const min = Number(slider.min);
      const max = Number(slider.max);
      const step = Number(slider.step) || (max - min) / 100;
      const values = Array.from({ length: moves }, (_, i) => {
        const fraction = 0.05 + (0.5 * ((i * 7) % moves)) / moves; // the lower half of the range, never twice in a row
        return min + Math.round(((max - min) * fraction) / step) * step;
      });
      // A few untimed moves first: the first updates run unoptimised code.
      for (const value of values.slice(0, Math.min(5, values.length))) {
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        await task();
      }
      const update = [];
      const handler = [];
      const toMutation = [];
      const toPaint = [];
      for (const value of values) {
        const before = measures().length;
        let mutatedAt;
        const observer = new MutationObserver(() => {
          mutatedAt ??= performance.now();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        const start = performance.now();
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const handled = performance.now();
        await frame(); // queued after the explorer's own frame callback: runs right after its render
        await task(); // after that frame's style, layout and paint
        const painted = performance.now();
        for (let i = 0; i < 40 && hasMeasure && measures().length === before; i++) await sleep(5);
        observer.disconnect();
        handler.push(handled - start);
        if (hasMeasure && measures().length > before) update.push(handled - start + measures()[measures().length - 1].duration);
        if (mutatedAt !== undefined) toMutation.push(mutatedAt - start);
        toPaint.push(painted - start);
        await sleep(30);
      }
      const label = labelled(slider).trim().split('\n')[0] || slider.name || slider.id;
      return { hasMeasure, slider: label, values, update, handler, toMutation, toPaint };
    },
    { moves, updateMeasure },
  );
}

/**
 * B5: the viewer in headless Chromium (playwright-core driving /usr/bin/chromium), served from packages/viz/dist.
 * @param {{ moves: number, runnerPatients: number, runnerRuns: number, log: (line: string) => void }} options
 * @returns {Promise<{ ok: true, chromium: string, slider: object, runner: object } | { ok: false, reason: string }>}
 */
export async function browserBenchmarks({ moves, runnerPatients, runnerRuns, log }) {
  if (!existsSync(`${vizDist}index.html`)) return { ok: false, reason: 'packages/viz/dist/index.html is missing (run pnpm build)' };
  if (!existsSync(chromiumPath)) return { ok: false, reason: `no Chromium at ${chromiumPath} (set CHROMIUM_PATH)` };
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    return { ok: false, reason: `playwright-core is not installed: ${error.message}` };
  }
  const server = await serveStatic(vizDist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    log(`B5: explorer slider, ${moves} moves`);
    let slider;
    try {
      const s = await explorerSlider(page, server.url, moves);
      slider = {
        ok: true,
        source: s.hasMeasure ? `input handler + the page's ${updateMeasure} measure` : 'input event to first DOM change (MutationObserver)',
        control: s.slider,
        moves: s.update.length || s.toMutation.length,
        medianMilliseconds: median(s.hasMeasure ? s.update : s.toMutation),
        maxMilliseconds: Math.max(...(s.hasMeasure ? s.update : s.toMutation)),
        inputToDomChangeMilliseconds: median(s.toMutation),
        inputHandlerMilliseconds: median(s.handler),
        inputToPaintMilliseconds: median(s.toPaint),
        all: s.hasMeasure ? s.update : s.toMutation,
      };
    } catch (error) {
      slider = { ok: false, reason: `explorer not measurable: ${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}` };
    }
    log(`B5: trial runner, ${runnerPatients} patients`);
    const runner = await runnerBenchmark(browser, server.url, runnerPatients, runnerRuns, log);
    return { ok: true, chromium: browser.version(), slider, runner };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The trial runner: open bench/scenarios/r1.yaml through the page's file input (as a user would), set the
 * patient count, click Run and time, inside the page, from the click to the status line that announces the
 * result ("Done: …"), i.e. worker start, simulation in the page's Web Workers (the runner's default count:
 * navigator.hardwareConcurrency, capped at 8), exact summary and results rendering. The page's own elapsed
 * time (printed in that line, 0.1 s resolution) is kept as a cross-check.
 */
async function runnerBenchmark(browser, url, patients, runs, log) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}?view=runner`, { waitUntil: 'load' });
    await page.waitForSelector('#scenario-file', { state: 'attached', timeout: 10_000 });
    await page.setInputFiles('#scenario-file', scenarioFile);
    await page.waitForFunction(() => {
      const button = [...document.querySelectorAll('#view-runner button')].find((b) => b.textContent?.trim() === 'Run');
      return button !== undefined && !button.disabled;
    }, undefined, { timeout: 10_000 });
    await page.fill('#run-patients', String(patients));
    const workers = Number(await page.inputValue('#run-workers'));
    const seconds = [];
    const pageSeconds = [];
    for (let r = 0; r < runs; r++) {
      const timing = await page.evaluate(async () => {
        const status = document.querySelector('#view-runner .run-status');
        const button = [...document.querySelectorAll('#view-runner button')].find((b) => b.textContent?.trim() === 'Run');
        const done = new Promise((resolve, reject) => {
          const observer = new MutationObserver(() => {
            const text = status.textContent ?? '';
            if (text.startsWith('Done')) {
              observer.disconnect();
              resolve({ end: performance.now(), text });
            } else if (text.startsWith('The run failed') || text.startsWith('Cancelled')) {
              observer.disconnect();
              reject(new Error(text));
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        const start = performance.now();
        button.click();
        const { end, text } = await done;
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
        return { seconds: (end - start) / 1000, text };
      });
      const reported = /in ([\d.]+) s/.exec(timing.text);
      seconds.push(timing.seconds);
      if (reported) pageSeconds.push(Number(reported[1]));
      log(`  runner run ${r + 1}/${runs}: ${timing.seconds.toFixed(2)} s (${timing.text})`);
      await page.waitForFunction(() => {
        const button = [...document.querySelectorAll('#view-runner button')].find((b) => b.textContent?.trim() === 'Run');
        return button !== undefined && !button.disabled;
      }, undefined, { timeout: 10_000 });
    }
    return {
      ok: true,
      patients,
      workers,
      runs: seconds,
      medianSeconds: median(seconds),
      pageReportedSeconds: pageSeconds,
      note: `click → "Done" status, ${workers} Web Workers; the page's own figure ${pageSeconds.length ? `${median(pageSeconds).toFixed(1)} s` : 'n/a'}`,
    };
  } catch (error) {
    return { ok: false, reason: `trial runner not measurable: ${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}` };
  } finally {
    await page.close();
  }
}
