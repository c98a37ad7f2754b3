/**
 * The Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design"), ordered for
 * lines on a white background: yellow (#F0E442) is left out because its contrast on white is too low
 * for thin lines. Charts also vary the dash pattern, so series stay distinct in grey-scale print.
 */
export const okabeIto: readonly string[] = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
];

/** Dash patterns paired with {@link okabeIto} by index (SVG `stroke-dasharray`, px). */
export const dashes: readonly string[] = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 2', ''];

/** Ink colour of text, axes and the neutral reference lines (contrast 15:1 on white). */
export const ink: string = '#1a1a1a';
