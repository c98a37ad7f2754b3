import { describe, expect, it } from 'vitest';
import { okabeIto } from '../../packages/sim/src/charts/okabeIto.js';
import { seriesDashes } from '../../packages/sim/src/charts/seriesDashes.js';
import { seriesStyle } from '../../packages/sim/src/charts/seriesStyle.js';

// Okabe M, Ito K (2008) Color Universal Design, https://jfly.uni-koeln.de/color/: the eight colours.
const okabeItoColours = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

describe('seriesStyle(index)', () => {
  it('every pair of the first 16 series differs in colour or in dash', () => {
    const styles = Array.from({ length: 16 }, (_, i) => seriesStyle(i));
    for (let i = 0; i < 16; i++) {
      for (let j = i + 1; j < 16; j++) {
        const a = styles[i];
        const b = styles[j];
        expect(a?.colour !== b?.colour || a?.dash !== b?.dash, `series ${i} and ${j}`).toBe(true);
      }
    }
  });

  it('the first four series differ in dash as well as colour, so they stay apart in greyscale', () => {
    const dashes = [0, 1, 2, 3].map((i) => seriesStyle(i).dash);
    expect(new Set(dashes).size).toBe(4);
  });

  it('series i and i + 8 share their colour and differ in dash', () => {
    for (let i = 0; i < 8; i++) {
      expect(seriesStyle(i + 8).colour).toBe(seriesStyle(i).colour);
      expect(seriesStyle(i + 8).dash).not.toBe(seriesStyle(i).dash);
    }
  });

  it('uses the Okabe–Ito colours in order, blue first and yellow (pale on white) last', () => {
    expect(Array.from({ length: 8 }, (_, i) => seriesStyle(i).colour)).toEqual(['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442']);
    expect([...okabeIto].sort()).toEqual([...okabeItoColours].sort());
  });

  it('draws the first series solid and treats a negative or fractional index as 0', () => {
    expect(seriesStyle(0)).toEqual({ colour: '#0072B2', dash: '' });
    expect(seriesStyle(-3)).toEqual(seriesStyle(0));
    expect(seriesStyle(1.5)).toEqual(seriesStyle(0));
    expect(seriesDashes[0]).toBe('');
  });
});
