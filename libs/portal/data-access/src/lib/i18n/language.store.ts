import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, PORTAL_LANGUAGES, type PortalLanguage, isPortalLanguage } from './portal-language.model';

export const LANGUAGE_STORAGE_KEY = 'tunas.language';

/** The portal's language: Bahasa Indonesia unless the person chose English on this device. */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<PortalLanguage>(this.readStoredLanguage());

  readonly language = computed(() => this.state());
  readonly languages = PORTAL_LANGUAGES;

  /** Loads the chosen language before the first render, so no key ever flashes on screen. */
  async init(): Promise<void> {
    const language = this.state();
    await firstValueFrom(this.transloco.load(language));
    this.apply(language);
  }

  select(language: PortalLanguage): void {
    if (language === this.state()) {
      return;
    }
    this.state.set(language);
    this.persist(language);
    this.apply(language);
  }

  private apply(language: PortalLanguage): void {
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }

  private readStoredLanguage(): PortalLanguage {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isPortalLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      // Storage can be blocked (private mode, strict settings): fall back quietly.
      return DEFAULT_LANGUAGE;
    }
  }

  private persist(language: PortalLanguage): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }
}
