import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { PageContent, pageActivity, PageState } from '@tunas/plugins/page/common';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const SAFE_URL = /^(https?:\/\/|\/files\/|#)/i;

/** Markdown to HTML with only formatting, links and images surviving: no script, no handlers, no styles. */
export function renderSafeMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, {
    allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption'],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title', 'width', 'height', 'loading'], th: ['align'], td: ['align'], ol: ['start'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => (frame.tag === 'img' && !SAFE_URL.test(frame.attribs['src'] ?? '')) || (frame.tag === 'a' && !!frame.attribs['href'] && !SAFE_URL.test(frame.attribs['href'])),
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer', ...(attribs['href']?.startsWith('http') ? { target: '_blank' } : {}) } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
    },
  });
}

export const pageServerActivity: ServerActivityType<PageContent, PageState> = {
  definition: pageActivity,
  prepareContent: (content) => ({ ...content, html: renderSafeMarkdown(content.markdown) }),
};
