/**
 * The site's interface, bound to its language and its overrides once: every word a reader sees or
 * hears comes from `t`, every date from `formatDate`. Pages, layouts, components and feeds import
 * these; src/lib stays free of settings and takes them as arguments.
 */
import { siteInterface } from '../i18n/index.ts';
import { site } from './config.ts';

export const { dictionary, t, tParts, ordinal, formatDate, formatMonth, numbers, locale } = siteInterface(
  site.language,
  site.strings,
);

/**
 * A subject's name inside a sentence ("Or browse a topic"): lower-case in languages that write common
 * nouns so, as written in those that capitalise them (German `Thema`), as the dictionary says.
 */
export function subjectWord(name: string): string {
  return t('format.nounCase') === 'keep' ? name : name.toLocaleLowerCase(locale);
}
