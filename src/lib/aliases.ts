/**
 * Aliases: a brief's old file names. Each becomes an address that redirects to the brief, so links
 * made before a rename keep working. The content check (src/lib/check/aliases.ts) makes sure no
 * alias is a brief's name or another brief's alias.
 */
import { parse } from 'yaml';

/** An old address and the brief it leads to. */
export interface AliasRedirect {
  /** The old file name, now only an address. */
  alias: string;
  /** The id of the brief it redirects to. */
  target: string;
}

/** The redirects of these briefs' aliases, in the order the briefs and their lists give them. */
export function aliasRedirects(
  briefs: readonly { id: string; data: { aliases: readonly string[] } }[],
): AliasRedirect[] {
  return briefs.flatMap((brief) => brief.data.aliases.map((alias) => ({ alias, target: brief.id })));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---/;

/**
 * The aliases a brief file lists, read from its text without the full check, for the sitemap
 * filter (it runs after the build, which only runs once the check passed). Only a frontmatter with
 * an `aliases:` line is parsed, so a site of thousands of briefs without aliases costs one scan.
 */
export function frontmatterAliases(text: string): string[] {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined || !/^aliases\s*:/m.test(yaml)) return [];
  const data: unknown = parse(yaml);
  const aliases = data !== null && typeof data === 'object' ? (data as { aliases?: unknown }).aliases : undefined;
  return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
}
