/** Numbers as charts, tables and captions print them. They run on the server and in the browser alike. */

/** A plain number for ticks and labels, British style: `1,250`, `12.5`. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB');
}

/** Formats a value with its unit for tables and captions. */
export function formatValue(value: number, unit: string | undefined): string {
  const number = formatNumber(value);
  return unit ? `${number} ${unit}` : number;
}
