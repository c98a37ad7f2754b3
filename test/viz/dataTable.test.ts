// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataTable } from '../../packages/viz/src/ui/dataTable.js';

describe('dataTable(captionText, head, rows, className, readouts)', () => {
  const rows = [['α (1/Gy)', '0.327'], ['β (1/Gy²)', '0.0327'], ['Plating efficiency', '0.6']];

  it('marks each row with its read-out name, by index, and leaves the rest unmarked', () => {
    const table = dataTable('Fit', ['Parameter', 'Estimate'], rows, 'avatar-fit', ['alpha', undefined]);
    expect([...table.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).dataset['readout'])).toEqual(['alpha', undefined, undefined]);
    expect(table.querySelector('[data-readout="alpha"] td')?.textContent).toBe('0.327');
  });

  it('without read-outs marks no row', () => {
    expect(dataTable('Fit', ['Parameter', 'Estimate'], rows, 'avatar-fit').querySelector('[data-readout]')).toBeNull();
  });
});
