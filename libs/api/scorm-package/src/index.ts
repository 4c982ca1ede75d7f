export * from './lib/types';
export { parseScormManifest, flattenItems, joinLaunchParameters, launchFilePath } from './lib/manifest';
export { importScormPackage, inspectScormZip, launchablesOf, packageTitle } from './lib/package';
export { directoryWriter } from './lib/directory-writer';
export { normaliseEntryPath } from './lib/zip';
