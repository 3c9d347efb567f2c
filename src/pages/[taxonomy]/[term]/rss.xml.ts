import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent, type Brief } from '../../../content.ts';
import { feedMeta, rssResponse } from '../../../feeds.ts';
import { briefsWithTerm, TAXONOMIES, termsOf } from '../../../lib/taxonomy.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  return TAXONOMIES.flatMap((taxonomy) =>
    termsOf(content.briefs, taxonomy).map((term) => ({
      params: { taxonomy, term: term.slug },
      props: { label: term.label, briefs: briefsWithTerm(content.briefs, taxonomy, term.slug) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ label: string; briefs: Brief[] }> = ({ params, props }) => {
  const path = `/${params['taxonomy']}/${params['term']}/`;
  return rssResponse(
    feedMeta(`${props.label} · ${site.title}`, `Briefs on ${props.label} from ${site.title}.`, path, `${path}rss.xml`),
    props.briefs,
  );
};
