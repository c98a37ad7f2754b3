/**
 * Makes an SVG snapshot stable and readable: every number with a fractional part is rounded to 2 decimals
 * (so a change in the last float bit of a path does not fail the test, while a moved point does), and
 * each opening tag starts a new line.
 */
export function normaliseSvg(svg: Element): string {
  return `${svg.outerHTML
    .replace(/-?\d+\.\d+(?:e[-+]?\d+)?/g, (m) => String(Math.round(Number(m) * 100) / 100))
    .replace(/>(?=<[^/])/g, '>\n')}\n`;
}
