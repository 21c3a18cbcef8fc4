/**
 * A SCORM 1.2 package from the built game: every file of the build, the teacher's settings baked
 * into index.html (launch.ts reads them back), and an imsmanifest.xml at the root that names
 * index.html as the one SCO and lists every file. Pure: files in, zip bytes out (the CLI reads
 * dist/ and writes the zip).
 */
import { zipSync } from 'fflate';
import { PACKAGE_ELEMENT, type PackageSettings } from './launch';

export const MANIFEST = 'imsmanifest.xml';
export const LAUNCH = 'index.html';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An identifier as XML wants it (xs:ID: a letter first, then letters, digits, - _ .). */
const ident = (s: string) => `koers-${s.replace(/[^A-Za-z0-9_.-]+/g, '-')}`;

/** index.html with the settings in a JSON script element before </head> (a `<` in the JSON cannot end it). */
export function withSettings(html: string, settings: PackageSettings): string {
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  const tag = `<script type="application/json" id="${PACKAGE_ELEMENT}">${json}</script>`;
  if (!html.includes('</head>')) throw new Error('index.html heeft geen </head>');
  return html.replace('</head>', `${tag}\n  </head>`);
}

export function manifestXml(settings: PackageSettings, files: readonly string[]): string {
  const id = ident(`${settings.scenario}-${settings.length}${settings.team ? '-team' : ''}`);
  const title = xml(settings.title);
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
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH}">
${files.map((f) => `      <file href="${xml(encodeURI(f))}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** Already compressed formats are stored as they are; zipping them again only costs time. */
const FIXED_DATE = '2026-01-01T00:00:00Z';
const STORED = /\.(woff2?|png|jpe?g|gif|webp|ogg|mp3|m4a|zip|gz)$/i;

/** The zip: the build's files (paths with /), index.html with the settings, and the manifest. */
export function buildScormPackage(files: ReadonlyMap<string, Uint8Array>, settings: PackageSettings): Uint8Array {
  const html = files.get(LAUNCH);
  if (!html) throw new Error(`${LAUNCH} ontbreekt in de build`);
  if (files.has(MANIFEST)) throw new Error(`de build bevat al een ${MANIFEST}`);
  const out = new Map(files);
  out.set(LAUNCH, new TextEncoder().encode(withSettings(new TextDecoder().decode(html), settings)));
  const names = [...out.keys()].sort();
  const manifest = new TextEncoder().encode(manifestXml(settings, names));
  // A fixed date in every entry: the same build and settings give the same bytes.
  const opts = (name: string) => ({ level: STORED.test(name) ? (0 as const) : (6 as const), mtime: FIXED_DATE });
  const entries: Record<string, [Uint8Array, ReturnType<typeof opts>]> = { [MANIFEST]: [manifest, opts(MANIFEST)] };
  for (const name of names) entries[name] = [out.get(name) as Uint8Array, opts(name)];
  return zipSync(entries);
}
