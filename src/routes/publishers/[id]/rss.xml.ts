import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../content/pageKeys.ts';
import { siteContent, type Brief } from '../../../content/query.ts';
import { feedMeta, feedShows, rssResponse } from '../../../render/feeds.ts';
import { site } from '../../../site/config.ts';
import { t } from '../../../site/strings.ts';
import { paths } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  const feeds = [...content.publishers.values()]
    .map((publisher) => ({ publisher, briefs: content.briefs.filter((b) => b.data.review.publisher === publisher.id) }))
    .filter(({ briefs }) => briefs.length > 0)
    .map(({ publisher, briefs }) => ({
      params: { id: publisher.id },
      props: { id: publisher.id, name: publisher.data.name, ...feedShows(briefs, content) },
    }));
  return withCacheKeys(feeds, content.briefs);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; name: string; briefs: Brief[] }> = ({ props }) =>
  rssResponse(
    feedMeta(
      `${props.name} · ${site.title}`,
      t('feed.publisher.description', { publisher: props.name }),
      paths.publisher(props.id),
      paths.publisherFeed(props.id),
    ),
    props.briefs,
  );
