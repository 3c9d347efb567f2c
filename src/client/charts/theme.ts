/** Colours and font read from the page's CSS at draw time, so light, dark and print all fit. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  /** The `--chart-N` colours, each in contrast with `surface`. */
  series: string[];
  /** `fills[i]` is `series[i]` painted with `PATTERNS[i]`: a colour or a pattern. */
  fills: (string | CanvasPattern)[];
}
