import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  async function render(language: string) {
    await TestBed.configureTestingModule({
      imports: [
        LanguageSwitchComponent,
        TranslocoTestingModule.forRoot({
          langs: { id: { language: { switchLabel: 'Bahasa tampilan' } } },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    fixture.componentRef.setInput('language', language);
    fixture.componentRef.setInput('languages', ['id', 'en']);
    const chosen: string[] = [];
    fixture.componentInstance.languageChange.subscribe((code) => chosen.push(code));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (code: string) => element.querySelector<HTMLButtonElement>(`[data-testid="language-${code}"]`);
    return { fixture, element, chosen, button };
  }

  it('is a labelled group of buttons named by their visible text and the language in itself', async () => {
    const { element, button } = await render('id');

    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Bahasa tampilan');
    expect(button('id')?.getAttribute('aria-label')).toBe('ID, Bahasa Indonesia');
    expect(button('en')?.getAttribute('aria-label')).toBe('EN, English');
    expect(button('en')?.getAttribute('lang')).toBe('en');
    expect(button('en')?.textContent?.trim()).toBe('EN');
  });

  it('marks the current language as pressed', async () => {
    const { button } = await render('id');

    expect(button('id')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('asks for the other language when it is pressed, and not for the current one', async () => {
    const { button, chosen } = await render('id');

    button('id')?.click();
    button('en')?.click();

    expect(chosen).toEqual(['en']);
  });

  it('follows a language change from outside', async () => {
    const { fixture, button } = await render('id');

    fixture.componentRef.setInput('language', 'en');
    await fixture.whenStable();

    expect(button('en')?.getAttribute('aria-pressed')).toBe('true');
  });
});
