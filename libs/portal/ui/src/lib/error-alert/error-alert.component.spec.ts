import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ErrorAlertComponent } from './error-alert.component';

describe('ErrorAlertComponent', () => {
  async function render(inputs: Record<string, unknown>) {
    await TestBed.configureTestingModule({
      imports: [
        ErrorAlertComponent,
        TranslocoTestingModule.forRoot({
          langs: { id: { errors: { reason: { INVALID_CREDENTIALS: 'NIP/email atau kata sandi salah.' } } } },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(ErrorAlertComponent);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('announces a translated message as an alert', async () => {
    const element = await render({ message: { key: 'errors.reason.INVALID_CREDENTIALS', fallback: 'Invalid' } });

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('NIP/email atau kata sandi salah.');
  });

  it("shows the server's own words when the portal has none", async () => {
    const element = await render({
      message: { key: null, fallback: 'Something clashed' },
      details: [{ field: 'nip', message: { key: null, fallback: 'NIP looks odd' } }],
    });

    expect(element.textContent).toContain('Something clashed');
    expect(element.querySelector('li')?.textContent?.trim()).toBe('NIP looks odd');
  });
});
