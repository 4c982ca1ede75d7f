import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type AdminCertificate, CertificatesAdminApi } from '@tunas/portal/data-access/certification';
import { RevokeCertificateDialogComponent } from './revoke-certificate-dialog.component';

const CERTIFICATE: AdminCertificate = {
  id: '5b0c3a4e-3f57-4f53-9d8a-0b1a2c3d4e5f',
  serial: 'TUNAS/2026/000042',
  learnerName: 'Rina Kahayan',
  learnerNip: null,
  courseTitle: 'Tata Naskah Dinas',
  jpHours: 1,
  issuedAt: '2026-03-12T02:00:00.000Z',
  revokedAt: null,
  revocationReason: null,
  verificationUrl: 'https://tunas.test/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};

async function render(revoke: jest.Mock) {
  const close = jest.fn();
  await TestBed.configureTestingModule({
    imports: [
      RevokeCertificateDialogComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: {} },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: CERTIFICATE },
      { provide: MatDialogRef, useValue: { close } },
      { provide: CertificatesAdminApi, useValue: { revoke } },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(RevokeCertificateDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = async (text: string) => {
    const box = element.querySelector<HTMLTextAreaElement>('[data-testid="revoke-reason"]');
    if (!box) throw new Error('no reason box');
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const confirm = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="revoke-confirm"]')?.click();
    await fixture.whenStable();
    // The request is awaited inside the handler: let it settle.
    await new Promise((settle) => setTimeout(settle));
    await fixture.whenStable();
  };
  return { element, close, type, confirm };
}

describe('RevokeCertificateDialogComponent', () => {
  it('sends nothing while the reason, without surrounding spaces, is shorter than five characters', async () => {
    const revoke = jest.fn();
    const { element, close, type, confirm } = await render(revoke);

    await confirm();
    expect(element.textContent).toContain('validation.required');
    await type('   abc   ');
    await confirm();
    expect(element.textContent).toContain('certificatesAdmin.revoke.reasonTooShort');

    expect(revoke).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('revokes with the trimmed reason and closes with the revoked certificate', async () => {
    const revoked = { ...CERTIFICATE, revokedAt: '2026-03-13T02:00:00.000Z', revocationReason: 'Terdaftar ganda' };
    const revoke = jest.fn().mockResolvedValue(revoked);
    const { close, type, confirm } = await render(revoke);

    await type('  Terdaftar ganda ');
    await confirm();

    expect(revoke).toHaveBeenCalledWith(CERTIFICATE.id, '  Terdaftar ganda ');
    expect(close).toHaveBeenCalledWith(revoked);
  });

  it('stays open and says why when the API refuses', async () => {
    const revoke = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const { element, close, type, confirm } = await render(revoke);

    await type('Nilai kuis tidak sah');
    await confirm();

    expect(close).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="revoke-error"]')).not.toBeNull();
  });
});
