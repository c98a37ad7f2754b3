/**
 * The neutral colours and the font of every chart, so reports and viewer look alike: `text` for titles, labels and
 * axes (contrast 17:1 on white), `muted` for reference lines and their labels (5.3:1), `grid` for grid lines, and
 * `font` the system sans-serif stack.
 */
export const chartInk: {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly font: string;
} = {
  text: '#1a1a1a',
  muted: '#6b6b6b',
  grid: '#dddddd',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};
