import { type EnvironmentProviders, inject, isDevMode, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { LanguageStore } from './language.store';
import { DEFAULT_LANGUAGE, PORTAL_LANGUAGES } from './portal-language.model';
import { TranslocoHttpLoader } from './transloco-http.loader';

/** Transloco with Bahasa Indonesia as default and fallback, switchable at run time. */
export function providePortalI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...PORTAL_LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() => inject(LanguageStore).init()),
  ]);
}
