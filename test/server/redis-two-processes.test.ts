import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopProcessGroup } from '../../scripts/process-group.ts';
import { freePort } from '../../scripts/workshop-process.ts';
import { CHECK, TestClient, fakeDist, keyOf, spawnWorkshop, waitFor, type WorkshopProcess } from './helpers.ts';

/**
 * Two workshop processes share one session through a Redis of their own: an attendee on one
 * follows a presenter on the other. Needs Debian's redis-server; without it the test is
 * skipped, except under CI=true, where that is a failure.
 */
const REDIS = '/usr/bin/redis-server';
const hasRedis = existsSync(REDIS);
if (!hasRedis && process.env.CI === 'true') throw new Error(`${REDIS} is missing: CI must install redis-server (apt-get install -y redis-server)`);
if (!hasRedis) console.warn(`Skipping the two-process Redis test: ${REDIS} is not installed (apt-get install -y redis-server).`);


let redis: ChildProcess | null = null;
let redisDir = '';
let dist: ReturnType<typeof fakeDist> | null = null;
const workshops: WorkshopProcess[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  redisDir = mkdtempSync(join(tmpdir(), 'workshop-redis-'));
  const port = await freePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  redis.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => out.includes('Ready to accept connections'), `redis-server ready:\n${out}`, 10_000);
  dist = fakeDist();
  const env = { WORKSHOP_REDIS_URL: `redis://127.0.0.1:${port}` };
  const args = ['--no-build', '--dist', dist.dir, '--host', '127.0.0.1', '--port', '0', '--session', `test-${process.pid}`];
  workshops.push(await spawnWorkshop(args, env));
  workshops.push(await spawnWorkshop(args, env));
}, 60_000);

afterAll(async () => {
  const codes = await Promise.all(workshops.map((w) => w.stop()));
  if (redis) await stopProcessGroup(redis);
  dist?.remove();
  if (redisDir) rmSync(redisDir, { recursive: true, force: true });
  // Both processes shut down cleanly on SIGTERM.
  expect(codes.every((c) => c === 0)).toBe(true);
}, 30_000);

describe.skipIf(!hasRedis)('Redis: two server processes, one session', () => {
  it('issues one key for both processes, and an attendee on one follows a presenter on the other', async () => {
    const [a, b] = workshops as [WorkshopProcess, WorkshopProcess];
    expect(a.origin).not.toBe(b.origin);
    expect(keyOf(a.presenterLink)).toBe(keyOf(b.presenterLink));
    const key = keyOf(a.presenterLink);

    const presenter = await TestClient.join(a.origin, 'presenter', key);
    const attendee = await TestClient.join(b.origin, 'attendee-on-b');
    presenter.send({ t: 'goto', slide: 2, step: 1 });
    presenter.send({ t: 'goto', slide: 3, step: 2 });
    presenter.send({ t: 'blackout', on: true });
    await waitFor(() => attendee.state?.blackout, 'blackout reaching process B');
    expect(attendee.state).toMatchObject({ slide: 3, step: 2 });
    const seqs = attendee.of('state').map((m) => m.state.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));

    // A presenter on B too: both write, every client sees one order.
    const phone = await TestClient.join(b.origin, 'phone', key);
    expect(phone.last('snapshot')?.state).toMatchObject({ slide: 3, step: 2, blackout: true });
    for (let i = 0; i < 10; i++) (i % 2 ? phone : presenter).send({ t: 'goto', slide: 4 + i, step: 1 });
    await waitFor(() => presenter.state?.seq === attendee.state?.seq && attendee.state?.seq === phone.state?.seq && (attendee.state?.seq ?? 0) >= 13, 'every client on the same seq');
    expect(attendee.state).toEqual(presenter.state);

    // A late joiner on A gets the state B's presenter made.
    const late = await TestClient.join(a.origin, 'late');
    expect(late.last('snapshot')?.state).toEqual(attendee.state);

    // Live check across processes: asked on A, answered on B, counted on A.
    presenter.send({ t: 'ask', check: CHECK });
    await waitFor(() => attendee.state?.check?.phase === 'open', 'the check on B');
    attendee.send({ t: 'answer', checkId: CHECK.id, option: 2 });
    late.send({ t: 'answer', checkId: CHECK.id, option: 0 });
    await waitFor(() => presenter.last('counts')?.counts.total === 2, 'two answers counted');
    expect(presenter.last('counts')!.counts.counts).toEqual([1, 0, 1]);
    phone.send({ t: 'close-check', checkId: CHECK.id });
    await waitFor(() => late.state?.check?.phase === 'closed', 'close reaching A');
    expect(late.state?.check?.reveal?.correct).toEqual([0]);
    await Promise.all([presenter, attendee, phone, late].map((c) => c.close()));
  }, 30_000);

  it('rounds of a check across processes: continued after a take-off, fresh after Close, both in the CSV', async () => {
    const [a, b] = workshops as [WorkshopProcess, WorkshopProcess];
    const key = keyOf(a.presenterLink);
    const check = { ...CHECK, id: 'rounds-check' };
    const presenter = await TestClient.join(a.origin, 'presenter', key);
    const phone = await TestClient.join(b.origin, 'phone', key);
    const attendee = await TestClient.join(b.origin, 'attendee-rounds');
    presenter.send({ t: 'ask', check });
    await waitFor(() => attendee.state?.check?.id === check.id, 'the check on B');
    attendee.send({ t: 'answer', checkId: check.id, option: 1 });
    await waitFor(() => presenter.last('counts')?.counts.total === 1, 'one answer');
    phone.send({ t: 'clear-check' });
    await waitFor(() => attendee.state?.check === null, 'taken off');
    phone.send({ t: 'ask', check });
    await waitFor(() => attendee.state?.check?.id === check.id, 'asked again');
    expect(attendee.state?.check?.round).toBe(1);
    expect((await TestClient.join(a.origin, 'attendee-rounds')).last('snapshot')!.yourAnswer).toBe(1);

    presenter.send({ t: 'close-check', checkId: check.id });
    presenter.send({ t: 'clear-check' });
    presenter.send({ t: 'ask', check });
    await waitFor(() => attendee.state?.check?.round === 2 && attendee.state.check.phase === 'open', 'round 2 on B');
    const fresh = await TestClient.join(b.origin, 'attendee-rounds');
    expect(fresh.last('snapshot')!.yourAnswer).toBeNull();
    fresh.send({ t: 'answer', checkId: check.id, option: 0 });
    await waitFor(() => presenter.last('counts')?.counts.total === 1 && presenter.last('counts')!.counts.counts[0] === 1, 'round 2 counted on A');

    phone.send({ t: 'results' });
    const { csv } = await phone.next('results');
    const rows = csv.trim().split('\r\n').filter((r) => r.startsWith(`${check.id},`)).map((r) => r.split(','));
    expect(rows.map((r) => [r[1], r[3], r.at(-1)])).toEqual([
      ['1', '1', '0'], ['1', '2', '1'], ['1', '3', '0'],
      ['2', '1', '1'], ['2', '2', '0'], ['2', '3', '0'],
    ]);
    await Promise.all([presenter, phone, attendee, fresh].map((c) => c.close()));
  }, 30_000);
});
