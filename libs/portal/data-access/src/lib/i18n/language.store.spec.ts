import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { LANGUAGE_STORAGE_KEY, LanguageStore } from './language.store';

function setUp(): { store: LanguageStore; transloco: TranslocoService; document: Document } {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { id: { hello: 'Halo' }, en: { hello: 'Hello' } },
        translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
  });
  return {
    store: TestBed.inject(LanguageStore),
    transloco: TestBed.inject(TranslocoService),
    document: TestBed.inject(DOCUMENT),
  };
}

describe('LanguageStore', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Bahasa Indonesia and says so in <html lang>', async () => {
    const { store, transloco, document } = setUp();

    await store.init();

    expect(store.language()).toBe('id');
    expect(transloco.getActiveLang()).toBe('id');
    expect(document.documentElement.lang).toBe('id');
  });

  it('switches the language at run time, remembers it and updates <html lang>', async () => {
    const { store, transloco, document } = setUp();
    await store.init();

    store.select('en');

    expect(store.language()).toBe('en');
    expect(transloco.translate('hello')).toBe('Hello');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the language chosen earlier on this device', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { store, transloco } = setUp();

    await store.init();

    expect(store.language()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
  });

  it('ignores a stored value that is not a portal language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    const { store } = setUp();

    await store.init();

    expect(store.language()).toBe('id');
  });
});
