/**
 * Marks what an editor still has to write. `npm run new` fills a new brief with it, and the content
 * check refuses to publish a brief (`draft: false`) that still contains it.
 */
export const TODO = 'TODO';

/**
 * The placeholder where only lowercase words are allowed (a topic): it passes the draft's check and,
 * like TODO, blocks publishing until replaced.
 */
export const TODO_WORD = 'todo';
