import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../content/pageKeys.ts';
import { siteContent, type Brief } from '../../../content/query.ts';
import { feedMeta, feedShows, rssResponse } from '../../../render/feeds.ts';
import { site } from '../../../site/config.ts';
import { briefsWithTerm, taxonomies, termsOf } from '../../../site/taxonomies.ts';
import { t } from '../../../site/strings.ts';
import { paths } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  const feeds = taxonomies.flatMap(({ id: taxonomy }) =>
    termsOf(content.briefs, taxonomy).map((term) => ({
      params: { taxonomy, term: term.slug },
      props: {
        taxonomy,
        slug: term.slug,
        label: term.label,
        ...feedShows(briefsWithTerm(content.briefs, taxonomy, term.slug), content),
      },
    })),
  );
  return withCacheKeys(feeds, content.briefs);
}) satisfies GetStaticPaths;

interface Props {
  taxonomy: string;
  slug: string;
  label: string;
  briefs: Brief[];
}

export const GET: APIRoute<Props> = ({ props }) =>
  rssResponse(
    feedMeta(
      `${props.label} · ${site.title}`,
      t('feed.term.description', { term: props.label, site: site.title }),
      paths.term(props.taxonomy, props.slug),
      paths.termFeed(props.taxonomy, props.slug),
    ),
    props.briefs,
  );
