import { Redis } from 'ioredis';
import type { AskedCheck, Counts, PresenterCommand } from '../src/live/protocol.ts';
import type { CheckResult } from './results-csv.ts';
import { initialState, reduce, type ServerState } from './session-state.ts';
import type { SessionStore, StoreEvent } from './session-store.ts';

/**
 * Compare-and-set of the session state: writes and publishes the new state only if the stored
 * one is still the one the reducer started from, so two processes never both win with the same
 * `seq`. Redis runs a script atomically and delivers PUBLISH in order, so every process sees
 * the states in `seq` order.
 * KEYS: state, checks, channel. ARGV: expected ('' = none), new state, ttl ms, check id, check json.
 */
const APPLY = `
local raw = redis.call('GET', KEYS[1])
if (raw or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
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
    for (let attempt = 0; attempt < 50; attempt++) {
      const { raw, state } = await this.readRaw();
      const next = reduce(state, command);
      if (!next) return null;
      const asked = command.t === 'ask' ? command.check : null;
      const won = await this.redis.eval(
        APPLY, 3, `${this.prefix}state`, `${this.prefix}checks`, this.channel,
        raw, JSON.stringify(next), String(this.idleMs), asked?.id ?? '', asked ? JSON.stringify(asked) : '',
      );
      if (won === 1) return next;
    }
    throw new Error('Redis: the session state kept changing under this write (50 attempts)');
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
    const checks = await this.redis.hgetall(`${this.prefix}checks`);
    const out: CheckResult[] = [];
    for (const json of Object.values(checks)) {
      const check = JSON.parse(json) as AskedCheck;
      out.push({ check, counts: (await this.counts(check.id))?.counts ?? [] });
    }
    return out;
  }

  async touch(): Promise<void> {
    const ids = await this.redis.hkeys(`${this.prefix}checks`);
    const pipeline = this.redis.pipeline().pexpire(`${this.prefix}state`, this.idleMs).pexpire(`${this.prefix}checks`, this.idleMs);
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
