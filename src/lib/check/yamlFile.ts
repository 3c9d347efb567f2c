/** A YAML content file beside the briefs (`bias-meter.yaml`, a publisher) checked against its schema. */
import type { z } from 'astro/zod';
import { decode, type SourceFile } from './decode.ts';
import type { Problem } from './problems.ts';
import { checkSchema } from './schema.ts';
import { parseYaml } from './yaml.ts';

/** The file's data as its schema makes it, or undefined with every problem added. */
export function checkYamlFile<T extends z.ZodType>(
  source: SourceFile,
  schema: T,
  problems: Problem[],
): z.output<T> | undefined {
  const text = decode(source, problems);
  const parsed = text === undefined ? undefined : parseYaml(text, source.file, 1, problems);
  return parsed ? checkSchema(schema, parsed, source.file, problems) : undefined;
}
