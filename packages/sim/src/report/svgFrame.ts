import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/**
 * Wraps chart content in a standalone `<svg>` element: SVG namespace, viewBox and size in px, `role="img"`, an
 * accessible `<title>` (escaped) and a sans-serif font at 11 px, so the chart renders the same inline in HTML,
 * as an `.svg` file or in the viewer.
 * @param width - width, px
 * @param height - height, px
 * @param title - accessible title (also shown by browsers on hover)
 * @param content - the chart's markup
 * @param className - class of the root element (default `chart`)
 * @returns the SVG as text
 */
export function svgFrame(width: number, height: number, title: string, content: string, className = 'chart'): string {
  const w = svgNumber(width);
  const h = svgNumber(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(className)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11"><title>${escapeXml(title)}</title>${content}</svg>`
  );
}
