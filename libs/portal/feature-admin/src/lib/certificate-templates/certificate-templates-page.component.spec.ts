import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { InstitutionsApi } from '@tunas/portal/data-access';
import { type CertificateLayout, type CertificateTemplateCatalogue, CertificateTemplatesApi } from '@tunas/portal/data-access/certification';
import { of } from 'rxjs';
import { CertificateTemplatesPageComponent } from './certificate-templates-page.component';

const LAYOUT: CertificateLayout = {
  heading: 'SERTIFIKAT',
  serialLine: 'Nomor: {{serial}}',
  intro: 'Diberikan kepada',
  body: 'yang telah menyelesaikan "{{courseTitle}}" sebanyak {{jpHours}} JP.',
  scoreLine: '',
  issuerName: 'BKPSDM Kota Palangka Raya',
  city: 'Palangka Raya',
  signatoryTitle: 'Kepala BKPSDM',
  signatoryName: 'Penanda Tangan',
  signatoryNip: '',
  accentColor: '#1b5e20',
};

const CATALOGUE: CertificateTemplateCatalogue = { templates: [], placeholders: ['learnerName', 'courseTitle', 'jpHours', 'serial'], defaultLayout: LAYOUT };

async function render(save: jest.Mock) {
  await TestBed.configureTestingModule({
    imports: [
      CertificateTemplatesPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: {} },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: CertificateTemplatesApi, useValue: { catalogue: jest.fn().mockResolvedValue(CATALOGUE), save } },
      { provide: InstitutionsApi, useValue: { list: jest.fn().mockResolvedValue([]) } },
      {
        provide: MatIconRegistry,
        useValue: { getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')), getDefaultFontSetClass: () => [] },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(CertificateTemplatesPageComponent);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  await settle();
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const type = async (id: string, value: string) => {
    const field = byTestId<HTMLInputElement>(id);
    if (!field) throw new Error(`no field ${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const click = async (id: string) => {
    byTestId<HTMLButtonElement>(id)?.click();
    await settle();
  };
  return { element, byTestId, type, click };
}

describe('CertificateTemplatesPageComponent', () => {
  it('starts a new template from the built-in layout, lists the placeholders and previews the text', async () => {
    const { byTestId, type, click } = await render(jest.fn());

    await click('template-create');
    expect(byTestId<HTMLInputElement>('template-heading')?.value).toBe('SERTIFIKAT');
    expect(byTestId('template-placeholders')?.textContent).toContain('{{courseTitle}}');

    await type('template-heading', 'PIAGAM');
    expect(byTestId('template-preview')?.textContent).toContain('PIAGAM');
    expect(byTestId('template-preview')?.textContent).toContain('Nomor: TUNAS/2026/000123');
  });

  it('saves a default template with the layout as typed', async () => {
    const save = jest.fn().mockResolvedValue({ id: 't1', name: 'Bawaan kota', institutionId: null, courseId: null, layout: LAYOUT, updatedAt: '2026-03-12T02:00:00.000Z' });
    const { byTestId, type, click } = await render(save);

    await click('template-create');
    await type('template-name', 'Bawaan kota');
    await type('template-accentColor', '#0d47a1');
    await click('template-save');

    expect(save).toHaveBeenCalledWith({ name: 'Bawaan kota', courseId: null, institutionId: null, layout: { ...LAYOUT, accentColor: '#0d47a1' } });
    expect(byTestId('template-saved')).not.toBeNull();
  });

  it('refuses a colour that is not #rrggbb and an empty signatory without asking the server', async () => {
    const save = jest.fn();
    const { element, type, click } = await render(save);

    await click('template-create');
    await type('template-name', 'Rusak');
    await type('template-accentColor', 'hijau');
    await type('template-signatoryName', '');
    await click('template-save');

    expect(save).not.toHaveBeenCalled();
    expect(element.textContent).toContain('certificateTemplates.colorInvalid');
    expect(element.textContent).toContain('validation.required');
  });
});
