// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckSlug } from '../../src/content/deck-slug.ts';
import { scormManifest } from '../../src/node/scorm-manifest.ts';

/*
 * Unzips what `npm run package:scorm` wrote (building it first when missing, about 30 s):
 * each zip must be a package a platform can import and run from any path.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, 'dist-scorm');
const TITLE = 'Intro to Fleet Management: health monitoring';
const SLUG = deckSlug(TITLE);

beforeAll(() => {
  const zips = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.zip')) : [];
  if (zips.length !== 2) execFileSync('npx', ['tsx', 'scripts/package-scorm.ts'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
}, 250_000);

const NS = {
  '1.2': { cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', version: '1.2', scormType: 'scormtype' },
  '2004': { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3', version: '2004 4th Edition', scormType: 'scormType' },
} as const;

/** Resource references a page or stylesheet makes by itself (links to read elsewhere are the learner's choice). */
function resourceUrls(file: string, text: string): string[] {
  if (file.endsWith('.html')) {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const refs = [...doc.querySelectorAll('script[src], img[src], source[src], iframe[src], link[href]:not([rel="alternate"])')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    return [...refs, ...[...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!)];
  }
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!).concat([...text.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1]!));
  // Scripts: dynamic imports and the module preload list name files; an absolute one would leave the package.
  return [...text.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);
}

for (const [edition, suffix] of [['1.2', 'scorm12'], ['2004', 'scorm2004']] as const) {
  describe(`${SLUG}-${suffix}.zip`, () => {
    let files: Record<string, Uint8Array> = {};
    let manifest: Document;
    beforeAll(() => {
      files = unzipSync(readFileSync(path.join(DIR, `${SLUG}-${suffix}.zip`)));
      manifest = new DOMParser().parseFromString(new TextDecoder().decode(files['imsmanifest.xml']), 'application/xml');
    });

    it('has a well-formed imsmanifest.xml at its root, declaring the edition’s schemas', () => {
      expect(Object.keys(files)).toContain('imsmanifest.xml');
      expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
      const root = manifest.documentElement;
      expect(root.localName).toBe('manifest');
      expect(root.namespaceURI).toBe(NS[edition].cp);
      expect(root.getAttribute('identifier')).toBe(`${SLUG}-${suffix}`);
      expect(root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')).toContain(edition === '1.2' ? 'adlcp_rootv1p2.xsd' : 'adlcp_v1p3.xsd');
      if (edition === '2004') for (const ns of ['adlseq_v1p3', 'adlnav_v1p3', 'imsss']) expect(root.outerHTML).toContain(`http://www.${ns === 'imsss' ? 'imsglobal.org/xsd/imsss' : `adlnet.org/xsd/${ns}`}"`);
      expect(manifest.getElementsByTagName('schema')[0]?.textContent).toBe('ADL SCORM');
      expect(manifest.getElementsByTagName('schemaversion')[0]?.textContent).toBe(NS[edition].version);
    });

    it('has one organization with one item launching one SCO, titled from deck.yaml', () => {
      const orgs = manifest.getElementsByTagName('organization');
      expect(orgs).toHaveLength(1);
      expect(manifest.getElementsByTagName('organizations')[0]!.getAttribute('default')).toBe(orgs[0]!.getAttribute('identifier'));
      expect(orgs[0]!.getElementsByTagName('title')[0]!.textContent).toBe(TITLE);
      const items = manifest.getElementsByTagName('item');
      expect(items).toHaveLength(1);
      const resources = manifest.getElementsByTagName('resource');
      expect(resources).toHaveLength(1);
      const sco = resources[0]!;
      expect(items[0]!.getAttribute('identifierref')).toBe(sco.getAttribute('identifier'));
      expect(sco.getAttributeNS(NS[edition].adlcp, NS[edition].scormType)).toBe('sco');
      expect(sco.getAttribute('href')).toBe('index.html');
      expect(files['index.html']).toBeDefined();
    });

    it('lists every file of the package, and no file it lacks', () => {
      const listed = [...manifest.getElementsByTagName('file')].map((f) => decodeURIComponent(f.getAttribute('href')!));
      const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'));
      expect([...listed].sort()).toEqual([...inZip].sort());
      expect(new Set(listed).size).toBe(listed.length);
    });

    it('has no service worker and no absolute URL: it runs from any path, with no request outside', () => {
      const names = Object.keys(files);
      expect(names.filter((f) => /(^|\/)(sw|registerSW|workbox-.*)\.js$|\.webmanifest$/.test(f))).toEqual([]);
      const offenders: string[] = [];
      for (const name of names.filter((f) => /\.(html|css|js)$/.test(f))) {
        const text = new TextDecoder().decode(files[name]);
        if (name.endsWith('.js') && /serviceWorker\.register|navigator\.serviceWorker/.test(text)) offenders.push(`${name}: registers a service worker`);
        for (const url of resourceUrls(name, text)) if (/^(\/|[a-z][a-z0-9+.-]*:)/i.test(url) && !url.startsWith('data:')) offenders.push(`${name}: ${url}`);
      }
      expect(offenders).toEqual([]);
    });
  });
}

describe('the manifest for a mastery score', () => {
  const input = { title: 'A & B <deck>', identifier: 'a-b-deck', launch: 'index.html', files: ['index.html', 'assets/a b.js'], scorm: { masteryScore: 80 } };

  it('sets 1.2’s masteryscore, escapes the title and encodes file names', () => {
    const doc = new DOMParser().parseFromString(scormManifest('1.2', input), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('80');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('A & B <deck>');
    expect([...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href'))).toEqual(['index.html', 'assets/a%20b.js']);
  });

  it('sets 2004’s primary objective satisfied by measure', () => {
    const doc = new DOMParser().parseFromString(scormManifest('2004', input), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const objective = doc.getElementsByTagName('imsss:primaryObjective')[0]!;
    expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(objective.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent).toBe('0.8');
  });
});
