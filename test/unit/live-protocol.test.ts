import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, isNewer, parseClientMessage, parseServerMessage, publicCheck, utf8Bytes, type PublicState } from '../../src/live/protocol.ts';
import { attendeeId, keyFromHash, presenterKey } from '../../src/live/live-identity.ts';

const check = { id: 'c1', question: 'Q?', options: [{ text: 'a', correct: true, why: 'because' }, { text: 'b', correct: false }] };
const state = (session: string, seq: number): PublicState => ({ session, seq, slide: 1, step: 1, blackout: false, timer: { running: false, startedAt: null, accumulatedMs: 0 }, check: null });

describe('live protocol: client messages', () => {
  it('accepts each well-formed message and returns a clean copy', () => {
    expect(parseClientMessage('{"t":"hello","n":1,"v":1,"attendee":"abc","extra":1}')).toEqual({ t: 'hello', n: 1, v: 1, attendee: 'abc' });
    expect(parseClientMessage('{"t":"goto","n":2,"slide":3,"step":2}')).toEqual({ t: 'goto', n: 2, slide: 3, step: 2 });
    expect(parseClientMessage(JSON.stringify({ t: 'ask', n: 3, check }))).toEqual({ t: 'ask', n: 3, check });
    expect(parseClientMessage('{"t":"answer","n":4,"checkId":"c1","option":null}')).toEqual({ t: 'answer', n: 4, checkId: 'c1', option: null });
    expect(parseClientMessage('{"t":"timer","n":5,"timer":{"running":true,"startedAt":10,"accumulatedMs":0}}')).toMatchObject({ t: 'timer' });
  });

  it('drops malformed, out-of-range and oversized messages', () => {
    const bad = [
      '', 'null', '[]', '{', '{"t":"goto","slide":1,"step":1}', '{"t":"goto","n":-1,"slide":1,"step":1}',
      '{"t":"goto","n":1,"slide":0,"step":1}', '{"t":"goto","n":1,"slide":1.5,"step":1}', '{"t":"goto","n":1,"slide":"2","step":1}',
      '{"t":"blackout","n":1,"on":"yes"}', '{"t":"answer","n":1,"checkId":"c1","option":8}', '{"t":"answer","n":1,"checkId":"../x","option":0}',
      '{"t":"hello","n":1,"v":1,"attendee":""}', '{"t":"hello","n":1,"v":1,"attendee":"a","key":5}',
      '{"t":"timer","n":1,"timer":{"running":true,"startedAt":null,"accumulatedMs":0}}', '{"t":"snapshot","n":1}', '{"t":"__proto__","n":1}',
      JSON.stringify({ t: 'ask', n: 1, check: { ...check, options: check.options.map((o) => ({ ...o, correct: false })) } }),
      JSON.stringify({ t: 'ask', n: 1, check: { ...check, options: [check.options[0]] } }),
      JSON.stringify({ t: 'answer', n: 1, checkId: 'c1', option: 0, pad: 'x'.repeat(MAX_MESSAGE_BYTES) }),
    ];
    for (const text of bad) expect(parseClientMessage(text), text.slice(0, 80)).toBeNull();
    expect(parseClientMessage(42)).toBeNull();
  });

  it('measures UTF-8 bytes like the wire does', () => {
    for (const text of ['abc', 'é', '€', '😀', 'a\ud800b']) expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });
});

describe('live protocol: what clients may see', () => {
  it('keeps the correct answer and explanations out of an open check', () => {
    expect(publicCheck(check, 'open', 2)).toEqual({ id: 'c1', round: 2, question: 'Q?', options: ['a', 'b'], phase: 'open' });
    expect(publicCheck(check, 'results', 1).reveal).toBeUndefined();
    expect(publicCheck(check, 'closed', 1).reveal).toEqual({ correct: [0], why: ['because', null] });
  });

  it('parses server messages and rejects forged shapes', () => {
    const snap = { t: 'snapshot', role: 'attendee', state: state('s', 1), counts: null, yourAnswer: null };
    expect(parseServerMessage(JSON.stringify(snap))).toEqual(snap);
    expect(parseServerMessage(JSON.stringify({ ...snap, role: 'admin' }))).toBeNull();
    expect(parseServerMessage(JSON.stringify({ t: 'state', state: { ...state('s', 1), slide: 0 } }))).toBeNull();
    expect(parseServerMessage('{"t":"error","code":"full"}')).toEqual({ t: 'error', code: 'full' });
    expect(parseServerMessage('{"t":"error","code":"whatever"}')).toBeNull();
    expect(parseServerMessage('{"t":"ack","n":4,"session":"s1","seq":9}')).toEqual({ t: 'ack', n: 4, session: 's1', seq: 9 });
    expect(parseServerMessage('{"t":"ack","n":4,"session":"s1","seq":null}')).toEqual({ t: 'ack', n: 4, session: 's1', seq: null });
    expect(parseServerMessage('{"t":"ack","n":-1,"session":"s1","seq":9}')).toBeNull();
    expect(parseServerMessage('{"t":"ack","n":4,"session":"s 1","seq":9}')).toBeNull();
  });

  it('orders states by seq within a session and takes any state of a new session', () => {
    expect(isNewer(null, state('a', 0))).toBe(true);
    expect(isNewer(state('a', 3), state('a', 4))).toBe(true);
    expect(isNewer(state('a', 3), state('a', 3))).toBe(false);
    expect(isNewer(state('a', 3), state('a', 2))).toBe(false);
    expect(isNewer(state('a', 30), state('b', 1))).toBe(true);
  });
});

describe('live identity', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };
  it('keeps one random attendee id per browser', () => {
    const storage = memory();
    const id = attendeeId(storage);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(attendeeId(storage)).toBe(id);
    expect(attendeeId(memory())).not.toBe(id);
  });
  it('reads the presenter key from the fragment and keeps it for a reload without it', () => {
    expect(keyFromHash('#/presenter/1?key=abc-DEF_1')).toBe('abc-DEF_1');
    expect(keyFromHash('#/join')).toBeNull();
    const storage = memory();
    expect(presenterKey('#/presenter/3?key=k1', storage)).toBe('k1');
    expect(presenterKey('#/presenter/4', storage)).toBe('k1');
  });
});
