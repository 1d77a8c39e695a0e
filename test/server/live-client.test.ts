import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { backoffDelay, createLiveClient, liveSocketUrl, statusText, type LiveClient, type SocketConstructor, type SocketLike } from '../../src/live/live-client.ts';
import { detectLiveServer } from '../../src/live/live-presence.ts';
import { CHECK, startTestServer, waitFor } from './helpers.ts';

const Ws = WebSocket as unknown as SocketConstructor;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Parameters<typeof startTestServer>[0] = {}) {
  const s = await startTestServer(options);
  cleanups.push(() => s.close());
  return s;
}
function client(url: string, attendeeId: string, key?: string, backoff = { baseMs: 50, maxMs: 400 }): LiveClient {
  const c = createLiveClient({ url, attendeeId, key, WebSocket: Ws, backoff });
  cleanups.push(() => c.close());
  return c;
}

describe('live client against the workshop server', () => {
  it('connects, proves the key, and follows the presenter in order', async () => {
    const s = await server({ countsIntervalMs: 10 });
    const url = liveSocketUrl(`${s.origin}/#/join`);
    expect(url).toBe(`${s.origin.replace('http', 'ws')}/live`);
    const presenter = client(url, 'p', s.presenterKey);
    const attendee = client(url, 'a');
    await waitFor(() => presenter.getView().status.kind === 'connected' && attendee.getView().status.kind === 'connected', 'both connected');
    expect(presenter.getView().role).toBe('presenter');
    expect(attendee.getView().role).toBe('attendee');

    const seen: number[] = [];
    attendee.subscribe(() => {
      const seq = attendee.getView().state?.seq;
      if (seq !== undefined && seen.at(-1) !== seq) seen.push(seq);
    });
    for (let slide = 2; slide <= 8; slide++) expect(presenter.goto(slide, 1)).toBe(true);
    await waitFor(() => attendee.getView().state?.slide === 8, 'slide 8 on the attendee');
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // An attendee client does not even send control messages.
    expect(attendee.goto(1, 1)).toBe(false);

    expect(presenter.ask(CHECK)).toBe(true);
    await waitFor(() => attendee.getView().state?.check, 'the check');
    expect(attendee.answer(CHECK.id, 1)).toBe(true);
    expect(attendee.getView().yourAnswer).toBe(1);
    await waitFor(() => presenter.getView().counts?.total === 1, 'the count on the presenter');
    expect(await presenter.requestResults()).toContain('stacks:read,no,1');
    await expect(attendee.requestResults()).rejects.toThrow('not connected as presenter');
  });

  it('keeps the attendee count through slide changes and checks (the server sends it only when people come or go)', async () => {
    const s = await server({ presenceIntervalMs: 10 });
    const url = liveSocketUrl(`${s.origin}/#/join`);
    const presenter = client(url, 'p', s.presenterKey);
    await waitFor(() => presenter.getView().status.kind === 'connected', 'the presenter connected');
    client(url, 'a1');
    client(url, 'a2');
    await waitFor(() => presenter.getView().attendees === 2, 'two attendees');
    presenter.goto(3, 1);
    await waitFor(() => presenter.getView().state?.slide === 3, 'slide 3');
    presenter.ask(CHECK);
    await waitFor(() => presenter.getView().state?.check, 'the check');
    presenter.clearCheck();
    await waitFor(() => presenter.getView().state?.check === null, 'the check taken off');
    expect(presenter.getView().attendees).toBe(2);
  });

  it("shows an attendee's answer again when a check comes back in the same round, and none in a fresh round", async () => {
    const s = await server({ countsIntervalMs: 10 });
    const url = liveSocketUrl(`${s.origin}/#/join`);
    const presenter = client(url, 'p', s.presenterKey);
    const attendee = client(url, 'a');
    await waitFor(() => presenter.getView().status.kind === 'connected' && attendee.getView().status.kind === 'connected', 'both connected');
    presenter.ask(CHECK);
    await waitFor(() => attendee.getView().state?.check, 'the check');
    expect(attendee.answer(CHECK.id, 2)).toBe(true);
    await waitFor(() => presenter.getView().counts?.total === 1, 'the answer counted');
    presenter.clearCheck();
    await waitFor(() => attendee.getView().state?.check === null, 'taken off');
    expect(attendee.getView().yourAnswer).toBeNull();
    presenter.ask(CHECK);
    await waitFor(() => attendee.getView().state?.check, 'asked again');
    expect(attendee.getView().yourAnswer).toBe(2);
    // The presenter sees the continuing round's counts at once.
    await waitFor(() => presenter.getView().counts?.total === 1, 'counts of the continuing round');

    presenter.closeCheck(CHECK.id);
    await waitFor(() => attendee.getView().state?.check?.phase === 'closed', 'closed');
    expect(attendee.getView().yourAnswer).toBe(2);
    presenter.ask(CHECK);
    await waitFor(() => attendee.getView().state?.check?.round === 2, 'round 2');
    expect(attendee.getView().yourAnswer).toBeNull();
    await waitFor(() => presenter.getView().counts?.total === 0, 'round 2 starts at zero');
  });

  it('says it is reconnecting while the server is down, backs off, and resumes from a snapshot', async () => {
    const first = await startTestServer();
    const port = first.port;
    const url = `ws://127.0.0.1:${port}/live`;
    const attendee = client(url, 'a', undefined, { baseMs: 100, maxMs: 800 });
    await waitFor(() => attendee.getView().status.kind === 'connected', 'connected');
    await first.close();

    const delays: number[] = [];
    attendee.subscribe(() => {
      const status = attendee.getView().status;
      if (status.kind === 'reconnecting') delays.push(status.retryAt - Date.now());
    });
    await waitFor(() => delays.length >= 3, 'three reconnect attempts', 10_000);
    const status = attendee.getView().status;
    expect(status.kind).toBe('reconnecting');
    expect(statusText(status, Date.now())).toMatch(/^Connection lost\. Reconnecting in \d+ s$/);
    // Attempts wait longer each time (jitter is at most half the ceiling, so these hold).
    expect(delays[2]!).toBeGreaterThan(delays[0]!);
    // The last slide stays on screen while waiting.
    expect(attendee.getView().state?.slide).toBe(1);

    const second = await server({ port });
    const presenter = client(url, 'p', second.presenterKey);
    await waitFor(() => presenter.getView().status.kind === 'connected', 'presenter on the new server');
    presenter.goto(4, 2);
    await waitFor(() => attendee.getView().status.kind === 'connected' && attendee.getView().state?.slide === 4, 'the attendee back and on slide 4', 10_000);
    expect(attendee.getView().state?.session).toBe(presenter.getView().state?.session);
  }, 20_000);
});

describe('live client ordering (a scripted socket)', () => {
  it('applies nothing twice or out of order, and takes any state of a new session', () => {
    let socket: FakeSocket | null = null;
    class FakeSocket implements SocketLike {
      readyState = 1;
      onopen: ((e: unknown) => void) | null = null;
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onclose: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      sent: string[] = [];
      constructor() {
        socket = this;
      }
      send(data: string) {
        this.sent.push(data);
      }
      close() {}
    }
    const live = createLiveClient({ url: 'ws://x/live', attendeeId: 'a', WebSocket: FakeSocket });
    cleanups.push(() => live.close());
    const s = socket as unknown as FakeSocket;
    s.onopen?.({});
    expect(JSON.parse(s.sent[0]!)).toEqual({ t: 'hello', n: 1, v: 1, attendee: 'a' });
    const state = (session: string, seq: number, slide: number) => ({
      session, seq, slide, step: 1, blackout: false, timer: { running: false, startedAt: null, accumulatedMs: 0 }, check: null,
    });
    const deliver = (m: unknown) => s.onmessage?.({ data: JSON.stringify(m) });
    // Before the snapshot nothing applies.
    deliver({ t: 'state', state: state('s1', 9, 9) });
    expect(live.getView().state).toBeNull();
    deliver({ t: 'snapshot', role: 'attendee', state: state('s1', 5, 2), counts: null, yourAnswer: null });
    deliver({ t: 'state', state: state('s1', 7, 4) });
    deliver({ t: 'state', state: state('s1', 6, 3) });
    deliver({ t: 'state', state: state('s1', 7, 5) });
    expect(live.getView().state).toMatchObject({ seq: 7, slide: 4 });
    deliver({ t: 'state', state: { ...state('s1', 8, 0) } });
    deliver('not json');
    expect(live.getView().state?.seq).toBe(7);
    deliver({ t: 'state', state: state('s2', 1, 1) });
    expect(live.getView().state).toMatchObject({ session: 's2', seq: 1, slide: 1 });
  });

  it('backs off exponentially up to the ceiling, with jitter', () => {
    const b = { baseMs: 500, maxMs: 15_000 };
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, b, () => 0))).toEqual([250, 500, 1000, 2000, 7500]);
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, b, () => 1))).toEqual([500, 1000, 2000, 4000, 15_000]);
  });
});

describe('no live session here', () => {
  it('is detected on a static host (404 or an HTML fallback) and found on the workshop server', async () => {
    const s = await server();
    expect(await detectLiveServer(`${s.origin}/#/join`)).toBe(true);
    for (const answer of [(res: import('node:http').ServerResponse) => res.writeHead(404).end('no'), (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>')]) {
      const host = createServer((_req, res) => answer(res));
      await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
      const { port } = host.address() as AddressInfo;
      expect(await detectLiveServer(`http://127.0.0.1:${port}/deck/#/join`)).toBe(false);
      await new Promise((r) => host.close(r));
    }
    // Nothing listening at all (offline copy): false, quickly.
    expect(await detectLiveServer('http://127.0.0.1:1/#/join', fetch, 1000)).toBe(false);
  });
});
