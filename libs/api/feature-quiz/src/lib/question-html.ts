import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = ['p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 'sub', 'sup', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption'];

/**
 * Question and answer texts as learners receive them: formatting, links and images survive; scripts, event
 * handlers and styles do not. Images may be embedded (data: URIs from Moodle XML files) or on http(s).
 */
export function renderQuestionHtml(text: string, format: QuestionTextFormat): string {
  const html = format === 'markdown' ? marked.parse(text, { async: false, gfm: true }) : format === 'plain' ? escapePlain(text) : format === 'moodle' ? escapePlain(text) : text;
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title', 'width', 'height'], th: ['align'], td: ['align'] },
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowProtocolRelative: false,
    transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer', target: '_blank' } }) },
  });
}

/** Plain text with line breaks kept (Moodle's "moodle auto-format" is close enough to this for questions). */
function escapePlain(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Texts inside a learner view (choices, prompts, items) are rendered the same way as the question's own text. */
export function renderViewTexts(view: unknown, format: QuestionTextFormat): unknown {
  if (Array.isArray(view)) return view.map((item) => renderViewTexts(item, format));
  if (view && typeof view === 'object') {
    return Object.fromEntries(Object.entries(view).map(([key, value]) => [key, key === 'text' && typeof value === 'string' ? renderInline(value, format) : renderViewTexts(value, format)]));
  }
  return view;
}

function renderInline(text: string, format: QuestionTextFormat): string {
  const html = renderQuestionHtml(text, format);
  // A single paragraph wrapper is noise inside a choice or an item.
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return single && !single[1].includes('<p>') ? single[1] : html;
}
