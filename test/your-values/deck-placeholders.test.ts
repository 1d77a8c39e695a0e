import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseDeckPlaceholders } from '../../src/node/deck-placeholders.ts';
import { loadDeck } from '../../src/node/load-deck.ts';
import { formatSlideError, SlideBuildError } from '../../src/node/slide-error.ts';
import { codeValidators } from '../../src/node/validators.ts';

function parseYaml(text: string) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  return parseDeckPlaceholders('slides/deck.yaml', doc, lc);
}

describe('parseDeckPlaceholders', () => {
  it('reads a declaration with every field', () => {
    const { placeholders, errors } = parseYaml(
      'title: T\nplaceholders:\n  - token: "<CLUSTER>"\n    label: Cluster\n    help: From the API tab.\n    pattern: "[a-z-]+"\n    message: Letters and dashes.\n  - token: <TOKEN>\n    label: Token\n    help: Yours.\n    secret: true\n',
    );
    expect(errors).toEqual([]);
    expect(placeholders).toEqual([
      { name: 'CLUSTER', token: '<CLUSTER>', label: 'Cluster', help: 'From the API tab.', pattern: '[a-z-]+', message: 'Letters and dashes.', secret: false, contexts: [] },
      { name: 'TOKEN', token: '<TOKEN>', label: 'Token', help: 'Yours.', secret: true, contexts: [] },
    ]);
  });

  it('reports each malformed declaration at its line and column, with the fix', () => {
    const { placeholders, errors } = parseYaml(
      [
        'title: T',
        'placeholders:',
        '  - token: cluster',
        '    label: Cluster',
        '    help: h',
        '  - token: <A>',
        '    help: h',
        '    pattern: "[a-"',
        '    secret: yes please',
        '    colour: red',
        '  - token: <B>',
        '    label: B',
        '    help: h',
        '  - token: <B>',
        '    label: B',
        '    help: h',
        '  - just text',
      ].join('\n'),
    );
    expect(placeholders.map((p) => p.token)).toEqual(['<B>']);
    expect(errors.map(formatSlideError)).toEqual([
      'slides/deck.yaml:3:12: placeholder token "cluster" must look like <NAME>: capital letters, digits and _ between < and >',
      'slides/deck.yaml:10:5: unknown placeholder field "colour": use token, label, help, pattern, message, secret',
      'slides/deck.yaml:6:5: placeholder needs a "label"',
      expect.stringMatching(/^slides\/deck\.yaml:8:14: placeholder pattern is not a valid regular expression \(.*\): fix it or remove it$/),
      'slides/deck.yaml:6:5: a placeholder with a pattern needs a "message" saying what a valid value looks like',
      'slides/deck.yaml:9:13: placeholder "secret" must be true or false',
      'slides/deck.yaml:14:12: placeholder <B> is declared twice: keep one',
      'slides/deck.yaml:17:5: each placeholder is a map: write "- token: <NAME>" with label, help and optionally pattern, message, secret',
    ]);
  });

  it('refuses a placeholders value that is not a list', () => {
    expect(parseYaml('title: T\nplaceholders: <CLUSTER>\n').errors.map(formatSlideError)).toEqual([
      'slides/deck.yaml:2:15: placeholders must be a list: write "placeholders:" then one "- token: <NAME>" entry per placeholder',
    ]);
  });
});

describe('the deck with placeholders', () => {
  it('fails the build on a malformed declaration, naming deck.yaml', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'deck-values-'));
    await cp(path.resolve('slides'), dir, { recursive: true });
    const yaml = await readFile(path.join(dir, 'deck.yaml'), 'utf8');
    await writeFile(path.join(dir, 'deck.yaml'), yaml.replace('label: Cluster', 'lable: Cluster'));
    const err = await loadDeck({ root: process.cwd(), dir, validators: codeValidators }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlideBuildError);
    expect((err as SlideBuildError).message).toMatch(/deck\.yaml:\d+:\d+: unknown placeholder field "lable"/);
  });

  it('declares every <NAME> the slides use, gives each used block its list, and warns on an undeclared one', async () => {
    const deck = await loadDeck({ root: process.cwd(), validators: codeValidators });
    expect(deck.warnings).toEqual([]);
    const s3 = deck.slides.find((s) => s.meta.number === 3)!;
    expect(s3.content.html).toContain('data-placeholders="CLUSTER INSTANCE_ID YOUR_ACCESS_TOKEN"');
    expect(s3.content.placeholders?.map((p) => [p.name, p.secret, p.contexts])).toEqual([
      ['CLUSTER', false, ['string']],
      ['INSTANCE_ID', false, ['string']],
      ['YOUR_ACCESS_TOKEN', true, ['string']],
    ]);
    // Not in the eager manifest: it stays as small as before.
    expect(JSON.stringify(deck.manifest)).not.toContain('placeholder');

    const dir = await mkdtemp(path.join(tmpdir(), 'deck-values-'));
    await cp(path.resolve('slides'), dir, { recursive: true });
    const s2 = await readFile(path.join(dir, '02-how-it-works.md'), 'utf8');
    await writeFile(path.join(dir, '02-how-it-works.md'), s2.replace('poll_frequency = "1m"', 'poll_frequency = "<POLL>"'));
    const warned = await loadDeck({ root: process.cwd(), dir, validators: codeValidators });
    expect(warned.warnings).toHaveLength(1);
    expect(formatSlideError(warned.warnings[0]!)).toMatch(/02-how-it-works\.md:\d+:\d+: <POLL> looks like a placeholder but slides\/deck\.yaml does not declare it/);
    const line = warned.warnings[0]!;
    const text = (await readFile(path.join(dir, '02-how-it-works.md'), 'utf8')).split('\n')[line.line - 1] ?? '';
    expect(text.slice(line.col - 1)).toMatch(/^<POLL>/);
  });
});
