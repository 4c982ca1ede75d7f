import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LearningApi } from '@tunas/portal/data-access/learning';
import { of } from 'rxjs';
import { EVIDENCE_MAX_BYTES } from './evidence-file.util';
import { ExternalLearningFormPageComponent } from './external-learning-form-page.component';

const EVIDENCE_WORDS = { type: 'Berkas harus PDF, JPG, atau PNG.', tooLarge: 'Berkas lebih dari 5 MB.', missing: 'Pilih berkas bukti.', empty: 'Berkas kosong.' };

async function render() {
  const submitExternalLearning = jest.fn().mockResolvedValue({ id: 'claim-1' });
  await TestBed.configureTestingModule({
    imports: [
      ExternalLearningFormPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { learning: { form: { evidence: EVIDENCE_WORDS } } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([{ path: 'catatan-belajar', children: [] }]),
      { provide: LearningApi, useValue: { submitExternalLearning } },
      {
        provide: MatIconRegistry,
        useValue: { getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')), getDefaultFontSetClass: () => [] },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(ExternalLearningFormPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(testId: string): T => {
    const found = element.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`No element ${testId}`);
    return found;
  };
  const pick = async (file: File) => {
    const input = byTestId<HTMLInputElement>('claim-evidence');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const fill = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    byTestId<HTMLButtonElement>('claim-submit').click();
    await fixture.whenStable();
  };
  const evidenceError = () => element.querySelector('[data-testid="claim-evidence-error"]')?.textContent?.trim() ?? null;
  return { element, pick, fill, submit, evidenceError, submitExternalLearning };
}

async function fillDetails(fill: (testId: string, value: string) => Promise<void>): Promise<void> {
  await fill('claim-title', 'Diklat Kepemimpinan');
  await fill('claim-provider', 'BPSDM Kalimantan Tengah');
  await fill('claim-started', '2026-03-02');
  await fill('claim-ended', '2026-03-04');
  await fill('claim-jp', '12');
}

describe('ExternalLearningFormPageComponent', () => {
  it('refuses a file that is not a PDF, JPEG or PNG and says so', async () => {
    const { pick, evidenceError } = await render();

    await pick(new File(['halo'], 'catatan.txt', { type: 'text/plain' }));

    expect(evidenceError()).toBe(EVIDENCE_WORDS.type);
  });

  it('refuses a file over 5 MB without sending it', async () => {
    const { pick, fill, submit, evidenceError, submitExternalLearning } = await render();
    await fillDetails(fill);

    await pick(new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], 'pindai.pdf', { type: 'application/pdf' }));
    await submit();

    expect(evidenceError()).toBe(EVIDENCE_WORDS.tooLarge);
    expect(submitExternalLearning).not.toHaveBeenCalled();
  });

  it('asks for evidence when none was picked', async () => {
    const { fill, submit, evidenceError, submitExternalLearning } = await render();
    await fillDetails(fill);

    await submit();

    expect(evidenceError()).toBe(EVIDENCE_WORDS.missing);
    expect(submitExternalLearning).not.toHaveBeenCalled();
  });

  it('sends the claim with the evidence as base64', async () => {
    const { pick, fill, submit, submitExternalLearning } = await render();
    await fillDetails(fill);

    await pick(new File(['%PDF-1.4'], 'sertifikat.pdf', { type: 'application/pdf' }));
    await submit();
    await new Promise((wait) => setTimeout(wait, 20));

    expect(submitExternalLearning).toHaveBeenCalledWith({
      title: 'Diklat Kepemimpinan',
      provider: 'BPSDM Kalimantan Tengah',
      startedOn: '2026-03-02',
      endedOn: '2026-03-04',
      jpHours: 12,
      competencyType: 'TEKNIS',
      route: 'KLASIKAL',
      evidence: { fileName: 'sertifikat.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
    });
  });
});
