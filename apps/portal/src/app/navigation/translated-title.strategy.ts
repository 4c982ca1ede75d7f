import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/** Route titles are translation keys; the tab title follows the language switch. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private titleKey: string | undefined;

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap(() => this.transloco.selectTranslate('app.name')),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.applyTitle());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey = this.buildTitle(snapshot);
    this.applyTitle();
  }

  private applyTitle(): void {
    const appName = this.transloco.translate('app.name');
    this.title.setTitle(this.titleKey ? `${this.transloco.translate(this.titleKey)} · ${appName}` : appName);
  }
}
