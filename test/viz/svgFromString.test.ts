// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { svgFromString } from '../../packages/viz/src/charts/svgFromString.js';

describe('svgFromString(text)', () => {
  it('turns a report chart string into an <svg> element of this document', () => {
    const svg = svgFromString('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title><rect width="5" height="5"/></svg>');
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.ownerDocument).toBe(document);
    expect(svg.querySelector('rect')?.getAttribute('width')).toBe('5');
  });

  it('drops scripts, foreignObject and event-handler attributes (defence in depth)', () => {
    const svg = svgFromString(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>' +
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
      '<a href="javascript:alert(3)"><text onclick="alert(4)">&lt;img src=x onerror=alert(1)&gt;</text></a></svg>',
    );
    expect(svg.getAttribute('onload')).toBeNull();
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('foreignObject')).toBeNull();
    expect(svg.querySelector('a')?.getAttribute('href')).toBeNull();
    expect(svg.querySelector('text')?.getAttribute('onclick')).toBeNull();
    expect(svg.querySelector('text')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(svg.querySelector('img')).toBeNull();
  });

  it('throws on a string that is not SVG', () => {
    expect(() => svgFromString('<div>no</div>')).toThrow(/not well-formed SVG/);
    expect(() => svgFromString('<svg')).toThrow(/not well-formed SVG/);
  });
});
