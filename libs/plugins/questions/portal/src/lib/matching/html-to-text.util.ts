/**
 * The text of a sanitised HTML fragment, for places that take no markup (a native `<option>`). Parsed as an
 * inert document: nothing in it runs or loads.
 */
export function htmlToText(html: string): string {
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}
