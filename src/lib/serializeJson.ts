/**
 * JSON for a `<script type="application/json">` element. The HTML parser ends a script element at
 * the first `</script`, whatever the type, and `<!--` changes how it scans, so a `<` in the data
 * could end the element early and let the rest be read as markup. Escaping `<`, `>` and `&` as
 * JSON unicode escapes keeps the text inert for the HTML parser while `JSON.parse` returns the
 * same strings. U+2028 and U+2029 are escaped too, so the text is also safe to paste into script.
 */
export function serializeJsonForHtml(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeJsonForHtml: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
