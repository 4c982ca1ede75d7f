import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type CertificateTemplateFieldsFragment,
  CertificateTemplatesDocument,
  SaveCertificateTemplateDocument,
  type SaveCertificateTemplateInput,
} from '../generated/certification.graphql';

/** The layout fields the API accepts (its zod schema), each a line of text except the colour. */
export const CERTIFICATE_LAYOUT_FIELDS = [
  'heading',
  'serialLine',
  'intro',
  'body',
  'scoreLine',
  'issuerName',
  'city',
  'signatoryTitle',
  'signatoryName',
  'signatoryNip',
  'accentColor',
] as const;
export type CertificateLayoutField = (typeof CERTIFICATE_LAYOUT_FIELDS)[number];
export type CertificateLayout = Record<CertificateLayoutField, string>;

export interface CertificateTemplate extends Omit<CertificateTemplateFieldsFragment, 'layout'> {
  readonly layout: CertificateLayout;
}

export interface CertificateTemplateCatalogue {
  readonly templates: readonly CertificateTemplate[];
  /** Names usable as {{name}} in the layout's text. */
  readonly placeholders: readonly string[];
  /** What certificates say when no template applies. */
  readonly defaultLayout: CertificateLayout;
}

/** Certificate layouts admins edit without code; issued certificates keep the layout they were issued with. */
@Injectable({ providedIn: 'root' })
export class CertificateTemplatesApi {
  private readonly apollo = inject(Apollo);

  async catalogue(): Promise<CertificateTemplateCatalogue> {
    const data = await queryData(this.apollo, CertificateTemplatesDocument, {}, 'no-cache');
    const defaultLayout = toLayout(data.certificateTemplateGuide.defaultLayout, null);
    return {
      templates: data.certificateTemplates.map((template) => ({ ...template, layout: toLayout(template.layout, defaultLayout) })),
      placeholders: data.certificateTemplateGuide.placeholders,
      defaultLayout,
    };
  }

  async save(input: Omit<SaveCertificateTemplateInput, 'layout'> & { layout: CertificateLayout }): Promise<CertificateTemplate> {
    const saved = (await mutateData(this.apollo, SaveCertificateTemplateDocument, { input })).saveCertificateTemplate;
    return { ...saved, layout: toLayout(saved.layout, null) };
  }
}

/** Reads a layout from JSON; a field missing from an older template takes the built-in value, as issuing does. */
function toLayout(value: unknown, fallback: CertificateLayout | null): CertificateLayout {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const layout = {} as CertificateLayout;
  for (const field of CERTIFICATE_LAYOUT_FIELDS) {
    const text = source[field];
    layout[field] = typeof text === 'string' ? text : (fallback?.[field] ?? '');
  }
  return layout;
}
