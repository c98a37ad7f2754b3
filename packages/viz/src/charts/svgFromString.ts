/**
 * Parses an SVG document string (as the sim report's chart functions return) into an `<svg>` element of
 * the current document, so report charts are reused in the page instead of being redrawn.
 * @param text - a complete `<svg …>…</svg>` string produced by our own code (never user input)
 * @returns the element; throws if the string is not well-formed SVG
 * @remarks Parsed as `image/svg+xml` (an XML parser: no HTML parsing quirks); `<script>` elements and
 *   `on*` attributes are removed anyway, as defence in depth, since names from a scenario file end up in
 *   the text.
 */
export function svgFromString(text: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
    throw new Error('svgFromString: the report chart is not well-formed SVG');
  }
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.localName === 'script' || element.localName === 'foreignObject') {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name) || (/href$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}
