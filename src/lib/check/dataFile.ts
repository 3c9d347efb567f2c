/** A data file in `content/data/` checked by parsing it as charts will. */
import { parseDataSet, type DataSet } from '../charts/dataSets.ts';
import { decode, type SourceFile } from './decode.ts';
import { problem, type Problem } from './problems.ts';

/** The file's data set, or undefined with its problem added. */
export function checkDataFile(source: SourceFile, problems: Problem[]): DataSet | undefined {
  const text = decode(source, problems);
  if (text === undefined) return undefined;
  const result = parseDataSet(source.file, text);
  if (result.ok) return result.data;
  problems.push(problem(source.file, [], result.expected, result.found, { line: result.line }));
  return undefined;
}
