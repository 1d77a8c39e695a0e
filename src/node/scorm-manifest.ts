import type { ScormConfig } from '../content/deck-types.ts';

export type PackageEdition = '1.2' | '2004';

export interface ManifestInput {
  title: string;
  /** Unique per course; an XML ID (letter first, no colons). */
  identifier: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package but the manifest itself, `/`-separated, relative to the root. */
  files: readonly string[];
  scorm?: ScormConfig;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An href is a URI reference: spaces and the like are percent-encoded, `/` stays. */
const href = (path: string) => xml(path.split('/').map(encodeURIComponent).join('/'));

/** An XML ID must start with a letter or underscore. */
export function manifestIdentifier(slug: string): string {
  return /^[a-z_]/.test(slug) ? slug : `deck-${slug}`;
}

/**
 * imsmanifest.xml: one organization with one item, launching one SCO resource that lists
 * every file. 1.2 declares IMS CP 1.1.2 and ADL CP 1.2; 2004 4th edition declares IMS CP 1.1.4,
 * adlcp/adlseq/adlnav v1p3 and IMS Simple Sequencing, as the ADL conformance suite expects.
 * A mastery score becomes 1.2's adlcp:masteryscore, and in 2004 the primary objective's
 * minimum normalized measure, so the platform's own pass/fail agrees with the deck's.
 */
export function scormManifest(edition: PackageEdition, input: ManifestInput): string {
  const { title, identifier, launch, files, scorm } = input;
  const id = xml(identifier);
  const fileLines = files.map((f) => `      <file href="${href(f)}"/>`).join('\n');
  const mastery = scorm?.masteryScore;
  if (edition === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xml(title)}</title>${mastery === undefined ? '' : `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${href(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
  }
  const sequencing =
    mastery === undefined
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xml(title)}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${href(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
