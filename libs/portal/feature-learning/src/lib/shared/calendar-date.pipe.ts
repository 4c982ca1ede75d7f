import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * A day in the active language ("3 Feb 2026"). Claimed learning dates are bare days stored as midnight UTC,
 * shown in UTC so a learner in WIB does not see the day before; real moments (a course completed) in local time.
 */
@Pipe({ name: 'calendarDate', pure: false })
export class CalendarDatePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  transform(value: string | null | undefined): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    const bareDay = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
    return this.formatter(bareDay ? 'UTC' : undefined).format(date);
  }

  private formatter(timeZone: 'UTC' | undefined): Intl.DateTimeFormat {
    const language = this.transloco.getActiveLang();
    const cacheKey = `${language}|${timeZone ?? 'local'}`;
    let formatter = this.formatters.get(cacheKey);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
      this.formatters.set(cacheKey, formatter);
    }
    return formatter;
  }
}
