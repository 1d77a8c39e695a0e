import { Redis } from 'ioredis';
import type { AskedCheck, Counts, PresenterCommand } from '../src/live/protocol.ts';
import type { CheckResult } from './results-csv.ts';
import { initialState, reduce, roundOfAsk, type CheckRounds, type ServerState } from './session-state.ts';
import { countsOf, inAskedOrder, type SessionStore, type StoreEvent } from './session-store.ts';

/**
 * Compare-and-set of the session state: writes and publishes the new state only if the stored
 * one is still the one the reducer started from, so two processes never both win with the same
 * `seq`. Redis runs a script atomically and delivers PUBLISH in order, so every process sees
 * the states in `seq` order. The check's rounds change only here, with the state, so what the
 * reducer read of them is still true when the compare succeeds.
 * KEYS: state, checks, channel, rounds, closed, history, answers of the check, counts of the check.
 * ARGV: expected ('' = none), new state, ttl ms, asked check id, its json, closed check id,
 * '1' when the ask opens a fresh round, the round it opens.
 */
const APPLY = `
local raw = redis.call('GET', KEYS[1])
if (raw or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
if ARGV[4] ~= '' then
  if ARGV[7] == '1' then
    local old = redis.call('HGET', KEYS[2], ARGV[4])
    redis.call('RPUSH', KEYS[6], cjson.encode({ check = old, round = tonumber(ARGV[8]) - 1, counts = redis.call('HGETALL', KEYS[8]) }))
    redis.call('PEXPIRE', KEYS[6], ARGV[3])
    redis.call('DEL', KEYS[7], KEYS[8])
  end
  redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
  redis.call('HSET', KEYS[4], ARGV[4], ARGV[8])
  redis.call('SREM', KEYS[5], ARGV[4])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
  redis.call('PEXPIRE', KEYS[4], ARGV[3])
end
if ARGV[6] ~= '' then
  redis.call('SADD', KEYS[5], ARGV[6])
  redis.call('PEXPIRE', KEYS[5], ARGV[3])
end
redis.call('PUBLISH', KEYS[3], '{"kind":"state","state":' .. ARGV[2] .. '}')
return 1
`;

/**
 * One attendee's answer, checked against the stored state (the current check, not closed, the
 * option exists) and counted atomically; publishes the new counts.
 * KEYS: state, answers of the check, counts of the check, channel. ARGV: attendee, check id, option ('' withdraws), ttl ms.
 */
const ANSWER = `
local raw = redis.call('GET', KEYS[1])
if not raw then return nil end
local s = cjson.decode(raw)
if type(s.check) ~= 'table' or s.check.asked.id ~= ARGV[2] or s.check.phase == 'closed' then return nil end
local n = #s.check.asked.options
local new = ARGV[3]
if new ~= '' and tonumber(new) >= n then return nil end
local old = redis.call('HGET', KEYS[2], ARGV[1]) or ''
if old == new then return nil end
if old ~= '' then redis.call('HINCRBY', KEYS[3], old, -1) end
if new == '' then
  redis.call('HDEL', KEYS[2], ARGV[1])
else
  redis.call('HSET', KEYS[2], ARGV[1], new)
  redis.call('HINCRBY', KEYS[3], new, 1)
end
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
local counts = {}
local total = 0
for i = 0, n - 1 do
  local c = tonumber(redis.call('HGET', KEYS[3], tostring(i)) or '0')
  counts[i + 1] = c
  total = total + c
end
local json = cjson.encode({ checkId = ARGV[2], counts = counts, total = total })
redis.call('PUBLISH', KEYS[4], '{"kind":"counts","counts":' .. json .. '}')
return json
`;

/** Sessions shared by every server process that uses the same Redis and namespace. */
export class RedisStore implements SessionStore {
  private readonly redis: Redis;
  private readonly subscriber: Redis;
  private readonly listeners: ((event: StoreEvent) => void)[] = [];
  private readonly prefix: string;
  private readonly ready: Promise<unknown>;
  private readonly idleMs: number;

  constructor(url: string, namespace: string, idleMs: number) {
    this.idleMs = idleMs;
    this.prefix = `workshop:${namespace}:`;
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    this.subscriber.on('message', (_channel: string, message: string) => this.deliver(message));
    this.ready = this.subscriber.subscribe(this.channel);
  }

  private get channel(): string {
    return `${this.prefix}events`;
  }

  private deliver(message: string): void {
    let event: StoreEvent;
    try {
      event = JSON.parse(message) as StoreEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  /** Resolves once the subscription is live, so no event published after it is missed. */
  async connected(): Promise<void> {
    await this.ready;
  }

  async presenterKey(candidate: string): Promise<string> {
    await this.redis.set(`${this.prefix}key`, candidate, 'NX');
    return (await this.redis.get(`${this.prefix}key`)) ?? candidate;
  }

  private async readRaw(): Promise<{ raw: string; state: ServerState }> {
    const raw = (await this.redis.get(`${this.prefix}state`)) ?? '';
    if (raw) {
      try {
        return { raw, state: JSON.parse(raw) as ServerState };
      } catch {
        // A corrupt value is replaced by a fresh session on the next write.
      }
    }
    return { raw, state: initialState() };
  }

  async read(): Promise<ServerState> {
    for (;;) {
      const { raw, state } = await this.readRaw();
      if (raw) return state;
      // The first reader creates the session, so every process agrees on its id.
      const created = JSON.stringify(state);
      const ok = await this.redis.set(`${this.prefix}state`, created, 'PX', this.idleMs, 'NX');
      if (ok) return state;
    }
  }

  async apply(command: PresenterCommand): Promise<ServerState | null> {
    const p = this.prefix;
    const asked = command.t === 'ask' ? command.check : null;
    const closedId = command.t === 'close-check' ? command.checkId : '';
    const id = asked?.id ?? closedId;
    for (let attempt = 0; attempt < 50; attempt++) {
      const { raw, state } = await this.readRaw();
      const kept = asked ? await this.roundsOf(asked.id) : undefined;
      const round = roundOfAsk(kept);
      const next = reduce(state, command, round);
      if (!next) return null;
      const won = await this.redis.eval(
        APPLY, 8, `${p}state`, `${p}checks`, this.channel, `${p}rounds`, `${p}closed`, `${p}history`, `${p}answers:${id}`, `${p}counts:${id}`,
        raw, JSON.stringify(next), String(this.idleMs), asked?.id ?? '', asked ? JSON.stringify(asked) : '', closedId, kept?.closed ? '1' : '', String(round),
      );
      if (won === 1) return next;
    }
    throw new Error('Redis: the session state kept changing under this write (50 attempts)');
  }

  private async roundsOf(checkId: string): Promise<CheckRounds | undefined> {
    const [round, closed] = await Promise.all([this.redis.hget(`${this.prefix}rounds`, checkId), this.redis.sismember(`${this.prefix}closed`, checkId)]);
    return round === null ? undefined : { round: Number(round), closed: closed === 1 };
  }

  async answer(attendee: string, checkId: string, option: number | null): Promise<Counts | null> {
    const json = await this.redis.eval(
      ANSWER, 4, `${this.prefix}state`, `${this.prefix}answers:${checkId}`, `${this.prefix}counts:${checkId}`, this.channel,
      attendee, checkId, option === null ? '' : String(option), String(this.idleMs),
    );
    return typeof json === 'string' ? (JSON.parse(json) as Counts) : null;
  }

  async answerOf(attendee: string, checkId: string): Promise<number | null> {
    const value = await this.redis.hget(`${this.prefix}answers:${checkId}`, attendee);
    return value === null ? null : Number(value);
  }

  async counts(checkId: string): Promise<Counts | null> {
    const json = await this.redis.hget(`${this.prefix}checks`, checkId);
    if (!json) return null;
    const check = JSON.parse(json) as AskedCheck;
    const stored = await this.redis.hgetall(`${this.prefix}counts:${checkId}`);
    const counts = check.options.map((_, i) => Math.max(0, Number(stored[String(i)] ?? 0)));
    return { checkId, counts, total: counts.reduce((a, b) => a + b, 0) };
  }

  async results(): Promise<CheckResult[]> {
    const p = this.prefix;
    const [checks, rounds, history] = await Promise.all([this.redis.hgetall(`${p}checks`), this.redis.hgetall(`${p}rounds`), this.redis.lrange(`${p}history`, 0, -1)]);
    const out: CheckResult[] = [];
    for (const entry of history) {
      // { check: json of the check, round, counts: HGETALL as [option, count, ...] (an empty one comes as {}) }
      const h = JSON.parse(entry) as { check: string; round: number; counts: string[] | Record<string, never> };
      const check = JSON.parse(h.check) as AskedCheck;
      const flat = Array.isArray(h.counts) ? h.counts : [];
      const tally = new Map<number, number>();
      for (let i = 0; i + 1 < flat.length; i += 2) tally.set(Number(flat[i]), Number(flat[i + 1]));
      out.push({ check, round: h.round, counts: countsOf(check.id, check.options.length, tally).counts });
    }
    for (const json of Object.values(checks)) {
      const check = JSON.parse(json) as AskedCheck;
      out.push({ check, round: Number(rounds[check.id] ?? 1), counts: (await this.counts(check.id))?.counts ?? [] });
    }
    return inAskedOrder(out, Object.keys(checks));
  }

  async touch(): Promise<void> {
    const ids = await this.redis.hkeys(`${this.prefix}checks`);
    const pipeline = this.redis.pipeline();
    for (const key of ['state', 'checks', 'rounds', 'closed', 'history']) pipeline.pexpire(`${this.prefix}${key}`, this.idleMs);
    for (const id of ids) pipeline.pexpire(`${this.prefix}answers:${id}`, this.idleMs).pexpire(`${this.prefix}counts:${id}`, this.idleMs);
    await pipeline.exec();
  }

  subscribe(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    this.listeners.length = 0;
    await Promise.allSettled([this.subscriber.quit(), this.redis.quit()]);
  }
}
