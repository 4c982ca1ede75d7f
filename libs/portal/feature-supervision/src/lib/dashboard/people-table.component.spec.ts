import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SupervisedPersonRow } from '@tunas/portal/data-access/supervision';
import { PeopleTableComponent } from './people-table.component';

function person(userId: string, name: string, jp: number): SupervisedPersonRow {
  return { userId, name, nip: null, asnType: 'PNS', unitId: 'u', unitName: 'Rakumpit', jp, target: 20, behindBy: Math.max(0, 20 - jp), reached: jp >= 20, completions: 0, averageScore: null };
}

async function render(people: SupervisedPersonRow[]) {
  await TestBed.configureTestingModule({
    imports: [
      PeopleTableComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { supervision: { people: { select: 'Pilih {{name}}', name: 'Nama', onlyBehind: 'Hanya yang tertinggal' } } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([])],
  }).compileComponents();
  const fixture = TestBed.createComponent(PeopleTableComponent);
  fixture.componentRef.setInput('people', people);
  fixture.componentRef.setInput('year', 2026);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const names = () => [...element.querySelectorAll('tbody th a')].map((link) => link.textContent?.trim());
  return { fixture, element, names };
}

describe('PeopleTableComponent', () => {
  const people = [person('1', 'Citra', 24), person('2', 'Ahmad', 4), person('3', 'Bayu', 12)];

  it('sorts by a column heading and says so to screen readers', async () => {
    const { fixture, element, names } = await render(people);
    expect(names()).toEqual(['Ahmad', 'Bayu', 'Citra']);

    (element.querySelector('[data-testid="supervision-sort-name"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(names()).toEqual(['Ahmad', 'Bayu', 'Citra']);
    expect(element.querySelector('[data-testid="supervision-sort-name"]')?.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    (element.querySelector('[data-testid="supervision-sort-name"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(names()).toEqual(['Citra', 'Bayu', 'Ahmad']);
  });

  it('hides those who reached their target with "hanya yang tertinggal"', async () => {
    const { fixture, element, names } = await render(people);
    (element.querySelector('[data-testid="supervision-only-behind"] input') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(names()).toEqual(['Ahmad', 'Bayu']);
  });

  it('selects everyone shown with the heading checkbox, each labelled by name', async () => {
    const { fixture, element } = await render(people);
    expect(element.querySelector('tbody input[type=checkbox]')?.getAttribute('aria-label')).toBe('Pilih Ahmad');
    (element.querySelector('[data-testid="supervision-select-all"]') as HTMLInputElement).click();
    await fixture.whenStable();
    expect([...fixture.componentInstance.selected()].sort()).toEqual(['1', '2', '3']);
  });
});
