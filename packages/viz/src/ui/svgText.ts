/**
 * A chart as a standalone SVG file: XML declaration, the xmlns attributes, serialised with XMLSerializer.
 * @param svg - a chart element (from a chart function or a report chart)
 * @returns the file's text
 */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
