/**
 * The dash patterns of series lines (SVG `stroke-dasharray`, px; `''` is solid), in four sets of four. The first
 * set (solid, dashed, dotted, dash-dot) stays apart in greyscale print, where the Okabe–Ito colours become similar
 * greys, and serves the first 32 series; each later set (long dashes, wide gaps, fine dots, compound rhythms) serves
 * 32 more, so that {@link seriesStyle} gives every one of up to 128 series (more than the 100 arms a scenario may
 * have) its own colour and dash.
 */
export const seriesDashes: readonly string[] = [
  '', '6 3', '2 2', '8 3 2 3',
  '12 4', '4 4', '1 4', '12 3 2 3 2 3',
  '18 4', '10 2 2 2', '3 3', '16 3 6 3',
  '24 5', '2 6', '8 2 8 6', '12 3 2 3 2 3 2 3',
];
