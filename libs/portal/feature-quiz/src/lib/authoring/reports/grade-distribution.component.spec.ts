import { inputBinding } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { configureActivityTestBed } from '@tunas/portal/plugin-sdk/testing';
import { GradeDistributionComponent } from './grade-distribution.component';

describe('GradeDistributionComponent', () => {
  async function render(distribution: number[]): Promise<HTMLElement> {
    configureActivityTestBed();
    const fixture = TestBed.createComponent(GradeDistributionComponent, { bindings: [inputBinding('distribution', () => distribution)] });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws each tenth as a bar scaled to the fullest one, hidden from screen readers', async () => {
    const element = await render([0, 0, 0, 0, 0, 1, 2, 4, 2, 1]);
    const bars = [...element.querySelectorAll<HTMLElement>('.chart__bar')].map((bar) => bar.style.height);

    expect(bars).toEqual(['0%', '0%', '0%', '0%', '0%', '25%', '50%', '100%', '50%', '25%']);
    expect(element.querySelector('[data-testid="grade-chart"]')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives the same figures as a table, the last band closed at 100%', async () => {
    const element = await render([3, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

    expect(rows[0]).toEqual(['0–10%', '3']);
    expect(rows[9]).toEqual(['90–100%', '2']);
  });
});
