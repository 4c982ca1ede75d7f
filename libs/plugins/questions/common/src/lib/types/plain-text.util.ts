/** The few entities answer texts use; statistics and exports want characters, not markup. */
const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' ']]);

/**
 * An HTML fragment as one line of plain text, for response summaries (statistics, gradebooks, exports).
 * Not a sanitiser: the result is never rendered as HTML.
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES.get(name.toLowerCase()) ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
