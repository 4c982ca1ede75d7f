import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** "4,2 MB" in the active language. */
export function formatFileSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

@Pipe({ name: 'tunasFileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined ? '' : formatFileSize(bytes, this.transloco.getActiveLang());
  }
}
