import type { z } from 'astro/zod';
import { closest, describeValue, problem, suggest, valueAt, type PathKey, type Problem } from './problems.ts';

type AnySchema = z.ZodType;

/** Field names an object schema accepts at `path` (through lists, optionals and defaults). */
function knownKeysAt(schema: AnySchema, path: readonly PathKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const remaining = [...path];
  while (current) {
    const def: Record<string, unknown> = (current as unknown as { def: Record<string, unknown> }).def;
    const inner = (def['innerType'] ?? def['in']) as AnySchema | undefined;
    if (inner && def['type'] !== 'object' && def['type'] !== 'array') {
      current = inner;
      continue;
    }
    if (remaining.length === 0) break;
    const key = remaining.shift();
    if (def['type'] === 'array') current = def['element'] as AnySchema;
    else if (def['type'] === 'object') current = (def['shape'] as Record<string, AnySchema>)[String(key)];
    else return [];
  }
  const def = (current as unknown as { def?: Record<string, unknown> } | undefined)?.def;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** Turns a failed schema parse into problems an editor can act on. */
export function problemsFromZod(error: z.ZodError, schema: AnySchema, data: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  // Fields an unknown key was probably meant to be (`higlights` → `highlights`), as dotted paths.
  const misspelt = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    const found = describeValue(valueAt(data, path));
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const meant = closest(key, known);
          if (meant) misspelt.add([...path, meant].join('.'));
          problems.push(
            problem(
              file,
              [...path, key],
              `only known fields here (${known.join(', ')})`,
              `an unknown field \`${key}\``,
              {
                hint: suggest(key, known),
              },
            ),
          );
        }
        break;
      }
      case 'invalid_value': {
        const options = issue.values.map(String);
        const value = valueAt(data, path);
        const hint = typeof value === 'string' ? suggest(value, options) : undefined;
        problems.push(problem(file, path, `one of ${options.join(', ')}`, found, { hint }));
        break;
      }
      case 'invalid_type': {
        const missing = valueAt(data, path) === undefined;
        const expected = issue.message.startsWith('expected ')
          ? issue.message.slice(9)
          : `a value of type ${issue.expected}`;
        problems.push(problem(file, path, missing ? `${expected} (this field is required)` : expected, found));
        break;
      }
      case 'too_small':
      case 'too_big': {
        // Schemas give most limits their own words; these are the ones they leave to Zod.
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const what =
          issue.origin === 'array'
            ? `item${limit === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? `character${limit === 1 ? '' : 's'}`
              : '';
        const custom = issue.message.startsWith('expected ') ? issue.message.slice(9) : undefined;
        const limitText = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit} ${what}`.trim();
        problems.push(problem(file, path, custom ?? limitText, found));
        break;
      }
      default: {
        const expected = issue.message.startsWith('expected ') ? issue.message.slice(9) : issue.message;
        problems.push(problem(file, path, expected, found));
      }
    }
  }
  // A misspelt field shows up twice: as an unknown field and as the real one missing. Keep the
  // first, whose hint names the fix.
  return problems.filter((p) => !(p.found === 'nothing' && misspelt.has(p.path.join('.'))));
}
