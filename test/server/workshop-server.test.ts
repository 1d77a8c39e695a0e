import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CHECK, TestClient, startTestServer, waitFor } from './helpers.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const clients: TestClient[] = [];
const join = async (attendee: string, key?: string): Promise<TestClient> => {
  const client = await TestClient.join(server.origin, attendee, key);
  clients.push(client);
  return client;
};

beforeEach(async () => {
  server = await startTestServer({ countsIntervalMs: 10 });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server.close();
});

describe('workshop server: roles', () => {
  it('makes a connection with the key a presenter, any other an attendee', async () => {
    const presenter = await join('p1', server.presenterKey);
    const attendee = await join('a1');
    const forger = await join('a2', 'not-the-key');
    expect(presenter.last('snapshot')?.role).toBe('presenter');
    expect(attendee.last('snapshot')?.role).toBe('attendee');
    expect(forger.last('snapshot')?.role).toBe('attendee');
    expect(server.connections()).toEqual({ presenters: 1, attendees: 2, pending: 0 });
  });

  it('lets every presenter device drive, and every client follow in order', async () => {
    const laptop = await join('laptop', server.presenterKey);
    const phone = await join('phone', server.presenterKey);
    const attendee = await join('a1');
    laptop.send({ t: 'goto', slide: 2, step: 1 });
    phone.send({ t: 'goto', slide: 3, step: 2 });
    phone.send({ t: 'blackout', on: true });
    await waitFor(() => attendee.state?.blackout, 'blackout on the attendee');
    expect(attendee.state).toMatchObject({ slide: 3, step: 2, blackout: true, seq: 3 });
    const seqs = attendee.of('state').map((m) => m.state.seq);
    expect(seqs).toEqual([1, 2, 3]);
    await waitFor(() => laptop.state?.blackout, 'blackout on the other presenter');
  });

  it('acknowledges each presenter command to its sender with the seq that includes it (null when nothing changed), and nothing to attendees', async () => {
    const laptop = await join('laptop', server.presenterKey);
    const phone = await join('phone', server.presenterKey);
    const attendee = await join('a1');
    laptop.send({ t: 'goto', slide: 2, step: 1 }); // n = 2 (hello was 1)
    laptop.send({ t: 'blackout', on: true }); // n = 3
    laptop.send({ t: 'blackout', on: true }); // n = 4: already on
    const acks = await waitFor(() => (laptop.of('ack').length === 3 ? laptop.of('ack') : null), 'three acks');
    const session = laptop.state!.session;
    expect(acks).toEqual([
      { t: 'ack', n: 2, session, seq: 1 },
      { t: 'ack', n: 3, session, seq: 2 },
      { t: 'ack', n: 4, session, seq: null },
    ]);
    attendee.send({ t: 'goto', slide: 5, step: 1 });
    await waitFor(() => phone.state?.blackout, 'the blackout on the other presenter');
    expect(phone.of('ack')).toEqual([]);
    expect(attendee.of('ack')).toEqual([]);
  });

  it('drops control messages from attendees and from connections that never said hello', async () => {
    const presenter = await join('p', server.presenterKey);
    const attendee = await join('a1', 'wrong');
    attendee.send({ t: 'goto', slide: 5, step: 1 });
    attendee.send({ t: 'blackout', on: true });
    attendee.send({ t: 'ask', check: CHECK });
    const anonymous = new TestClient(`${server.origin.replace('http', 'ws')}/live`);
    clients.push(anonymous);
    await anonymous.opened();
    anonymous.send({ t: 'goto', slide: 7, step: 1 });
    presenter.send({ t: 'goto', slide: 2, step: 1 });
    await waitFor(() => attendee.state?.slide === 2, 'the presenter change');
    expect(attendee.state).toMatchObject({ slide: 2, blackout: false, check: null, seq: 1 });
    expect(anonymous.received).toEqual([]);
  });

  it('drops a replayed frame (same counter) and a second hello that tries to become presenter', async () => {
    const presenter = new TestClient(`${server.origin.replace('http', 'ws')}/live`);
    clients.push(presenter);
    await presenter.opened();
    presenter.raw(JSON.stringify({ t: 'hello', n: 1, v: 1, attendee: 'p', key: server.presenterKey }));
    await presenter.next('snapshot');
    presenter.raw(JSON.stringify({ t: 'goto', n: 2, slide: 2, step: 1 }));
    presenter.raw(JSON.stringify({ t: 'goto', n: 3, slide: 4, step: 1 }));
    presenter.raw(JSON.stringify({ t: 'goto', n: 2, slide: 2, step: 1 }));
    const attendee = await join('a1');
    attendee.send({ t: 'hello', v: 1, attendee: 'a1', key: server.presenterKey });
    attendee.send({ t: 'goto', slide: 6, step: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(attendee.state?.slide).toBe(4);
    expect(attendee.of('snapshot')).toHaveLength(1);
  });
});

describe('workshop server: presence', () => {
  it('tells presenters, and only presenters, how many attendees are connected', async () => {
    await server.close();
    server = await startTestServer({ countsIntervalMs: 10, presenceIntervalMs: 10 });
    const presenter = await join('p1', server.presenterKey);
    await waitFor(() => presenter.last('presence'), 'presence on joining');
    expect(presenter.last('presence')?.attendees).toBe(0);
    const a = await join('a1');
    await join('a2');
    await waitFor(() => presenter.last('presence')?.attendees === 2, 'two attendees');
    await a.close();
    await waitFor(() => presenter.last('presence')?.attendees === 1, 'one attendee after a leaves');
    expect(clients[2]!.of('presence')).toEqual([]);
  });

  it('uses a given presenter key, so a restarted server accepts the link already open', async () => {
    await server.close();
    server = await startTestServer({ presenterKey: 'kept-key-for-restarts' });
    expect(server.presenterKey).toBe('kept-key-for-restarts');
    const presenter = await join('p1', 'kept-key-for-restarts');
    expect(presenter.last('snapshot')?.role).toBe('presenter');
  });
});

describe('workshop server: snapshots', () => {
  it('gives a late joiner the current slide, step, blackout, timer and check at once', async () => {
    const presenter = await join('p', server.presenterKey);
    presenter.send({ t: 'goto', slide: 5, step: 3 });
    presenter.send({ t: 'timer', timer: { running: true, startedAt: 1_700_000_000_000, accumulatedMs: 4000 } });
    presenter.send({ t: 'ask', check: CHECK });
    await waitFor(() => presenter.state?.check, 'the check');
    const late = await join('late');
    const snap = late.last('snapshot')!;
    expect(snap.state).toMatchObject({ slide: 5, step: 3, timer: { running: true, startedAt: 1_700_000_000_000 } });
    expect(snap.state.check).toEqual({ id: CHECK.id, round: 1, question: CHECK.question, options: CHECK.options.map((o) => o.text), phase: 'open' });
    expect(snap.counts).toBeNull();
  });
});

describe('workshop server: live checks', () => {
  it('counts anonymous answers, shows results, reveals the answer on close, keeps an answer across reconnects', async () => {
    const presenter = await join('p', server.presenterKey);
    presenter.send({ t: 'ask', check: CHECK });
    const a1 = await join('attendee-1');
    const a2 = await join('attendee-2');
    await waitFor(() => a1.state?.check, 'the check on attendee 1');
    // The correct flags and explanations stay on the server while the check is open.
    expect(JSON.stringify(a1.received)).not.toContain('correct');
    expect(JSON.stringify(a1.received)).not.toContain(CHECK.options[0]!.why);

    a1.send({ t: 'answer', checkId: CHECK.id, option: 1 });
    a2.send({ t: 'answer', checkId: CHECK.id, option: 0 });
    a1.send({ t: 'answer', checkId: CHECK.id, option: 0 });
    a2.send({ t: 'answer', checkId: 'another-check', option: 1 });
    a2.send({ t: 'answer', checkId: CHECK.id, option: 7 });
    await waitFor(() => presenter.last('counts')?.counts.total === 2 && presenter.last('counts')!.counts.counts[0] === 2, 'counts 2,0,0');
    expect(presenter.last('counts')!.counts.counts).toEqual([2, 0, 0]);
    expect(a1.of('counts')).toEqual([]);

    await a1.close();
    const back = await join('attendee-1');
    expect(back.last('snapshot')!.yourAnswer).toBe(0);

    presenter.send({ t: 'show-results', checkId: CHECK.id });
    await waitFor(() => a2.last('counts'), 'counts on the audience once results are shown');
    expect(a2.last('counts')!.counts).toEqual({ checkId: CHECK.id, counts: [2, 0, 0], total: 2 });
    expect(a2.state?.check?.phase).toBe('results');
    expect(a2.state?.check?.reveal).toBeUndefined();

    presenter.send({ t: 'close-check', checkId: CHECK.id });
    await waitFor(() => a2.state?.check?.phase === 'closed', 'the closed check');
    expect(a2.state?.check?.reveal).toEqual({ correct: [0], why: [CHECK.options[0]!.why, CHECK.options[1]!.why, null] });
    a2.send({ t: 'answer', checkId: CHECK.id, option: 2 });
    presenter.send({ t: 'results' });
    const { csv } = await presenter.next('results');
    expect(csv).toContain(`${CHECK.id},1,${CHECK.question},1,set:alloy-data-write,yes,2`);
    expect(csv).toContain(`${CHECK.id},1,${CHECK.question},3,metrics:write,no,0`);
    expect(csv).not.toContain('attendee-');
  });

  it('asking a closed check again starts a fresh round; asking it again before Close continues it; the CSV has each round', async () => {
    const presenter = await join('p', server.presenterKey);
    const a1 = await join('attendee-1');
    const a2 = await join('attendee-2');
    presenter.send({ t: 'ask', check: CHECK });
    await waitFor(() => a1.state?.check, 'the check');
    expect(a1.state?.check?.round).toBe(1);
    a1.send({ t: 'answer', checkId: CHECK.id, option: 0 });
    a2.send({ t: 'answer', checkId: CHECK.id, option: 1 });
    await waitFor(() => presenter.last('counts')?.counts.total === 2, 'two answers');

    // Taken off the screens by mistake and asked again: the same round, answers kept, counts at once.
    presenter.send({ t: 'clear-check' });
    await waitFor(() => a1.state && a1.state.check === null, 'the check taken off');
    const countsBefore = presenter.of('counts').length;
    presenter.send({ t: 'ask', check: CHECK });
    await waitFor(() => presenter.of('counts').length > countsBefore, 'counts on asking again');
    expect(presenter.last('counts')!.counts).toEqual({ checkId: CHECK.id, counts: [1, 1, 0], total: 2 });
    expect(a1.state?.check?.round).toBe(1);
    expect((await join('attendee-1')).last('snapshot')!.yourAnswer).toBe(0);

    // Closed, then asked again: round 2, nobody's old answer counts.
    presenter.send({ t: 'close-check', checkId: CHECK.id });
    presenter.send({ t: 'clear-check' });
    presenter.send({ t: 'ask', check: CHECK });
    await waitFor(() => a2.state?.check?.round === 2 && a2.state.check.phase === 'open', 'round 2 on an attendee');
    await waitFor(() => presenter.last('counts')?.counts.total === 0, 'zero counts for round 2');
    const again = await join('attendee-1');
    expect(again.last('snapshot')!.yourAnswer).toBeNull();
    again.send({ t: 'answer', checkId: CHECK.id, option: 2 });
    await waitFor(() => presenter.last('counts')?.counts.total === 1, 'one answer in round 2');
    expect(presenter.last('counts')!.counts.counts).toEqual([0, 0, 1]);

    presenter.send({ t: 'results' });
    const { csv } = await presenter.next('results');
    const rows = csv.trim().split('\r\n').slice(1).map((r) => r.split(','));
    expect(rows.map((r) => [r[1], r[3], r.at(-1)])).toEqual([
      ['1', '1', '1'], ['1', '2', '1'], ['1', '3', '0'],
      ['2', '1', '0'], ['2', '2', '0'], ['2', '3', '1'],
    ]);
  });

  it('serves the results CSV over HTTP only with the key in the Authorization header', async () => {
    const presenter = await join('p', server.presenterKey);
    presenter.send({ t: 'ask', check: CHECK });
    const a1 = await join('secret-attendee-id');
    await waitFor(() => a1.state?.check, 'the check');
    a1.send({ t: 'answer', checkId: CHECK.id, option: 2 });
    await waitFor(() => presenter.last('counts'), 'counts');
    const url = `${server.origin}/live/results.csv`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${url}?key=${server.presenterKey}`)).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${server.presenterKey}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/csv');
    const csv = await ok.text();
    expect(csv.split('\r\n')[0]).toBe('check,round,question,option,text,correct,answers');
    expect(csv).toContain('metrics:write,no,1');
    expect(csv).not.toContain('secret-attendee-id');
  });
});

describe('workshop server: what attendees can load', () => {
  it('never puts the key in a static file, live.json or an attendee message', async () => {
    const attendee = await join('a1');
    const bodies = await Promise.all(['/', '/index.html', '/assets/app.js', '/live.json'].map(async (p) => (await fetch(server.origin + p)).text()));
    expect(bodies[0]).toContain('<title>Deck</title>');
    expect(JSON.parse(bodies[3]!)).toEqual({ live: true, protocol: 1, socket: 'live' });
    for (const body of bodies) expect(body).not.toContain(server.presenterKey);
    expect(JSON.stringify(attendee.received)).not.toContain(server.presenterKey);
  });

  it('serves nothing outside dist/', async () => {
    const { request } = await import('node:http');
    const get = (path: string): Promise<number> =>
      new Promise((resolve, reject) => {
        request({ host: '127.0.0.1', port: server.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject).end();
      });
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/..\\..\\etc\\passwd', '/%00', '/%E0%A4%A']) {
      expect(await get(path), path).toBe(404);
    }
    expect(await get('/assets/app.js')).toBe(200);
  });
});

describe('workshop server: limits', () => {
  it('refuses a socket from another origin, accepts its own and an allowed one', async () => {
    const url = `${server.origin.replace('http', 'ws')}/live`;
    const attempt = (origin: string): Promise<string> =>
      new Promise((resolve) => {
        const ws = new WebSocket(url, { origin });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        ws.on('error', () => resolve('error'));
      });
    expect(await attempt('https://evil.example')).toBe('403');
    expect(await attempt(server.origin)).toBe('open');
    await server.close();
    server = await startTestServer({ allowedOrigins: ['https://workshop.example.org'] });
    const url2 = `${server.origin.replace('http', 'ws')}/live`;
    const open = await new Promise<string>((resolve) => {
      const ws = new WebSocket(url2, { origin: 'https://workshop.example.org' });
      ws.on('open', () => {
        ws.close();
        resolve('open');
      });
      ws.on('error', () => resolve('error'));
    });
    expect(open).toBe('open');
  });

  it('caps attendees per session but still lets the presenter in', async () => {
    await server.close();
    server = await startTestServer({ maxAttendees: 2 });
    await join('a1');
    await join('a2');
    const third = new TestClient(`${server.origin.replace('http', 'ws')}/live`);
    clients.push(third);
    await third.opened();
    third.send({ t: 'hello', v: 1, attendee: 'a3' });
    await waitFor(() => third.closed, 'the third attendee turned away');
    expect(third.received).toEqual([{ t: 'error', code: 'full' }]);
    const presenter = await join('p', server.presenterKey);
    expect(presenter.last('snapshot')?.role).toBe('presenter');
  });

  it('closes a connection that sends a frame over 4 KB, and others carry on', async () => {
    const presenter = await join('p', server.presenterKey);
    const big = await join('big');
    big.raw(JSON.stringify({ t: 'answer', n: 9, checkId: 'x', option: 0, pad: 'x'.repeat(5000) }));
    await waitFor(() => big.closed, 'the oversized sender closed');
    const other = await join('other');
    presenter.send({ t: 'goto', slide: 2, step: 1 });
    await waitFor(() => other.state?.slide === 2, 'the change');
  });

  it('rate-limits a connection: a flood is dropped beyond the burst', async () => {
    await server.close();
    server = await startTestServer({ rate: { perSecond: 1, burst: 5 } });
    const presenter = await join('p', server.presenterKey);
    for (let i = 2; i < 40; i++) presenter.send({ t: 'goto', slide: i, step: 1 });
    await new Promise((r) => setTimeout(r, 200));
    // The hello took one token: four changes got through.
    expect(presenter.state?.slide).toBe(5);
  });

  it('closes a connection that never says hello', async () => {
    await server.close();
    server = await startTestServer({ helloTimeoutMs: 100 });
    const silent = new TestClient(`${server.origin.replace('http', 'ws')}/live`);
    clients.push(silent);
    await silent.opened();
    await waitFor(() => silent.closed, 'the silent connection closed');
    expect(silent.received).toEqual([{ t: 'error', code: 'hello-timeout' }]);
  });
});
