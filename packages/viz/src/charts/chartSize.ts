/** Size and identity options shared by every chart function (lengths in px at 100% zoom). */
export interface ChartSize {
  /** Prefix for ids inside the SVG; must be unique within the page (each chart has its own default). */
  readonly id?: string;
  /** Width, px (default 540). */
  readonly width?: number;
  /** Height, px (default 360). */
  readonly height?: number;
  /** Tick-label font size, px (default 16; titles are 1.1×). */
  readonly fontSize?: number;
}

/** Copies the defined size options, so `exactOptionalPropertyTypes` is respected downstream. */
export function chartSize(options: ChartSize, id: string): { id: string; width?: number; height?: number; fontSize?: number } {
  return {
    id: options.id ?? id,
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.height === undefined ? {} : { height: options.height }),
    ...(options.fontSize === undefined ? {} : { fontSize: options.fontSize }),
  };
}
