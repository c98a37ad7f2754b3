// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resultsSection } from '../../packages/viz/src/runner/resultsSection.js';

const hostile = '<img src=x onerror=alert(1)>';
const section = (): HTMLElement => resultsSection({
  className: 'results sensitivity-results',
  headingId: 'sensitivity-heading',
  heading: `Sensitivity: ${hostile}`,
  lines: [`Output: ${hostile}.`],
  meta: '300 patients, seed 7',
  downloads: [
    { label: 'sensitivity.json', text: '{}\n', type: 'application/json', fileName: 'example.sensitivity.json' },
    { label: 'report-sensitivity.html', text: '<!doctype html>', type: 'text/html', fileName: 'example.report-sensitivity.html' },
  ],
  downloadsNote: 'The files `rtsim sensitivity FILE` writes.',
});

describe('resultsSection(options)', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('is a section named by its h2, opening with the head card: heading, lines, muted meta, downloads, note', () => {
    const root = section();
    expect(root.tagName).toBe('SECTION');
    expect(root.className).toBe('results sensitivity-results');
    expect(root.getAttribute('aria-labelledby')).toBe('sensitivity-heading');
    const head = root.firstElementChild;
    expect(head?.className).toBe('card results-head');
    expect([...head?.children ?? []].map((child) => `${child.tagName}.${child.className}#${child.id}`)).toEqual(
      ['H2.#sensitivity-heading', 'P.#', 'P.muted#', 'DIV.downloads#', 'P.control-help#'],
    );
    expect([...root.querySelectorAll('.downloads button')].map((button) => [(button as HTMLButtonElement).type, button.textContent]))
      .toEqual([['button', 'sensitivity.json'], ['button', 'report-sensitivity.html']]);
  });

  it('puts every text in as text, never as markup', () => {
    const root = section();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe(`Sensitivity: ${hostile}`);
    expect(root.querySelector('.results-head > p')?.textContent).toBe(`Output: ${hostile}.`);
  });

  it('downloads a button’s file, with its type and name, when the button is pressed', () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => { blobs.push(blob); return 'blob:test'; }, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
    const root = section();
    document.body.append(root);
    root.querySelectorAll('button')[1]?.click();
    root.remove();
    expect(names).toEqual(['example.report-sensitivity.html']);
    expect(blobs[0]?.type).toBe('text/html');
    expect(blobs[0]?.size).toBe('<!doctype html>'.length);
  });
});
