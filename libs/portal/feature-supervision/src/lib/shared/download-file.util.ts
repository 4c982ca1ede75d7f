import type { SupervisionExportFile } from '@tunas/portal/data-access/supervision';

/** Hands a Blob to the browser as a file download, then lets its object URL go. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** An export as a Blob: XLSX arrives base64-encoded, CSV as UTF-8 text (with its BOM). */
export function exportBlob(file: SupervisionExportFile): Blob {
  if (file.encoding === 'base64') {
    const binary = atob(file.content);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new Blob([bytes], { type: file.contentType });
  }
  return new Blob([file.content], { type: file.contentType });
}
