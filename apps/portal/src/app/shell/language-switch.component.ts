import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Readonly<Record<string, { readonly short: string; readonly name: string }>> = {
  id: { short: 'ID', name: 'Bahasa Indonesia' },
  en: { short: 'EN', name: 'English' },
};

/**
 * Two toggle buttons (ID | EN). Plain buttons with aria-pressed keep @angular/forms, which
 * MatButtonToggle needs, out of the first download.
 */
@Component({
  selector: 'tunas-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="'language.switchLabel' | transloco" data-testid="language-switch">
      @for (code of languages(); track code) {
        <button
          type="button"
          class="language-switch__option"
          [attr.lang]="code"
          [attr.aria-label]="accessibleNameOf(code)"
          [attr.aria-pressed]="code === language()"
          [attr.data-testid]="'language-' + code"
          (click)="selectLanguage(code)"
        >
          {{ shortNameOf(code) }}
        </button>
      }
    </div>
  `,
  styles: `
    .language-switch {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 18px;
      overflow: hidden;
    }
    .language-switch__option {
      min-width: 44px;
      height: 36px;
      padding: 0 10px;
      border: 0;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .language-switch__option + .language-switch__option {
      border-inline-start: 1px solid var(--mat-sys-outline);
    }
    .language-switch__option[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 700;
    }
    .language-switch__option:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    .language-switch__option:focus-visible {
      outline: 3px solid var(--mat-sys-tertiary);
      outline-offset: -3px;
    }
  `,
})
export class LanguageSwitchComponent {
  readonly language = input.required<string>();
  readonly languages = input.required<readonly string[]>();
  readonly languageChange = output<string>();

  /** Starts with the visible text ("ID"), so voice control users can say what they see (WCAG 2.5.3). */
  protected accessibleNameOf(code: string): string {
    const names = LANGUAGE_NAMES[code];
    return names ? `${names.short}, ${names.name}` : code;
  }

  protected shortNameOf(code: string): string {
    return LANGUAGE_NAMES[code]?.short ?? code.toUpperCase();
  }

  protected selectLanguage(code: string): void {
    if (code !== this.language()) {
      this.languageChange.emit(code);
    }
  }
}
