/**
 * A report's chart in a sideways-scrolling box of its own (reportPage's `.chart-scroll`): on a screen narrower
 * than the chart it keeps its drawn size, so that its 11–12 px text stays legible, and scrolls inside the box
 * instead of shrinking (to about 6 px text on a phone) or widening the page. In print it shrinks to the page.
 * @param svg - the chart, an `<svg>` element as text; empty for no chart
 * @returns the chart in its box, or an empty string for an empty svg
 */
export function chartScroll(svg: string): string {
  return svg === '' ? '' : `<div class="chart-scroll">${svg}</div>`;
}
