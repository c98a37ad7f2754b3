/**
 * The dash patterns of series lines (SVG `stroke-dasharray`, px; `''` is solid): solid, dashed, dotted,
 * dash-dot. Four patterns that stay apart in greyscale print, where the Okabe–Ito colours become similar greys.
 */
export const seriesDashes: readonly string[] = ['', '6 3', '2 2', '8 3 2 3'];
