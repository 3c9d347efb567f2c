/** A parsed file checked against its Zod schema, each problem at its line. */
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { ParsedYaml } from './yaml.ts';
import { problemsFromZod } from './zodProblems.ts';

/**
 * The data the schema makes of the file, or undefined with its problems added. `annotate` may
 * say more about each problem before its line is found.
 */
export function checkSchema<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
  file: string,
  problems: Problem[],
  annotate: (found: Problem) => Problem = (found) => found,
): z.output<T> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const found of problemsFromZod(result.error, schema, parsed.data, file))
    problems.push(parsed.locate(annotate(found)));
  return undefined;
}
