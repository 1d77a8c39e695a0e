import { describe, expect, it } from 'vitest';
import { parseCliArgs, presenterKeyFromEnv } from '../../server/cli-args.ts';
import { joinLink, presenterLink } from '../../server/join-links.ts';
import { MemoryStore } from '../../server/memory-store.ts';
import { TokenBucket } from '../../server/rate-limit.ts';
import { resultsCsv } from '../../server/results-csv.ts';
import { initialState, reduce } from '../../server/session-state.ts';
import { resolveInside } from '../../server/static-files.ts';
import { originAllowed } from '../../server/workshop-server.ts';
import { CHECK } from './helpers.ts';

describe('session reducer', () => {
  it('bumps seq only on a change, and walks a check through open, results, closed', () => {
    const s0 = initialState('s');
    expect(reduce(s0, { t: 'goto', n: 1, slide: 1, step: 1 })).toBeNull();
    const s1 = reduce(s0, { t: 'goto', n: 1, slide: 2, step: 1 })!;
    expect(s1).toMatchObject({ seq: 1, slide: 2 });
    const s2 = reduce(s1, { t: 'ask', n: 2, check: CHECK })!;
    expect(reduce(s2, { t: 'ask', n: 3, check: CHECK })).toBeNull();
    expect(reduce(s2, { t: 'show-results', n: 3, checkId: 'other' })).toBeNull();
    const s3 = reduce(s2, { t: 'show-results', n: 3, checkId: CHECK.id })!;
    const s4 = reduce(s3, { t: 'close-check', n: 4, checkId: CHECK.id })!;
    expect(s4.check?.phase).toBe('closed');
    expect(reduce(s4, { t: 'close-check', n: 5, checkId: CHECK.id })).toBeNull();
    expect(reduce(s4, { t: 'clear-check', n: 5 })).toMatchObject({ seq: 5, check: null });
  });
});

describe('memory store', () => {
  it('keeps one answer per attendee, changeable until closed, and expires an idle session', async () => {
    let now = 0;
    const store = new MemoryStore(1000, () => now);
    await store.apply({ t: 'ask', n: 1, check: CHECK });
    await store.answer('a', CHECK.id, 0);
    await store.answer('a', CHECK.id, 1);
    await store.answer('b', CHECK.id, 1);
    expect((await store.counts(CHECK.id))?.counts).toEqual([0, 2, 0]);
    await store.answer('b', CHECK.id, null);
    await store.apply({ t: 'close-check', n: 2, checkId: CHECK.id });
    expect(await store.answer('b', CHECK.id, 0)).toBeNull();
    expect((await store.counts(CHECK.id))?.counts).toEqual([0, 1, 0]);
    const session = (await store.read()).session;
    now = 999;
    expect((await store.read()).session).toBe(session);
    now = 2500;
    const fresh = await store.read();
    expect(fresh).toMatchObject({ seq: 0, slide: 1, check: null });
    expect(fresh.session).not.toBe(session);
    expect(await store.results()).toEqual([]);
  });
});

describe('results CSV', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = resultsCsv([{ check: { id: 'c', question: 'Say "hi", ok?', options: [{ text: '=HYPERLINK("x")', correct: true }, { text: 'no', correct: false }] }, round: 1, counts: [3] }]);
    expect(csv).toBe('check,round,question,option,text,correct,answers\r\nc,1,"Say ""hi"", ok?",1,"\'=HYPERLINK(""x"")",yes,3\r\nc,1,"Say ""hi"", ok?",2,no,no,0\r\n');
  });
});

describe('rate limit', () => {
  it('allows the burst, then refills at the rate', () => {
    const bucket = new TokenBucket({ perSecond: 10, burst: 3 }, 0);
    expect([1, 2, 3, 4].map(() => bucket.take(0))).toEqual([true, true, true, false]);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(110)).toBe(true);
  });
});

describe('static paths and origins', () => {
  it('resolves inside the root only', () => {
    expect(resolveInside('/srv/dist', '/')).toBe('/srv/dist/index.html');
    expect(resolveInside('/srv/dist', '/assets/a.js?v=1')).toBe('/srv/dist/assets/a.js');
    for (const bad of ['/../etc/passwd', '/%2e%2e/x', '/a/%2E%2E/%2E%2E/x', '/..%5cx', '/%00', '/%E0%A4%A', 'x']) expect(resolveInside('/srv/dist', bad), bad).toBeNull();
  });
  it('accepts the same host or an allowed origin', () => {
    expect(originAllowed('http://10.0.0.5:4321', '10.0.0.5:4321', [])).toBe(true);
    expect(originAllowed('http://evil.example', '10.0.0.5:4321', [])).toBe(false);
    expect(originAllowed('https://w.example.org', 'localhost:4321', ['https://w.example.org'])).toBe(true);
    expect(originAllowed('null', 'localhost:4321', [])).toBe(false);
    expect(originAllowed(undefined, 'localhost:4321', [])).toBe(true);
  });
});

describe('command line', () => {
  it('takes a fixed presenter key only when it is long and URL-safe, and says how to make one', () => {
    expect(presenterKeyFromEnv(undefined)).toBeUndefined();
    expect(presenterKeyFromEnv('')).toBeUndefined();
    expect(presenterKeyFromEnv('Abcdefgh_1234-xyz')).toBe('Abcdefgh_1234-xyz');
    expect(() => presenterKeyFromEnv('secret')).toThrow(/16 to 128 characters.*got 6 characters\):.*randomBytes\(24\)/);
    expect(() => presenterKeyFromEnv('a key with spaces in it')).toThrow('with others');
    expect(() => presenterKeyFromEnv('x'.repeat(129))).toThrow('got 129 characters');
  });

  it('parses the options and explains a bad one', () => {
    expect(parseCliArgs([])).toMatchObject({ port: 4321, host: '0.0.0.0', maxAttendees: 1000, build: 'auto' });
    expect(parseCliArgs(['--port', '0', '--host=127.0.0.1', '--max-attendees', '50', '--build', '--public-url', 'https://w.example.org/x'])).toMatchObject({
      port: 0, host: '127.0.0.1', maxAttendees: 50, build: 'always', publicUrl: 'https://w.example.org',
    });
    expect(parseCliArgs(['--help'])).toBe('help');
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow('--port needs a whole number from 0 to 65535, got "abc"');
    expect(() => parseCliArgs(['--max-attendees', '0'])).toThrow('--max-attendees');
    expect(() => parseCliArgs(['--frobnicate'])).toThrow('unknown option "--frobnicate"');
  });
  it('puts the key only in the presenter link, in its fragment', () => {
    expect(presenterLink('http://10.0.0.5:4321', 'k/1')).toBe('http://10.0.0.5:4321/#/presenter/1?key=k%2F1');
    expect(joinLink('http://10.0.0.5:4321')).toBe('http://10.0.0.5:4321/#/join');
  });
});

describe('build if needed', () => {
  it('calls dist/ stale when it is missing or older than any source', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, utimesSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { distIsStale } = await import('../../server/build-if-needed.ts');
    const root = mkdtempSync(join(tmpdir(), 'workshop-stale-'));
    try {
      mkdirSync(join(root, 'slides'));
      writeFileSync(join(root, 'slides', '01-a.md'), 'x');
      const dist = join(root, 'dist');
      expect(distIsStale(root, dist)).toBe(true);
      mkdirSync(dist);
      writeFileSync(join(dist, 'index.html'), 'x');
      const old = new Date(Date.now() - 60_000);
      utimesSync(join(root, 'slides', '01-a.md'), old, old);
      utimesSync(join(root, 'slides'), old, old);
      expect(distIsStale(root, dist)).toBe(false);
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(root, 'slides', '01-a.md'), later, later);
      expect(distIsStale(root, dist)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
