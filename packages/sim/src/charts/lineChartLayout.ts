/** Where the parts of a line chart go, px. */
export interface LineChartLayout {
  readonly titleSize: number;
  /** Height of one legend row. */
  readonly lineHeight: number;
  /** Legend rows: indices into the labels given to {@link lineChartLayout}. */
  readonly legendRows: readonly (readonly number[])[];
  /** Width of each legend item (sample line, gap, estimated text width). */
  readonly itemWidths: readonly number[];
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/** What {@link lineChartLayout} needs to know. */
export interface LineChartLayoutInput {
  /** Chart size, px. */
  readonly width: number;
  readonly height: number;
  /** Tick-label font size, px (titles are 1.1×). */
  readonly fontSize: number;
  /** Labels of the legend items, in order. */
  readonly legendLabels: readonly string[];
  /** A log (decades) y axis has wider tick labels. */
  readonly decadesY: boolean;
  /** A right y axis needs room on the right. */
  readonly rightAxis: boolean;
}

/**
 * The layout of a line chart: the title on top, then the legend wrapped into rows that fit the width (text
 * width estimated at 0.56 em a character, as SVG cannot measure text without a DOM), then the plot, with margins
 * for the tick labels and axis titles.
 * @param input - size (px), font size (px), legend labels, axis kinds
 * @returns the layout
 */
export function lineChartLayout(input: LineChartLayoutInput): LineChartLayout {
  const { width, height, fontSize } = input;
  const titleSize = Math.round(fontSize * 1.1);
  const itemWidths = input.legendLabels.map((label) => 34 + label.length * fontSize * 0.56 + 18);
  const legendRows: number[][] = [];
  let rowWidth = Infinity;
  itemWidths.forEach((itemWidth, index) => {
    if (rowWidth + itemWidth > width - 24) {
      legendRows.push([]);
      rowWidth = 0;
    }
    legendRows.at(-1)?.push(index);
    rowWidth += itemWidth;
  });
  const lineHeight = Math.round(fontSize * 1.5);
  const margin = {
    top: titleSize + 14 + legendRows.length * lineHeight + Math.round(fontSize * 1.1),
    right: input.rightAxis ? fontSize * 4.4 : fontSize * 1.4,
    bottom: fontSize * 3.4,
    left: fontSize * (input.decadesY ? 5.2 : 4.6),
  };
  return {
    titleSize,
    lineHeight,
    legendRows,
    itemWidths,
    margin,
    plotWidth: Math.max(10, width - margin.left - margin.right),
    plotHeight: Math.max(10, height - margin.top - margin.bottom),
  };
}
