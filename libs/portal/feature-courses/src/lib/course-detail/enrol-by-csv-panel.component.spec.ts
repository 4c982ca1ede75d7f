import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CoursesApi, type EnrolmentReport } from '@tunas/portal/data-access/courses';
import { of } from 'rxjs';
import { EnrolByCsvPanelComponent } from './enrol-by-csv-panel.component';

async function render(report: EnrolmentReport) {
  const enrolByCsv = jest.fn().mockResolvedValue(report);
  await TestBed.configureTestingModule({
    imports: [
      EnrolByCsvPanelComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { enrolCsv: { summary: '{{ enrolled }} terdaftar, {{ already }} sudah terdaftar, {{ bad }} bermasalah.' } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      { provide: CoursesApi, useValue: { enrolByCsv } },
      {
        provide: MatIconRegistry,
        useValue: {
          getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
          getDefaultFontSetClass: () => [],
        },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(EnrolByCsvPanelComponent);
  fixture.componentRef.setInput('courseId', 'course-1');
  fixture.componentRef.setInput('courseTitle', 'Teknik Fasilitasi Partisipatif');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const box = element.querySelector<HTMLTextAreaElement>('[data-testid="enrol-csv-text"]');
  if (!box) throw new Error('no text box');
  box.value = 'nip\n199003152015032001\n12345\n';
  box.dispatchEvent(new Event('input'));
  await fixture.whenStable();
  element.querySelector<HTMLButtonElement>('[data-testid="enrol-csv-run"]')?.click();
  await fixture.whenStable();
  return { element, enrolByCsv };
}

describe('EnrolByCsvPanelComponent', () => {
  it('enrols from the pasted CSV and reports enrolled, already enrolled and every bad line with its number', async () => {
    const { element, enrolByCsv } = await render({
      enrolled: 1,
      alreadyEnrolled: 2,
      errors: [{ line: 3, nip: '12345', reason: 'nip "12345" must have 18 digits' }],
    });

    expect(enrolByCsv).toHaveBeenCalledWith('course-1', 'nip\n199003152015032001\n12345\n');
    expect(element.querySelector('[data-testid="enrol-csv-report"]')?.textContent?.trim()).toBe('1 terdaftar, 2 sudah terdaftar, 1 bermasalah.');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([['3', '12345', 'nip "12345" must have 18 digits']]);
  });
});
