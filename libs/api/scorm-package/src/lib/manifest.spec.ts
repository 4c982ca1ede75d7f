import { joinLaunchParameters, parseScormManifest, ScormPackageError } from '../index';

const manifest2004 = (body: string, extra = '') => `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" ${extra}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  ${body}
</manifest>`;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScormPackageError);
    return (error as ScormPackageError).code;
  }
  return undefined;
}

describe('joinLaunchParameters', () => {
  it.each([
    ['a.html', '?x=1', 'a.html?x=1'],
    ['a.html', 'x=1', 'a.html?x=1'],
    ['a.html?y=2', '?x=1', 'a.html?y=2&x=1'],
    ['a.html?y=2', '&x=1', 'a.html?y=2&x=1'],
    ['a.html', '#frag', 'a.html#frag'],
    ['a.html#old', '#frag', 'a.html#old'],
    ['a.html#top', 'x=1', 'a.html?x=1#top'],
    ['a.html', null, 'a.html'],
  ])('%s + %s = %s', (href, parameters, expected) => {
    expect(joinLaunchParameters(href, parameters)).toBe(expected);
  });
});

describe('parseScormManifest', () => {
  it('applies xml:base of manifest, resources and resource, and item parameters', () => {
    const m = parseScormManifest(
      manifest2004(
        `<organizations default="o"><organization identifier="o"><title>O</title>
          <item identifier="i" identifierref="r" parameters="?tc=DMI&amp;act=1"><title>I</title>
            <adlcp:dataFromLMS>Launch Data</adlcp:dataFromLMS>
            <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"/>
          </item></organization></organizations>
         <resources xml:base="res/"><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="start.htm?a=b" xml:base="sco1/">
           <file href="start.htm"/></resource></resources>`,
        'xml:base="content/"',
      ),
    );
    expect(m.version).toBe('2004');
    expect(m.edition).toBe('4th');
    const item = m.organizations[0].items[0];
    expect(item.launch).toBe('content/res/sco1/start.htm?a=b&tc=DMI&act=1');
    expect(item.dataFromLMS).toBe('Launch Data');
    expect(item.completionThreshold).toBe(0.8);
    expect(m.resources[0]).toMatchObject({ xmlBase: 'content/res/sco1/', href: 'start.htm?a=b', files: ['content/res/sco1/start.htm'] });
  });

  it('detects SCORM 1.2 from its namespace when schemaversion is missing, and warns', () => {
    const m = parseScormManifest(`<manifest identifier="x" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"><organizations default="o"><organization identifier="o"><title>T</title>
      <item identifier="i" identifierref="r"><title>I</title><adlcp:masteryscore>80</adlcp:masteryscore></item></organization></organizations>
      <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="a.html"/></resources></manifest>`);
    expect(m.version).toBe('1.2');
    expect(m.organizations[0].items[0].masteryScore).toBe(80);
    expect(m.warnings.join(' ')).toContain('no schemaversion');
  });

  it('refuses entity declarations (XXE, billion laughs)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]><manifest identifier="&x;"/>`;
    expect(codeOf(() => parseScormManifest(xxe))).toBe('MANIFEST_MALFORMED');
    const laughs = `<!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><manifest identifier="&b;"/>`;
    expect(codeOf(() => parseScormManifest(laughs))).toBe('MANIFEST_MALFORMED');
  });

  it('falls back to the first organization when the default is dangling, with a warning', () => {
    const m = parseScormManifest(
      manifest2004(`<organizations default="nope"><organization identifier="o"><title>O</title>
        <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
        <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources>`),
    );
    expect(m.defaultOrganization).toBe('o');
    expect(m.warnings).toContain("The default organization 'nope' is not declared; the first organization 'o' is used instead.");
  });

  it('names a dangling identifierref, and refuses when nothing is left to launch', () => {
    const xml = manifest2004(`<organizations default="o"><organization identifier="o"><title>O</title>
        <item identifier="item_3" identifierref="res_9"><title>I</title></item></organization></organizations>
        <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources>`);
    try {
      parseScormManifest(xml);
      throw new Error('not refused');
    } catch (error) {
      expect((error as ScormPackageError).code).toBe('MANIFEST_NO_LAUNCH');
      expect((error as Error).message).toContain("Item 'item_3' points at resource 'res_9', which the manifest does not declare");
    }
  });

  it('refuses hrefs that climb out of the package, no organizations, and a non-manifest root', () => {
    expect(
      codeOf(() =>
        parseScormManifest(
          manifest2004(`<organizations><organization identifier="o"><title>O</title><item identifier="i" identifierref="r"><title>I</title></item>
          </organization></organizations><resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="../../etc/passwd"/></resources>`),
        ),
      ),
    ).toBe('MANIFEST_INVALID');
    expect(codeOf(() => parseScormManifest(manifest2004('<organizations/><resources/>')))).toBe('MANIFEST_NO_ORGANIZATION');
    expect(codeOf(() => parseScormManifest('<html><body/></html>'))).toBe('MANIFEST_INVALID');
    expect(codeOf(() => parseScormManifest(''))).toBe('MANIFEST_MALFORMED');
  });
});
