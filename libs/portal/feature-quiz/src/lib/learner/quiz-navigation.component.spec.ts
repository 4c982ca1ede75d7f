import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import type { AttemptQuestion } from './quiz-attempt.store';
import { QuizNavigationComponent } from './quiz-navigation.component';

const question = (number: number, answered: boolean, flagged: boolean): AttemptQuestion => ({
  slot: number - 1,
  number,
  page: number - 1,
  type: 'truefalse',
  html: '<p>?</p>',
  maxMark: 1,
  view: {},
  response: answered ? { value: true } : null,
  answered,
  flagged,
  saveStatus: null,
  saveError: null,
});

async function render(questions: AttemptQuestion[], visibleSlots: number[]) {
  await TestBed.configureTestingModule({
    imports: [
      QuizNavigationComponent,
      TranslocoTestingModule.forRoot({
        langs: {
          id: {
            quiz: {
              nav: { questionLabel: 'Soal {{number}}, {{state}}{{flag}}', answered: 'sudah dijawab', notAnswered: 'belum dijawab', flagged: ', ditandai' },
            },
          },
        },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      {
        provide: MatIconRegistry,
        useValue: { getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')), getDefaultFontSetClass: () => [] },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(QuizNavigationComponent);
  fixture.componentRef.setInput('questions', questions);
  fixture.componentRef.setInput('visibleSlots', visibleSlots);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('QuizNavigationComponent', () => {
  it('says in each button whether its question is answered and flagged, not by colour alone', async () => {
    const { element } = await render([question(1, true, false), question(2, false, true), question(3, true, true)], [1]);

    const labels = [...element.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'));
    expect(labels).toEqual(['Soal 1, sudah dijawab', 'Soal 2, belum dijawab, ditandai', 'Soal 3, sudah dijawab, ditandai']);
    expect(element.querySelectorAll('[data-testid="quiz-nav-3"] mat-icon')).toHaveLength(2);
  });

  it('marks the questions on screen as the current step and reports the one chosen', async () => {
    const { fixture, element } = await render([question(1, false, false), question(2, false, false)], [1]);
    const chosen: number[] = [];
    fixture.componentInstance.selectQuestion.subscribe((slot) => chosen.push(slot));

    expect(element.querySelector('[data-testid="quiz-nav-2"]')?.getAttribute('aria-current')).toBe('step');
    expect(element.querySelector('[data-testid="quiz-nav-1"]')?.getAttribute('aria-current')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="quiz-nav-1"]')?.click();
    expect(chosen).toEqual([0]);
  });
});
