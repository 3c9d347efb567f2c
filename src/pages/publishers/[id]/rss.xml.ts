import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent, type Brief } from '../../../content.ts';
import { feedMeta, rssResponse } from '../../../feeds.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  return [...content.publishers.values()]
    .map((publisher) => ({ publisher, briefs: content.briefs.filter((b) => b.data.review.publisher === publisher.id) }))
    .filter(({ briefs }) => briefs.length > 0)
    .map(({ publisher, briefs }) => ({ params: { id: publisher.id }, props: { name: publisher.data.name, briefs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; briefs: Brief[] }> = ({ params, props }) => {
  const path = `/publishers/${params['id']}/`;
  return rssResponse(
    feedMeta(`${props.name} · ${site.title}`, `Briefs reviewing the work of ${props.name}.`, path, `${path}rss.xml`),
    props.briefs,
  );
};
