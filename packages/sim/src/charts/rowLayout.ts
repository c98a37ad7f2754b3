/** The margins of a chart, px. */
export interface ChartMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Where the rows of a row chart go: its height, the axis line and each row's centre, px. */
export interface RowLayout {
  /** Height of the whole chart, px: the margins and one row height per row (at least one, so an empty chart keeps its axis). */
  readonly height: number;
  /** y of the bottom axis, px. */
  readonly bottom: number;
  /** y of the centre of row `index` (0 at the top), px. */
  readonly centre: (index: number) => number;
}

/**
 * The vertical layout of a chart with one row per item (forest plot, tornado, Sobol, interval and avatar TCP
 * charts): rows of equal height between the top and bottom margins.
 * @param rowCount - the number of rows (≥ 0; 0 is laid out as one empty row)
 * @param rowHeight - height of one row, px
 * @param margin - the chart's margins, px
 * @returns the height, the axis position and the row centres
 */
export function rowLayout(rowCount: number, rowHeight: number, margin: ChartMargin): RowLayout {
  const height = margin.top + Math.max(1, rowCount) * rowHeight + margin.bottom;
  return { height, bottom: height - margin.bottom, centre: (index) => margin.top + (index + 0.5) * rowHeight };
}
