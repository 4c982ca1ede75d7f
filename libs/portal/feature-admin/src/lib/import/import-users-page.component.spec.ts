import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type UserImportReport, UsersApi } from '@tunas/portal/data-access';
import { of } from 'rxjs';
import { ImportUsersPageComponent } from './import-users-page.component';

const CSV = 'nip,nama,email,unit_kerja,jenis_asn\n199001012015012001,Siti,siti@instansi.go.id,Sekretariat,PNS\n';

function report(overrides: Partial<UserImportReport>): UserImportReport {
  return { dryRun: true, totalRows: 1, imported: 0, errors: [], activations: [], ...overrides };
}

async function render(importCsv: jest.Mock) {
  await TestBed.configureTestingModule({
    imports: [
      ImportUsersPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: {} },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: UsersApi, useValue: { importCsv } },
      {
        provide: MatIconRegistry,
        useValue: {
          getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
          getDefaultFontSetClass: () => [],
        },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(ImportUsersPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const paste = async (text: string) => {
    const box = byTestId<HTMLTextAreaElement>('import-text');
    if (!box) throw new Error('no text box');
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const click = async (id: string) => {
    byTestId<HTMLButtonElement>(id)?.click();
    await fixture.whenStable();
  };
  return { element, byTestId, paste, click };
}

describe('ImportUsersPageComponent', () => {
  it('imports only after a dry run of the same text found no problems', async () => {
    const importCsv = jest
      .fn()
      .mockResolvedValueOnce(report({}))
      .mockResolvedValueOnce(report({ dryRun: false, imported: 1 }));
    const { byTestId, paste, click } = await render(importCsv);

    await paste(CSV);
    expect(byTestId<HTMLButtonElement>('import-run')?.disabled).toBe(true);

    await click('import-check');
    expect(importCsv).toHaveBeenLastCalledWith(CSV, true);
    expect(byTestId<HTMLButtonElement>('import-run')?.disabled).toBe(false);

    await click('import-run');
    expect(importCsv).toHaveBeenLastCalledWith(CSV, false);
    expect(byTestId('import-result')).not.toBeNull();
  });

  it('lists every bad line with its number and reason, and blocks the import', async () => {
    const importCsv = jest.fn().mockResolvedValue(
      report({
        totalRows: 3,
        errors: [
          { line: 2, reason: 'NIP_LENGTH', nip: '123' },
          { line: 4, reason: 'unit_kerja "Biro X" is unknown', nip: null },
        ],
      }),
    );
    const { element, byTestId, paste, click } = await render(importCsv);

    await paste(CSV);
    await click('import-check');

    const rows = Array.from(element.querySelectorAll('.import-errors tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2', '123', 'errors.rule.NIP_LENGTH'],
      ['4', '—', 'unit_kerja "Biro X" is unknown'],
    ]);
    expect(byTestId<HTMLButtonElement>('import-run')?.disabled).toBe(true);
  });

  it('asks for a new dry run once the text changes', async () => {
    const { byTestId, paste, click } = await render(jest.fn().mockResolvedValue(report({})));

    await paste(CSV);
    await click('import-check');
    await paste(`${CSV}199202022016022002,Budi,budi@instansi.go.id,Sekretariat,PNS\n`);

    expect(byTestId<HTMLButtonElement>('import-run')?.disabled).toBe(true);
  });
});
