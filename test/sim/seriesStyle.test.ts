import { describe, expect, it } from 'vitest';
import { okabeIto } from '../../packages/sim/src/charts/okabeIto.js';
import { seriesDashes } from '../../packages/sim/src/charts/seriesDashes.js';
import { seriesStyle } from '../../packages/sim/src/charts/seriesStyle.js';
import { maxArms } from '../../packages/sim/src/scenario/maxArms.js';

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

  it('every pair of as many series as a scenario may have arms (maxArms = 100) differs in colour or in dash', () => {
    const keys = Array.from({ length: maxArms }, (_, i) => `${seriesStyle(i).colour}|${seriesStyle(i).dash}`);
    expect(maxArms).toBe(100);
    expect(new Set(keys).size).toBe(maxArms);
    expect(new Set(seriesDashes).size).toBe(seriesDashes.length); // no two dash patterns are the same
  });

  it('keeps the styles of the first 32 series: four dashes, each colour with each of them once', () => {
    const first = Array.from({ length: 32 }, (_, i) => seriesStyle(i));
    expect(new Set(first.map((style) => style.dash))).toEqual(new Set(['', '6 3', '2 2', '8 3 2 3']));
    expect(seriesStyle(8)).toEqual({ colour: '#0072B2', dash: '6 3' }); // (8 + 1) mod 4 = 1
    expect(seriesStyle(32)).toEqual({ colour: '#0072B2', dash: seriesDashes[4] }); // the second set begins
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
