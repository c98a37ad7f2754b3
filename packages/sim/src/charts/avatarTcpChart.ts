import { scaleLinear } from 'd3-scale';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { formatPercent } from './formatPercent.js';
import { okabeIto } from './okabeIto.js';
import { rowLabel } from './rowLabel.js';
import { rowLayout } from './rowLayout.js';
import { rowValue } from './rowValue.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** One schedule of {@link avatarTcpChart}: TCP at the fit, its 95% interval and P(best), all probabilities. */
export interface AvatarTcpRow {
  readonly label: string;
  readonly tcp: number;
  readonly lower: number;
  readonly upper: number;
  readonly probabilityBest: number;
}

/** Options of {@link avatarTcpChart}. */
export interface AvatarTcpChartOptions {
  /** Width, px (default 640); the height follows from the rows. */
  readonly width?: number;
  /** Height of one row, px (default 30). */
  readonly rowHeight?: number;
  /** Accessible title and heading (escaped); default `TCP per schedule (95% interval from the fit)`. */
  readonly title?: string;
  /** Colour of the marks (default the first Okabe–Ito colour); the best row is drawn in the second. */
  readonly colour?: string;
}

/**
 * TCP per candidate schedule as SVG, one row each in the order given (pass them best first): a
 * `<line class="interval">` over the 95% interval, a `<circle class="estimate">` at the TCP of the fitted (α, β), the
 * label on the left and `TCP [lower, upper] · P(best)` in percent on the right. x = TCP (%), 0 to 100. The first
 * row is marked as the best (`class="row best"`). Rows with a non-finite TCP are labelled but not drawn.
 * @param rows - schedules with TCP, interval and P(best) (probabilities in [0, 1])
 * @param options - width (px), row height (px), title, colour
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function avatarTcpChart(rows: readonly AvatarTcpRow[], options: AvatarTcpChartOptions = {}): string {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 30;
  const title = options.title ?? 'TCP per schedule (95% interval from the fit)';
  const colour = escapeXml(options.colour ?? okabeIto[0]);
  const bestColour = escapeXml(okabeIto[1]);
  const margin = { top: 28, right: 210, bottom: 46, left: 150 };
  const { height, bottom, centre } = rowLayout(rows.length, rowHeight, margin);
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const marks = rows.map((row, index) => {
    const cy = centre(index);
    const stroke = index === 0 ? bestColour : colour;
    const label = rowLabel(row.label, margin.left - 10, cy);
    const numbers = rowValue(
      `${formatPercent(row.tcp)} [${formatPercent(row.lower)}, ${formatPercent(row.upper)}] · P(best) ${formatPercent(row.probabilityBest)}`,
      width - margin.right + 10,
      cy,
    );
    const className = index === 0 ? 'row best' : 'row';
    if (!Number.isFinite(row.tcp)) return `<g class="${className}">${label}${numbers}</g>`;
    const lower = Number.isFinite(row.lower) ? row.lower : row.tcp;
    const upper = Number.isFinite(row.upper) ? row.upper : row.tcp;
    return (
      `<g class="${className}">${label}` +
      `<line class="interval" x1="${svgNumber(x(lower))}" y1="${svgNumber(cy)}" x2="${svgNumber(x(upper))}" y2="${svgNumber(cy)}" stroke="${stroke}" stroke-width="2"/>` +
      `<circle class="estimate" cx="${svgNumber(x(row.tcp))}" cy="${svgNumber(cy)}" r="5" fill="${stroke}"><title>${escapeXml(row.label)}: TCP ${formatPercent(row.tcp)} %</title></circle>` +
      `${numbers}</g>`
    );
  });
  const content =
    chartTitle(title, margin.left) +
    marks.join('') +
    svgAxis({ scale: x, orient: 'bottom', position: bottom, tickCount: 5, format: (value) => svgNumber(100 * value, 0), label: 'Tumour control probability (%)' });
  return svgFrame(width, height, title, content, { className: 'chart avatar-tcp' });
}
