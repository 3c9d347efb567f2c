/**
 * Data files in `content/data/`: CSV (`label,Series A,Series B` then one row per label) or JSON
 * (`{ "labels": [...], "series": [{ "name": ..., "values": [...] }] }`), turned into one shape.
 */

export interface Series {
  name: string;
  values: number[];
}

export interface DataSet {
  labels: string[];
  series: Series[];
}

export type ParseResult = { ok: true; data: DataSet } | { ok: false; line?: number; expected: string; found: string };

/** Splits one CSV line, honouring double quotes (`"a, b"` and `""` inside quotes). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Parses a CSV data file: a header row, then a label and one number per series on each row. */
export function parseCsvDataSet(text: string): ParseResult {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const header = lines.shift();
  if (!header) return { ok: false, expected: 'a header row such as `label,Sites`', found: 'an empty file' };
  const names = splitCsvLine(header.line).slice(1);
  if (names.length === 0 || names.some((n) => n === '')) {
    return {
      ok: false,
      line: header.number,
      expected: 'a header row naming the label column and at least one series',
      found: JSON.stringify(header.line),
    };
  }
  const data: DataSet = { labels: [], series: names.map((name) => ({ name, values: [] })) };
  for (const { line, number } of lines) {
    const [label = '', ...cells] = splitCsvLine(line);
    if (cells.length !== names.length) {
      return {
        ok: false,
        line: number,
        expected: `${names.length + 1} cells (a label and ${names.length} number${names.length === 1 ? '' : 's'})`,
        found: `${cells.length + 1} cells`,
      };
    }
    data.labels.push(label);
    for (const [i, cell] of cells.entries()) {
      const value = Number(cell);
      if (cell === '' || !Number.isFinite(value)) {
        return { ok: false, line: number, expected: `a number in column "${names[i]}"`, found: JSON.stringify(cell) };
      }
      data.series[i]!.values.push(value);
    }
  }
  if (data.labels.length === 0) return { ok: false, expected: 'at least one data row', found: 'only a header' };
  return { ok: true, data };
}

/** Parses a JSON data file of the shape `{ labels, series: [{ name, values }] }`. */
export function parseJsonDataSet(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, expected: 'valid JSON', found: (error as Error).message };
  }
  const value = raw as Partial<DataSet> | null;
  const labelsOk =
    Array.isArray(value?.labels) && value.labels.every((l) => typeof l === 'string' || typeof l === 'number');
  const seriesOk =
    Array.isArray(value?.series) &&
    value.series.length > 0 &&
    value.series.every(
      (s) =>
        typeof s?.name === 'string' &&
        Array.isArray(s.values) &&
        s.values.every((v) => typeof v === 'number' && Number.isFinite(v)),
    );
  if (!labelsOk || !seriesOk) {
    return {
      ok: false,
      expected: '{ "labels": [text…], "series": [{ "name": text, "values": [numbers…] }] }',
      found: 'another shape',
    };
  }
  const labels = value.labels!.map(String);
  const wrong = value.series!.find((s) => s.values.length !== labels.length);
  if (wrong)
    return {
      ok: false,
      expected: `${labels.length} values in series "${wrong.name}" (one per label)`,
      found: `${wrong.values.length}`,
    };
  return { ok: true, data: { labels, series: value.series!.map((s) => ({ name: s.name, values: [...s.values] })) } };
}

/** Parses a data file by its extension. */
export function parseDataSet(fileName: string, text: string): ParseResult {
  return fileName.endsWith('.json') ? parseJsonDataSet(text) : parseCsvDataSet(text);
}
