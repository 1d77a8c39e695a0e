import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK, TestClient, startTestServer, waitFor } from './helpers.ts';

/**
 * Thousands of random and hostile frames from attendees and from connections that never
 * proved anything; afterwards nobody's view has changed, the server still answers, and a
 * well-behaved client still follows the presenter.
 */

/** A small seeded generator, so a failure can be replayed with the same seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['hello', 'goto', 'blackout', 'timer', 'ask', 'show-results', 'close-check', 'clear-check', 'results', 'answer', 'snapshot', 'state', '__proto__', 'constructor', ''];

function hostileFrame(random: () => number, key: string): string | Buffer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const value = (): unknown =>
    pick<() => unknown>([
      () => Math.floor(random() * 20) - 5,
      () => random() * 1e20,
      () => -0,
      () => Number.MAX_SAFE_INTEGER + 2,
      () => 'x'.repeat(Math.floor(random() * 700)),
      () => null,
      () => true,
      () => [],
      () => ({}),
      () => ({ __proto__: { polluted: true } }),
      () => CHECK.id,
      () => key.slice(0, 10),
      () => '\u0000\ud800',
    ])();
  const kind = random();
  if (kind < 0.1) return Buffer.from(Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
  if (kind < 0.2) return pick(['', '{', 'null', '[]', '"goto"', '{"t":"goto"}', '{"t":"goto","slide":9,"step":1}', 'NaN', '{"__proto__":{"t":"goto"}}']);
  const message: Record<string, unknown> = { t: pick(TYPES), n: random() < 0.8 ? Math.floor(random() * 1e6) : value() };
  for (const field of ['slide', 'step', 'on', 'timer', 'check', 'checkId', 'option', 'attendee', 'v', 'key', 'state']) {
    if (random() < 0.4) message[field] = value();
  }
  if (message.t === 'ask' && random() < 0.5) message.check = { ...CHECK, id: `forged-${Math.floor(random() * 9)}` };
  if (message.t === 'hello' && random() < 0.3) message.key = `${key.slice(0, -1)}x`;
  if (random() < 0.05) message.pad = 'p'.repeat(4100);
  return JSON.stringify(message);
}

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  // A generous rate so the frames reach the parser instead of the rate limiter.
  server = await startTestServer({ rate: { perSecond: 100_000, burst: 100_000 }, countsIntervalMs: 10 });
});
afterAll(async () => {
  await server.close();
});

describe('fuzz: hostile frames', () => {
  it('drops every one of 6,000 random and forged frames without changing anything anyone sees', async () => {
    const presenter = await TestClient.join(server.origin, 'presenter', server.presenterKey);
    presenter.send({ t: 'goto', slide: 3, step: 2 });
    presenter.send({ t: 'ask', check: CHECK });
    const watcher = await TestClient.join(server.origin, 'watcher');
    await waitFor(() => watcher.state?.check, 'the check on the watcher');
    const before = structuredClone(watcher.state);
    const watcherMessages = watcher.received.length;

    const random = rng(12);
    const ws = server.origin.replace('http', 'ws') + '/live';
    // Half joined as attendees (some with a guessed key), half never said hello.
    const connect = async (i: number): Promise<TestClient> => {
      if (i % 2) return TestClient.join(server.origin, `attacker-${i}`, i % 4 === 1 ? 'guess' : undefined);
      const anonymous = new TestClient(ws);
      await anonymous.opened();
      return anonymous;
    };
    const attackers: TestClient[] = [];
    for (let i = 0; i < 10; i++) attackers.push(await connect(i));
    const all = [...attackers];
    let sent = 0;
    let cutOff = 0;
    for (let round = 0; round < 600; round++) {
      for (let i = 0; i < attackers.length; i++) {
        // An oversized frame gets its sender cut off; a new attacker takes its place.
        if (attackers[i]!.closed) {
          cutOff++;
          attackers[i] = await connect(i);
          all.push(attackers[i]!);
        }
        attackers[i]!.raw(hostileFrame(random, server.presenterKey));
        sent++;
      }
      if (round % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(sent).toBe(6000);
    expect(cutOff).toBeGreaterThan(0);
    // Let the server work through its queue, then prove it is still alive and serving.
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${server.origin}/live.json`)).status).toBe(200);

    expect(watcher.state).toEqual(before);
    expect(watcher.received.slice(watcherMessages).filter((m) => m.t !== 'counts')).toEqual([]);
    // Attackers may have answered the open check (that is what attendees do), but never as anyone else.
    const counts = presenter.last('counts')?.counts;
    if (counts) expect(counts.total).toBeLessThanOrEqual(all.length);
    for (const attacker of all) {
      expect(attacker.of('snapshot').every((s) => s.role === 'attendee')).toBe(true);
      expect(attacker.of('results')).toEqual([]);
      expect(attacker.of('state')).toEqual([]);
    }

    presenter.send({ t: 'goto', slide: 4, step: 1 });
    await waitFor(() => watcher.state?.slide === 4, 'the watcher following the presenter after the attack');
    expect(watcher.state?.seq).toBe(before!.seq + 1);
    const late = await TestClient.join(server.origin, 'late');
    expect(late.last('snapshot')?.state).toMatchObject({ slide: 4, step: 1, check: { id: CHECK.id, phase: 'open' } });
    await Promise.all([...all, presenter, watcher, late].map((c) => c.close()));
  }, 60_000);
});
