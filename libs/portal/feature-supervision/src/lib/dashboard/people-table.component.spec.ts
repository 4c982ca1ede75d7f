import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SupervisedPersonRow } from '@tunas/portal/data-access/supervision';
import { PeopleTableComponent } from './people-table.component';

function person(userId: string, name: string, jp: number): SupervisedPersonRow {
  return { userId, name, nip: null, asnType: 'PNS', unitId: 'u', unitName: 'Rakumpit', jp, target: 20, behindBy: Math.max(0, 20 - jp), reached: jp >= 20, completions: 0, averageScore: null };
}

async function render(rows: SupervisedPersonRow[]) {
  await TestBed.configureTestingModule({
    imports: [
      PeopleTableComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { supervision: { people: { select: 'Pilih {{name}}', name: 'Nama' } } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([])],
  }).compileComponents();
  const fixture = TestBed.createComponent(PeopleTableComponent);
  fixture.componentRef.setInput('rows', rows);
  fixture.componentRef.setInput('total', 40);
  fixture.componentRef.setInput('year', 2026);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const names = () => [...element.querySelectorAll('tbody th a')].map((link) => link.textContent?.trim());
  const sortButton = (key: string) => element.querySelector(`[data-testid="supervision-sort-${key}"]`) as HTMLButtonElement;
  return { fixture, element, names, sortButton };
}

describe('PeopleTableComponent', () => {
  const rows = [person('2', 'Ahmad', 4), person('3', 'Bayu', 12), person('1', 'Citra', 24)];

  it('shows the page in the order the server sent it', async () => {
    const { names } = await render([rows[2], rows[0], rows[1]]);
    expect(names()).toEqual(['Citra', 'Ahmad', 'Bayu']);
  });

  it('asks for another order from a column heading and says so to screen readers', async () => {
    const { fixture, sortButton } = await render(rows);
    expect(fixture.componentInstance.sort()).toEqual({ key: 'behindBy', direction: 'desc' });
    expect(sortButton('behindBy').closest('th')?.getAttribute('aria-sort')).toBe('descending');

    sortButton('name').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.sort()).toEqual({ key: 'name', direction: 'asc' });
    expect(sortButton('name').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(sortButton('behindBy').closest('th')?.hasAttribute('aria-sort')).toBe(false);

    sortButton('name').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.sort()).toEqual({ key: 'name', direction: 'desc' });
  });

  it('selects everyone on the page with the heading checkbox, keeping choices made on other pages', async () => {
    const { fixture, element } = await render(rows);
    fixture.componentInstance.selected.set(new Map([['elsewhere', 'Dian']]));
    await fixture.whenStable();
    expect(element.querySelector('tbody input[type=checkbox]')?.getAttribute('aria-label')).toBe('Pilih Ahmad');
    (element.querySelector('[data-testid="supervision-select-all"]') as HTMLInputElement).click();
    await fixture.whenStable();
    expect([...fixture.componentInstance.selected().entries()].sort()).toEqual([
      ['1', 'Citra'],
      ['2', 'Ahmad'],
      ['3', 'Bayu'],
      ['elsewhere', 'Dian'],
    ]);
    (element.querySelector('[data-testid="supervision-select-all"]') as HTMLInputElement).click();
    await fixture.whenStable();
    expect([...fixture.componentInstance.selected().keys()]).toEqual(['elsewhere']);
  });
});
