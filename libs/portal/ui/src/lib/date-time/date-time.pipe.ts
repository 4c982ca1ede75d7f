import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** Date and time in the active language, in the browser's time zone (WIB/WITA/WIT). */
@Pipe({ name: 'tunasDateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  transform(value: string | null | undefined): string {
    if (!value) {
      return '';
    }
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : this.formatter().format(date);
  }

  private formatter(): Intl.DateTimeFormat {
    const language = this.transloco.getActiveLang();
    let formatter = this.formatters.get(language);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
      this.formatters.set(language, formatter);
    }
    return formatter;
  }
}
