import type { MaterialKind } from '@tunas/api/core';
import { MaterialsException, MaterialsExceptionCode } from '../materials.exception';
import { ACCEPTED_TYPES, contentTypeFor } from './material-kinds';
import { extensionOf } from './file-name';

export interface DetectedFile {
  /** The extension of what the magic bytes say the file is. */
  detected: string;
  contentType: string;
  /** The file name with an extension that matches its content (added when the declared name had none). */
  fileName: string;
}

type FileTypeModule = typeof import('file-type');
let fileTypeModule: Promise<FileTypeModule> | null = null;

/** `file-type` is an ES module: loaded on first use through `import()` (Node 20.19+ resolves the compiled require). */
function fileType(): Promise<FileTypeModule> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

/**
 * Reads the file's magic bytes and checks them against the declared kind and the file name's extension. A PDF
 * named "modul.pdf" uploaded as a document passes; a Windows executable, a text file or a PNG declared as a PDF is
 * refused with a message naming what was found.
 */
export async function sniffUpload(path: string, kind: MaterialKind, fileName: string): Promise<DetectedFile> {
  const result = await (await fileType()).fileTypeFromFile(path);
  return matchDetected(kind, fileName, result ? { ext: result.ext, mime: result.mime } : null);
}

/** The pure part of `sniffUpload`, given what `file-type` detected (null when it recognised nothing). */
export function matchDetected(kind: MaterialKind, fileName: string, result: { ext: string; mime: string } | null): DetectedFile {
  const accepted = ACCEPTED_TYPES[kind];
  const allowed = Object.values(accepted).flat();
  const declared = extensionOf(fileName);
  if (!result) {
    throw mismatch(`The content of "${fileName}" is not a recognised ${kind} file (expected ${allowed.join(', ')})`);
  }
  const extensions = accepted[result.ext];
  if (!extensions) {
    throw mismatch(`"${fileName}" contains ${result.ext.toUpperCase()} data (${result.mime}), which is not accepted as ${kind} (expected ${allowed.join(', ')})`);
  }
  if (declared && !extensions.includes(declared)) {
    throw mismatch(`"${fileName}" is named .${declared} but contains ${result.ext.toUpperCase()} data (${result.mime})`);
  }
  return { detected: result.ext, contentType: contentTypeFor(kind, result.ext, result.mime), fileName: declared ? fileName : `${fileName}.${extensions[0]}` };
}

function mismatch(message: string): MaterialsException {
  return new MaterialsException(MaterialsExceptionCode.FileTypeMismatch, message);
}
