/** What the library shows of a SCORM package, read from the version metadata the API's SCORM processor stored. */
export interface ScormSummary {
  readonly title: string | null;
  readonly version: string | null;
  readonly launchables: readonly { readonly title: string; readonly launch: string }[];
  readonly fileCount: number | null;
}

/** Reads the package summary tolerantly: metadata is JSON the processor owns, so anything unexpected is skipped. */
export function readScormSummary(metadata: unknown): ScormSummary | null {
  if (!isRecord(metadata)) return null;
  const launchables = Array.isArray(metadata['launchables']) ? metadata['launchables'] : [];
  return {
    title: stringOrNull(metadata['title']),
    version: stringOrNull(metadata['version']),
    launchables: launchables.filter(isRecord).map((item) => ({
      title: stringOrNull(item['title']) ?? stringOrNull(item['itemIdentifier']) ?? '',
      launch: stringOrNull(item['launch']) ?? '',
    })),
    fileCount: typeof metadata['fileCount'] === 'number' ? metadata['fileCount'] : null,
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
