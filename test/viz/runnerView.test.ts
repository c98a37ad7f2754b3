// @vitest-environment jsdom
/// <reference types="vite/client" />
// The runner view loading a bad scenario over a good one: the problems are shown and the previous scenario is
// no longer loaded or runnable (issue 12: a marker named 'toString' used to throw in the parser, leaving it so).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sim from '@rtsim/sim';
import { describe, expect, it, vi } from 'vitest';

// parseScenario promises never to throw; a file whose text says THROW makes it throw here, to check that the view
// also unloads the previous scenario when the parser breaks that promise.
vi.mock('@rtsim/sim', async (importOriginal) => {
  const sim = await importOriginal<typeof Sim>();
  return {
    ...sim,
    parseScenario: (text: string, fileName?: string) => {
      if (text.includes('THROW')) throw new Error('parser bug');
      return sim.parseScenario(text, fileName);
    },
  };
});
const { mountRunner } = await import('../../packages/viz/src/runner/runnerView.js');

const scenarios = join(import.meta.dirname, '..', '..', 'scenarios');

/** The runner mounted with the bundled default.yaml loaded, as `?view=runner&scenario=default.yaml` does. */
function mountedWithDefault(): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  mountRunner(container, new URLSearchParams('scenario=default.yaml'), () => undefined);
  return container;
}

/** Opens a file through the file picker, as a person would. */
function open(container: HTMLElement, name: string, text: string): void {
  const input = container.querySelector<HTMLInputElement>('#scenario-file');
  if (input === null) throw new Error('no file picker');
  // jsdom's File has no text(): the picker's file is given the part of File the intake reads.
  const file = { name, size: new TextEncoder().encode(text).length, text: async () => text };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const runButton = (container: HTMLElement): HTMLButtonElement => {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Run');
  if (button === undefined) throw new Error('no Run button');
  return button;
};

describe('mountRunner(container) opening a bad scenario after a good one', () => {
  it("shows the problem of a marker named 'toString' and leaves nothing runnable", async () => {
    const container = mountedWithDefault();
    expect(runButton(container).disabled).toBe(false);
    const text = readFileSync(join(scenarios, 'multimodal', 'tcr-t-synovial-sarcoma.yaml'), 'utf8').replaceAll('MAGE-A4', 'toString');
    open(container, 'tostring.yaml', text);
    const issues = await vi.waitFor(() => {
      const shown = container.querySelector<HTMLElement>('.issues');
      expect(shown?.hidden).toBe(false);
      return shown;
    });
    expect(issues?.textContent).toMatch(/1 problem in tostring\.yaml/);
    expect(issues?.textContent).toMatch(/no prevalence for marker 'toString'/);
    expect(runButton(container).disabled).toBe(true);
    expect(container.querySelector<HTMLElement>('.scenario-summary')?.hidden).toBe(true);
  });

  it('unloads the previous scenario even when the parser throws', async () => {
    const container = mountedWithDefault();
    expect(runButton(container).disabled).toBe(false);
    open(container, 'throws.yaml', 'name: THROW\n');
    const issues = await vi.waitFor(() => {
      const shown = container.querySelector<HTMLElement>('.issues');
      expect(shown?.hidden).toBe(false);
      return shown;
    });
    expect(issues?.textContent).toMatch(/could not be read \(an rtsim bug; please report it\): parser bug/);
    expect(runButton(container).disabled).toBe(true);
    expect(container.querySelector<HTMLElement>('.scenario-summary')?.hidden).toBe(true);
  });
});

describe('mountRunner(container) loading a valid file with a likely slip', () => {
  it("shows rtsim run's plausibility note under the summary (25 × 50 Gy), and stays runnable", async () => {
    const container = mountedWithDefault();
    expect(container.querySelector('.plausibility-notes')).toBeNull(); // the bundled default has no note
    const text = readFileSync(join(scenarios, 'educator-minimal.yaml'), 'utf8').replace('schedule: { fractions: 25, dose: 2 }', 'schedule: { fractions: 25, dose: 50 }');
    open(container, 'slip.yaml', text);
    const notes = await vi.waitFor(() => {
      const shown = container.querySelector<HTMLElement>('.plausibility-notes');
      expect(shown).not.toBeNull();
      return shown;
    });
    expect(notes?.getAttribute('role')).toBe('note');
    expect(notes?.textContent).toMatch(/^Note — arms\[0\]\.schedule: 25 × 50 Gy = 1250 Gy total/);
    expect(notes?.textContent).toContain('(the run uses the file as written; docs/scenarios.md, "Plausibility notes")');
    expect(runButton(container).disabled).toBe(false);
  });
});
