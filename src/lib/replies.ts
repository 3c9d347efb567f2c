/**
 * The right of reply as readers see it: who speaks in each reply, which heading the list takes,
 * the anchors on the brief's page, and a publisher's replies across briefs.
 */

export interface ReplyData {
  date: Date;
  publisher?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  text: string;
  url?: string | undefined;
  answer?: string | undefined;
  ratingChange?: number | undefined;
}

/** The fields of a brief this module reads. */
export interface Repliable {
  review: { publisher: string };
  replies: readonly ReplyData[];
}

/** The anchor of a reply on its brief's page: `reply-1` for the first (oldest). */
export function replyAnchor(index: number): string {
  return `reply-${index + 1}`;
}

/** The anchor of the rating change a reply led to, as the corrections list names it. */
export function ratingChangeAnchor(ratingChange: number): string {
  return `rating-change-${ratingChange}`;
}

/** Who speaks in a reply, as the parts the dictionary's sentence needs. */
export type ReplyAuthor =
  | { kind: 'publisher'; publisher: string }
  | { kind: 'person'; name: string; role: string }
  | { kind: 'personOf'; name: string; role: string; publisher: string };

/**
 * The speaker of `reply`, publisher ids turned into names by `publisherName`. A named person
 * without a role cannot pass the content check; their role is then shown empty rather than failing.
 */
export function replyAuthor(reply: ReplyData, publisherName: (id: string) => string): ReplyAuthor {
  const publisher = reply.publisher === undefined ? undefined : publisherName(reply.publisher);
  if (reply.name === undefined) return { kind: 'publisher', publisher: publisher ?? '' };
  const role = reply.role ?? '';
  return publisher === undefined
    ? { kind: 'person', name: reply.name, role }
    : { kind: 'personOf', name: reply.name, role, publisher };
}

/**
 * Whether the list is headed "The publisher responds": every reply speaks for the publisher of the
 * reviewed work. Otherwise (an author answering in their own name) it is headed as responses.
 */
export function publisherResponds(data: Repliable): boolean {
  return data.replies.length > 0 && data.replies.every((reply) => reply.publisher === data.review.publisher);
}

/** The date of the latest reply, if any. */
export function latestReply(data: Pick<Repliable, 'replies'>): Date | undefined {
  return data.replies.reduce<Date | undefined>(
    (latest, r) => (!latest || r.date > latest ? r.date : latest),
    undefined,
  );
}

/** A reply with the brief it answers, for a publisher's page. */
export interface BriefReply<B> {
  brief: B;
  reply: ReplyData;
  index: number;
}

/**
 * The replies on a publisher's page, newest first: those speaking for the publisher, and those by a
 * person speaking for no publisher on a brief that reviews its work (an author answering in their
 * own name). Ties keep the briefs' order.
 */
export function publisherReplies<B extends { data: Repliable }>(
  briefs: readonly B[],
  publisherId: string,
): BriefReply<B>[] {
  return briefs
    .flatMap((brief) =>
      brief.data.replies
        .map((reply, index) => ({ brief, reply, index }))
        .filter(({ reply }) =>
          reply.publisher === undefined ? brief.data.review.publisher === publisherId : reply.publisher === publisherId,
        ),
    )
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.reply.date.getTime() - a.entry.reply.date.getTime() || a.order - b.order)
    .map(({ entry }) => entry);
}
