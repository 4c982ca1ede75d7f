import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MatIconRegistry } from '@angular/material/icon';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore } from '@tunas/portal/data-access';
import { of } from 'rxjs';
import { LoginPageComponent } from './login-page.component';

function failure(code: string, reason?: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'English text', extensions: { code, reason } }] });
}

async function render(login: jest.Mock) {
  await TestBed.configureTestingModule({
    imports: [
      LoginPageComponent,
      TranslocoTestingModule.forRoot({
        langs: {
          id: {
            errors: {
              reason: {
                INVALID_CREDENTIALS: 'NIP/email atau kata sandi salah.',
                ACCOUNT_DISABLED: 'Akun Anda dinonaktifkan.',
              },
              code: { TOO_MANY_REQUESTS: 'Terlalu banyak percobaan.' },
            },
          },
        },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: AuthStore, useValue: { login } },
      {
        provide: MatIconRegistry,
        useValue: {
          getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
          getDefaultFontSetClass: () => [],
        },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(LoginPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = (testId: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    await fixture.whenStable();
  };
  return { fixture, element, type, submit };
}

describe('LoginPageComponent', () => {
  it('signs in and goes where the person was heading', async () => {
    const login = jest.fn().mockResolvedValue(undefined);
    const { fixture, type, submit } = await render(login);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('kembali', '/admin/pengguna');

    type('login-identifier', '199001012015012001');
    type('login-password', 'Tunas#2026');
    await submit();

    expect(login).toHaveBeenCalledWith('199001012015012001', 'Tunas#2026');
    expect(navigate).toHaveBeenCalledWith('/admin/pengguna');
  });

  it('never follows a return address to another site', async () => {
    const { fixture, type, submit } = await render(jest.fn().mockResolvedValue(undefined));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('kembali', '//evil.example/phish');

    type('login-identifier', 'pelajar@tunas.test');
    type('login-password', 'Tunas#2026');
    await submit();

    expect(navigate).toHaveBeenCalledWith('/');
  });

  it.each([
    ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'NIP/email atau kata sandi salah.'],
    ['FORBIDDEN', 'ACCOUNT_DISABLED', 'Akun Anda dinonaktifkan.'],
    ['TOO_MANY_REQUESTS', undefined, 'Terlalu banyak percobaan.'],
  ])('explains a %s/%s refusal clearly', async (code, reason, message) => {
    const { element, type, submit } = await render(jest.fn().mockRejectedValue(failure(code, reason)));

    type('login-identifier', 'pelajar@tunas.test');
    type('login-password', 'wrong');
    await submit();

    expect(element.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe(message);
    expect(element.querySelector<HTMLInputElement>('[data-testid="login-password"]')?.value).toBe('');
  });

  it('does not call the API with empty fields', async () => {
    const login = jest.fn();
    const { submit } = await render(login);

    await submit();

    expect(login).not.toHaveBeenCalled();
  });
});
