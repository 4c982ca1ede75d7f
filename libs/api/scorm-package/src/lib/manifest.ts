import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ScormItem, ScormManifest, ScormOrganization, ScormPackageError, ScormResource } from './types';

/** A parsed XML element: attributes under `@_name` (namespace prefixes removed), text under `#text`. */
type XmlNode = { [key: string]: unknown };

const ARRAY_TAGS = new Set(['organization', 'item', 'resource', 'file', 'dependency', 'organizations', 'resources', 'metadata', 'schemaversion', 'schema', 'map']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (tagName) => ARRAY_TAGS.has(tagName),
});

function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': String(v) }));
}

function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return children(node, tag)[0];
}

function attr(node: XmlNode | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  if (value === undefined || value === null) return null;
  return String(value);
}

/** First attribute among several spellings (adlcp:scormtype in 1.2, adlcp:scormType in 2004). */
function attrAny(node: XmlNode | undefined, ...names: string[]): string | null {
  for (const name of names) {
    const value = attr(node, name);
    if (value !== null) return value;
  }
  return null;
}

function text(node: XmlNode | undefined): string | null {
  if (node === undefined) return null;
  const value = node['#text'];
  if (value === undefined || value === null) return null;
  return String(value).trim();
}

function childText(node: XmlNode | undefined, ...tags: string[]): string | null {
  for (const tag of tags) {
    const found = child(node, tag);
    if (found !== undefined) return text(found) ?? '';
  }
  return null;
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || value.startsWith('//');
}

/** Joins xml:base values and an href the way a URL resolver does for relative paths. */
function joinBase(base: string | null, href: string): string {
  if (!base || isAbsoluteUrl(href) || href.startsWith('/')) return href;
  return base.endsWith('/') ? base + href : `${base}/${href}`;
}

function combineBases(...bases: Array<string | null>): string | null {
  let result: string | null = null;
  for (const base of bases) {
    if (!base) continue;
    result = result === null || isAbsoluteUrl(base) ? base : joinBase(result, base);
  }
  return result;
}

/** Removes `./` and resolves `x/../` inside a relative path; returns null if it climbs out of the package. */
function normaliseRelative(path: string): string | null {
  const [pathPart, ...rest] = path.split(/(?=[?#])/);
  const out: string[] = [];
  for (const segment of pathPart.replace(/\\/g, '/').split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
      continue;
    }
    out.push(segment);
  }
  return out.join('/') + rest.join('');
}

/**
 * Appends item parameters to a launch URL as SCORM CAM describes: a leading `?` or `&` is dropped; `#fragment`
 * is appended unless the URL already has one; otherwise joined with `&` if the URL has a query, else `?`.
 */
export function joinLaunchParameters(href: string, parameters: string | null): string {
  if (!parameters) return href;
  let params = parameters.trim();
  while (params.startsWith('?') || params.startsWith('&')) params = params.slice(1);
  if (params === '') return href;
  if (params.startsWith('#')) return href.includes('#') ? href : href + params;
  const hashAt = href.indexOf('#');
  const base = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  return `${base}${base.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** The package-relative file a launch URL points at (query and fragment removed), or null for external URLs. */
export function launchFilePath(launch: string): string | null {
  if (isAbsoluteUrl(launch)) return null;
  const path = launch.split(/[?#]/)[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function parseNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function scormTypeOf(value: string | null): 'sco' | 'asset' | null {
  const v = value?.trim().toLowerCase();
  return v === 'sco' || v === 'asset' ? v : null;
}

function detectVersion(
  xml: string,
  schemaVersion: string | null,
  usesCamelScormType: boolean,
  usesLowerScormType: boolean,
  warnings: string[],
): { version: '1.2' | '2004'; edition: string | null } {
  const sv = schemaVersion?.trim().toLowerCase() ?? '';
  const editionOf = (v: string): string | null => {
    if (/4th/.test(v)) return '4th';
    if (/3rd/.test(v)) return '3rd';
    if (/2nd|cam 1\.3|^1\.3$/.test(v)) return '2nd';
    return null;
  };
  if (sv === '1.2') return { version: '1.2', edition: null };
  if (/2004|cam 1\.3|^1\.3$/.test(sv)) return { version: '2004', edition: editionOf(sv) };
  if (sv !== '') warnings.push(`The schemaversion '${schemaVersion}' is unknown; the SCORM version was guessed from the namespaces.`);
  const ns12 = /imscp_rootv1p1p2|adlcp_rootv1p2/.test(xml);
  const ns2004 = /adlcp_v1p3|imsss|adlseq_v1p3|adlnav_v1p3/.test(xml) || /imscp_v1p1["'\s]/.test(xml);
  let version: '1.2' | '2004';
  if (usesCamelScormType || (ns2004 && !ns12 && !usesLowerScormType)) version = '2004';
  else version = '1.2';
  if (sv === '') {
    warnings.push(`The manifest has no schemaversion; it was read as SCORM ${version} from its namespaces and attributes.`);
  }
  return { version, edition: version === '2004' ? editionOf(sv) : null };
}

/** Parses imsmanifest.xml; throws ScormPackageError naming the problem. */
export function parseScormManifest(xml: string): ScormManifest {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new ScormPackageError('MANIFEST_MALFORMED', 'imsmanifest.xml is empty.', 'imsmanifest.xml');
  }
  const source = xml.replace(/^\uFEFF/, '');
  // Entity declarations are refused outright: no XXE, no billion laughs.
  if (/<!ENTITY/i.test(source) || /<!DOCTYPE[^>]*\[/i.test(source)) {
    throw new ScormPackageError(
      'MANIFEST_MALFORMED',
      'imsmanifest.xml declares a DOCTYPE with entities, which is not allowed in a SCORM manifest.',
      'imsmanifest.xml',
    );
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ScormPackageError(
      'MANIFEST_MALFORMED',
      `imsmanifest.xml is not well-formed XML: ${msg} (line ${line}, column ${col}).`,
      'imsmanifest.xml',
    );
  }
  let document: XmlNode;
  try {
    document = parser.parse(source) as XmlNode;
  } catch (error) {
    throw new ScormPackageError('MANIFEST_MALFORMED', `imsmanifest.xml cannot be parsed: ${(error as Error).message}`, 'imsmanifest.xml');
  }
  const root = document['manifest'];
  if (root === undefined || typeof root !== 'object' || root === null) {
    throw new ScormPackageError('MANIFEST_INVALID', 'imsmanifest.xml has no <manifest> root element.', 'imsmanifest.xml');
  }
  const manifest = root as XmlNode;
  const warnings: string[] = [];

  const identifier = attr(manifest, 'identifier');
  if (!identifier) warnings.push('The manifest has no identifier attribute.');

  const metadata = child(manifest, 'metadata');
  const schemaVersion = childText(metadata, 'schemaversion');
  const schema = childText(metadata, 'schema');
  if (schema !== null && schema !== '' && !/adl scorm/i.test(schema)) {
    warnings.push(`The manifest's schema is '${schema}', not 'ADL SCORM'.`);
  }
  const usesCamel = /\bscormType\s*=/.test(source);
  const usesLower = /\bscormtype\s*=/.test(source);
  const { version, edition } = detectVersion(source, schemaVersion, usesCamel, usesLower, warnings);

  if (children(manifest, 'manifest').length > 0) {
    warnings.push('The manifest contains sub-manifests; they are ignored.');
  }

  // Resources
  const manifestBase = attr(manifest, 'base');
  const resourcesNode = child(manifest, 'resources');
  const resourcesBase = attr(resourcesNode, 'base');
  const resources: ScormResource[] = [];
  const resourceById = new Map<string, ScormResource>();
  children(resourcesNode, 'resource').forEach((node, index) => {
    const id = attr(node, 'identifier');
    if (!id) {
      throw new ScormPackageError(
        'MANIFEST_INVALID',
        `Resource number ${index + 1}${attr(node, 'href') ? ` (href '${attr(node, 'href')}')` : ''} has no identifier.`,
        'resources',
      );
    }
    if (resourceById.has(id)) {
      throw new ScormPackageError('MANIFEST_DUPLICATE_IDENTIFIER', `The manifest declares resource '${id}' more than once.`, id);
    }
    const rawType = attrAny(node, 'scormType', 'scormtype', 'SCORMTYPE', 'ScormType');
    const scormType = scormTypeOf(rawType);
    if (rawType !== null && scormType === null) {
      warnings.push(`Resource '${id}' has the unknown scormType '${rawType}'.`);
    } else if (rawType === null && version === '2004' && (attr(node, 'type') ?? '').toLowerCase() === 'webcontent') {
      warnings.push(`Resource '${id}' has no adlcp:scormType, which SCORM 2004 requires; it is played as an asset.`);
    }
    const ownBase = attr(node, 'base');
    const xmlBase = combineBases(manifestBase, resourcesBase, ownBase);
    const resource: ScormResource = {
      identifier: id,
      type: attr(node, 'type') ?? '',
      scormType,
      href: attr(node, 'href'),
      xmlBase,
      files: children(node, 'file')
        .map((file) => attr(file, 'href'))
        .filter((href): href is string => !!href)
        .map((href) => joinBase(xmlBase, href)),
      dependencies: children(node, 'dependency')
        .map((dep) => attr(dep, 'identifierref'))
        .filter((ref): ref is string => !!ref),
    };
    resources.push(resource);
    resourceById.set(id, resource);
  });
  for (const resource of resources) {
    for (const dep of resource.dependencies) {
      if (!resourceById.has(dep)) {
        warnings.push(`Resource '${resource.identifier}' depends on resource '${dep}', which the manifest does not declare.`);
      }
    }
  }

  // Organizations
  const organizationsNode = child(manifest, 'organizations');
  const orgNodes = children(organizationsNode, 'organization');
  if (orgNodes.length === 0) {
    throw new ScormPackageError(
      'MANIFEST_NO_ORGANIZATION',
      'The manifest declares no <organization>, so it has nothing a learner can launch.',
      'organizations',
    );
  }
  const itemIds = new Set<string>();
  const readItem = (node: XmlNode, orgId: string, path: string): ScormItem => {
    const id = attr(node, 'identifier');
    if (!id) {
      throw new ScormPackageError('MANIFEST_INVALID', `An item in organization '${orgId}' (${path}) has no identifier.`, orgId);
    }
    if (itemIds.has(id)) {
      throw new ScormPackageError('MANIFEST_DUPLICATE_IDENTIFIER', `The manifest declares item '${id}' more than once.`, id);
    }
    itemIds.add(id);
    let title = childText(node, 'title');
    if (!title) {
      warnings.push(`Item '${id}' has no title; its identifier is shown instead.`);
      title = id;
    }
    const identifierref = attr(node, 'identifierref');
    const parameters = attr(node, 'parameters');
    const itemChildren = children(node, 'item').map((c, i) => readItem(c, orgId, `${path}.${i + 1}`));
    let launch: string | null = null;
    let scormType: 'sco' | 'asset' | null = null;
    if (identifierref) {
      const resource = resourceById.get(identifierref);
      if (!resource) {
        warnings.push(`Item '${id}' points at resource '${identifierref}', which the manifest does not declare; it cannot be launched.`);
      } else {
        scormType = resource.scormType;
        if (!resource.href) {
          warnings.push(`Item '${id}' points at resource '${identifierref}', which has no href; it cannot be launched.`);
        } else {
          const joined = joinBase(resource.xmlBase, resource.href);
          if (isAbsoluteUrl(joined)) {
            warnings.push(`Item '${id}' launches the external URL '${joined}'.`);
            launch = joinLaunchParameters(joined, parameters);
          } else {
            const relative = normaliseRelative(joined);
            if (relative === null || relative === '') {
              throw new ScormPackageError(
                'MANIFEST_INVALID',
                `Resource '${identifierref}' has the href '${joined}', which points outside the package.`,
                identifierref,
              );
            }
            launch = joinLaunchParameters(relative, parameters);
          }
        }
      }
    } else if (itemChildren.length === 0) {
      warnings.push(`Item '${id}' has neither a resource nor child items.`);
    }
    const completion = child(node, 'completionThreshold');
    const completionThreshold =
      completion === undefined
        ? null
        : (parseNumber(attr(completion, 'minProgressMeasure')) ??
          parseNumber(text(completion)) ??
          (attr(completion, 'completedByMeasure') === 'true' ? 1 : null));
    const isVisibleRaw = attr(node, 'isvisible');
    return {
      identifier: id,
      title,
      identifierref,
      launch,
      scormType,
      parameters,
      isVisible: isVisibleRaw === null ? true : isVisibleRaw.trim().toLowerCase() !== 'false',
      dataFromLMS: childText(node, 'datafromlms', 'dataFromLMS', 'dataFromLms'),
      masteryScore: parseNumber(childText(node, 'masteryscore', 'masteryScore')),
      completionThreshold,
      hasSequencing: child(node, 'sequencing') !== undefined,
      scaledPassingScore: scaledPassingScoreOf(child(node, 'sequencing')),
      timeLimitAction: childText(node, 'timeLimitAction', 'timelimitaction') || null,
      maxTimeAllowed:
        childText(node, 'maxtimeallowed', 'maxTimeAllowed') ||
        attr(child(child(node, 'sequencing'), 'limitConditions'), 'attemptAbsoluteDurationLimit') ||
        null,
      sharedDataMaps: children(child(node, 'data'), 'map')
        .filter((map) => !!attr(map, 'targetID'))
        .map((map) => ({
          targetId: attr(map, 'targetID') as string,
          readSharedData: attr(map, 'readSharedData')?.trim() !== 'false',
          writeSharedData: attr(map, 'writeSharedData')?.trim() !== 'false',
        })),
      children: itemChildren,
    };
  };
  const organizations: ScormOrganization[] = orgNodes.map((node, index) => {
    const id = attr(node, 'identifier');
    const title = childText(node, 'title');
    if (!id) {
      throw new ScormPackageError(
        'MANIFEST_INVALID',
        `Organization number ${index + 1}${title ? ` ('${title}')` : ''} has no identifier, which IMS Content Packaging requires.`,
        'organizations',
      );
    }
    if (!title) warnings.push(`Organization '${id}' has no title.`);
    return {
      identifier: id,
      title: title ?? '',
      items: children(node, 'item').map((c, i) => readItem(c, id, `item ${i + 1}`)),
      hasSequencing: child(node, 'sequencing') !== undefined,
    };
  });
  const declaredDefault = attr(organizationsNode, 'default');
  let defaultOrganization: string = organizations[0].identifier;
  if (declaredDefault) {
    if (organizations.some((o) => o.identifier === declaredDefault)) {
      defaultOrganization = declaredDefault;
    } else {
      warnings.push(
        `The default organization '${declaredDefault}' is not declared; the first organization '${defaultOrganization}' is used instead.`,
      );
    }
  }
  const defaultOrg = organizations.find((o) => o.identifier === defaultOrganization) as ScormOrganization;
  if (flattenItems(defaultOrg.items).every((item) => item.launch === null)) {
    const reasons = warnings.filter((w) => w.startsWith('Item ')).join(' ');
    throw new ScormPackageError(
      'MANIFEST_NO_LAUNCH',
      `Organization '${defaultOrganization}' has no item that can be launched.${reasons ? ` ${reasons}` : ''}`,
      defaultOrganization,
    );
  }
  return {
    identifier: identifier ?? '',
    version,
    schemaVersion,
    edition,
    defaultOrganization,
    organizations,
    resources,
    warnings,
    hasSequencingCollection: child(manifest, 'sequencingCollection') !== undefined,
  };
}

function scaledPassingScoreOf(sequencing: XmlNode | undefined): number | null {
  const primary = child(child(sequencing, 'objectives'), 'primaryObjective');
  if (!primary || attr(primary, 'satisfiedByMeasure')?.trim() !== 'true') return null;
  return parseNumber(childText(primary, 'minNormalizedMeasure')) ?? 1;
}

/** All items of a tree, depth first, parents before children. */
export function flattenItems(items: ScormItem[]): ScormItem[] {
  return items.flatMap((item) => [item, ...flattenItems(item.children)]);
}
