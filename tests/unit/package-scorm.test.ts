/**
 * The SCORM 1.2 package: unzipped, its manifest lists every file and names an existing launch
 * file; the settings baked into index.html read back as the game reads them. Built from a small
 * stand-in build, and (when `dist/` exists, as it does in `npm test` after the build) from the
 * real one, whose size is checked against what platforms accept for an upload.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageSettings } from '../../src/cli/package-scorm';
import { PACKAGE_ELEMENT, type PackageSettings, readPackage } from '../../src/platform/launch';
import { buildScormPackage, LAUNCH, MANIFEST } from '../../src/platform/package';
import { bundle } from './scenario';

const settings: PackageSettings = {
  scenario: 'het-baken',
  length: 'masterclass',
  seed: 482913,
  team: false,
  score: false,
  title: 'Koers & <co> — "masterclass"',
};

const enc = (s: string) => new TextEncoder().encode(s);
const standIn = new Map<string, Uint8Array>([
  [
    LAUNCH,
    enc(
      '<!doctype html><html><head><title>Koers</title></head><body><script src="./assets/index-a1.js"></script></body></html>',
    ),
  ],
  ['assets/index-a1.js', enc('console.log(1)')],
  ['assets/atkinson latin-400.woff2', new Uint8Array([1, 2, 3])],
  ['sw.js', enc('/* sw */')],
]);

/** What a platform checks on upload: a manifest at the root, one SCO, every file listed and present. */
function inspect(zip: Uint8Array) {
  const files = unzipSync(zip);
  const manifest = strFromU8(files[MANIFEST]!);
  const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURI(m[1]!));
  const launch = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)?.[1];
  return { files, manifest, listed, launch };
}

/** A stand-in for document.getElementById over an HTML string. */
const docOf = (html: string) => ({
  getElementById: (id: string) => {
    const m = new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`).exec(html);
    return m ? ({ textContent: m[1] } as HTMLElement) : null;
  },
});

describe('the SCORM package', () => {
  it('lists every file in its manifest, launches an existing index.html, and carries the settings', () => {
    const { files, manifest, listed, launch } = inspect(buildScormPackage(standIn, settings));
    expect(Object.keys(files).sort()).toEqual([MANIFEST, ...standIn.keys()].sort());
    expect(listed.sort()).toEqual([...standIn.keys()].sort());
    expect(launch).toBe(LAUNCH);
    expect(files[launch!]).toBeDefined();
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('<title>Koers &amp; &lt;co&gt; — &quot;masterclass&quot;</title>');
    expect(manifest).toContain('href="assets/atkinson%20latin-400.woff2"');
    const html = strFromU8(files[LAUNCH]!);
    expect(html).toContain(`id="${PACKAGE_ELEMENT}"`);
    expect(readPackage(docOf(html))).toEqual(settings);
    expect(files['assets/index-a1.js']).toEqual(standIn.get('assets/index-a1.js'));
  });

  it('is the same bytes for the same build and settings', () => {
    expect(buildScormPackage(standIn, settings)).toEqual(buildScormPackage(standIn, settings));
  });

  it('refuses a build without index.html or with its own manifest', () => {
    expect(() => buildScormPackage(new Map([['a.js', enc('')]]), settings)).toThrow(/index.html ontbreekt/);
    expect(() => buildScormPackage(new Map([...standIn, [MANIFEST, enc('')]]), settings)).toThrow(/imsmanifest/);
  });

  it('reads the CLI options into settings: lengths of the scenario, full as an alias, solo or team', () => {
    expect(packageSettings(bundle, { length: 'masterclass', mode: 'solo', score: false })).toEqual({
      scenario: 'het_baken',
      length: 'masterclass',
      team: false,
      score: false,
      title: 'Koers — Zorggroep Het Baken (Masterclass)',
    });
    expect(packageSettings(bundle, { length: 'full', seed: '012345', mode: 'team', score: true })).toMatchObject({
      length: 'volledig',
      seed: 12345,
      team: true,
      score: true,
    });
  });

  const dist = join(import.meta.dirname, '..', '..', 'dist');
  it.skipIf(!existsSync(join(dist, LAUNCH)))('built from dist/: every file listed, under 10 MB', () => {
    const build = new Map<string, Uint8Array>();
    for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      const path = join(dist, name);
      if (statSync(path).isFile()) build.set(relative(dist, path).split(sep).join('/'), readFileSync(path));
    }
    const zip = buildScormPackage(build, settings);
    const { listed, launch, files } = inspect(zip);
    expect(listed.sort()).toEqual([...build.keys()].sort());
    expect(Object.keys(files).length).toBe(build.size + 1);
    expect(launch).toBe(LAUNCH);
    console.info(`SCORM-pakket: ${build.size} bestanden, ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
    expect(zip.length).toBeLessThan(10 * 1024 * 1024);
  });
});
