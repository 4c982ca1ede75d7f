import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';

/** An element as fast-xml-parser gives it: attributes under '@_', text under '#text', children by name. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined;

export function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

export function isNode(value: XmlValue): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first child of that name (Moodle reads the first when an element is repeated). */
export function child(node: XmlValue, name: string): XmlValue {
  if (!isNode(node)) return undefined;
  return asArray(node[name])[0];
}

export function textOf(value: XmlValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value['#text']);
  return String(value);
}

export function attribute(node: XmlValue, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

/** `<x><text>...</text></x>`, trimmed as Moodle's getpath(..., true) does. */
export function childText(node: XmlValue, name: string): string {
  return textOf(child(child(node, name), 'text')).trim();
}

/** A plain child value such as `<single>true</single>`, trimmed. */
export function childValue(node: XmlValue, name: string): string | undefined {
  const value = child(node, name);
  return value === undefined ? undefined : textOf(value).trim();
}

export function readBoolean(value: string | undefined, otherwise: boolean): boolean {
  if (value === undefined || value === '') return otherwise;
  return !['0', 'false', 'no'].includes(value.toLowerCase());
}

const FORMATS: Readonly<Record<string, QuestionTextFormat>> = { html: 'html', moodle_auto_format: 'moodle', moodle: 'moodle', plain_text: 'plain', plain: 'plain', markdown: 'markdown' };

export function readTextFormat(value: string | undefined, otherwise: QuestionTextFormat): QuestionTextFormat {
  return (value && FORMATS[value]) || otherwise;
}

export function writeTextFormat(format: QuestionTextFormat): string {
  switch (format) {
    case 'html':
      return 'html';
    case 'moodle':
      return 'moodle_auto_format';
    case 'plain':
      return 'plain_text';
    case 'markdown':
      return 'markdown';
  }
}
