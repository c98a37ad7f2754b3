/**
 * The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies, ordered for series drawn on
 * white: blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow (yellow last: it is pale
 * on white, so it only appears from the eighth series on). {@link seriesStyle} pairs each colour with a dash
 * pattern, so that series also differ in greyscale and beyond eight.
 * @remarks Okabe M, Ito K (2008) Color Universal Design, https://jfly.uni-koeln.de/color/
 */
export const okabeIto: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
