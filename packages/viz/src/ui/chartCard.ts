import { button } from './button.js';
import { downloadBlob } from './downloadBlob.js';
import { svgText } from './svgText.js';
import { svgToPng } from './svgToPng.js';

/** A titled card holding one chart, its explanation and SVG/PNG download buttons. */
export interface ChartCard {
  readonly element: HTMLElement;
  /** Replaces the chart. */
  setChart(svg: SVGSVGElement): void;
  /** The body element between the explanation and the chart, for extra controls. */
  readonly extra: HTMLElement;
}

/**
 * Builds a chart card. All text is set with `textContent`.
 * @param id - element id and download file stem, e.g. `tcp-dose`
 * @param title - heading text
 * @param explanation - short teaching text beside the chart (paragraphs)
 */
export function chartCard(id: string, title: string, explanation: readonly string[]): ChartCard {
  const element = document.createElement('section');
  element.className = 'card chart-card';
  element.id = `card-${id}`;
  element.setAttribute('aria-labelledby', `${id}-heading`);
  const heading = document.createElement('h3');
  heading.id = `${id}-heading`;
  heading.textContent = title;
  const text = document.createElement('div');
  text.className = 'explanation';
  for (const paragraph of explanation) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    text.append(p);
  }
  const extra = document.createElement('div');
  extra.className = 'card-extra';
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const actions = document.createElement('div');
  actions.className = 'card-actions';
  let current: SVGSVGElement | undefined;
  const svgButton = button('SVG', () => {
    if (current) downloadBlob(new Blob([svgText(current)], { type: 'image/svg+xml' }), `${id}.svg`);
  });
  svgButton.setAttribute('aria-label', `Download “${title}” as SVG`);
  const pngButton = button('PNG', () => {
    if (current) void svgToPng(current).then((blob) => downloadBlob(blob, `${id}.png`));
  });
  pngButton.setAttribute('aria-label', `Download “${title}” as PNG`);
  actions.append(svgButton, pngButton);
  element.append(heading, extra, figure, actions, text);
  return {
    element,
    extra,
    setChart: (svg) => {
      current = svg;
      figure.replaceChildren(svg);
    },
  };
}
