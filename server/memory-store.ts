import type { AskedCheck, Counts, PresenterCommand } from '../src/live/protocol.ts';
import type { CheckResult } from './results-csv.ts';
import { acceptsAnswer, initialState, reduce, type ServerState } from './session-state.ts';
import { countsOf, type SessionStore, type StoreEvent } from './session-store.ts';

/** One process, no Redis: the default. A session idle for `idleMs` starts again from slide 1. */
export class MemoryStore implements SessionStore {
  private state = initialState();
  private key: string | null = null;
  private readonly checks = new Map<string, AskedCheck>();
  private readonly answers = new Map<string, Map<string, number>>();
  private readonly listeners: ((event: StoreEvent) => void)[] = [];
  private lastActive: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(idleMs: number, now: () => number = Date.now) {
    this.idleMs = idleMs;
    this.now = now;
    this.lastActive = now();
  }

  private live(): ServerState {
    const now = this.now();
    if (now - this.lastActive > this.idleMs) {
      this.state = initialState();
      this.checks.clear();
      this.answers.clear();
    }
    this.lastActive = now;
    return this.state;
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  async presenterKey(candidate: string): Promise<string> {
    this.key ??= candidate;
    return this.key;
  }

  async read(): Promise<ServerState> {
    return this.live();
  }

  async apply(command: PresenterCommand): Promise<ServerState | null> {
    const next = reduce(this.live(), command);
    if (!next) return null;
    this.state = next;
    if (command.t === 'ask') this.checks.set(command.check.id, command.check);
    this.emit({ kind: 'state', state: next });
    return next;
  }

  async answer(attendee: string, checkId: string, option: number | null): Promise<Counts | null> {
    const state = this.live();
    if (!acceptsAnswer(state, checkId, option)) return null;
    let byAttendee = this.answers.get(checkId);
    if (!byAttendee) this.answers.set(checkId, (byAttendee = new Map()));
    const old = byAttendee.get(attendee) ?? null;
    if (old === option) return null;
    if (option === null) byAttendee.delete(attendee);
    else byAttendee.set(attendee, option);
    const counts = this.tally(checkId);
    if (counts) this.emit({ kind: 'counts', counts });
    return counts;
  }

  private tally(checkId: string): Counts | null {
    const check = this.checks.get(checkId);
    if (!check) return null;
    const tally = new Map<number, number>();
    for (const option of this.answers.get(checkId)?.values() ?? []) tally.set(option, (tally.get(option) ?? 0) + 1);
    return countsOf(checkId, check.options.length, tally);
  }

  async answerOf(attendee: string, checkId: string): Promise<number | null> {
    return this.answers.get(checkId)?.get(attendee) ?? null;
  }

  async counts(checkId: string): Promise<Counts | null> {
    return this.tally(checkId);
  }

  async results(): Promise<CheckResult[]> {
    return [...this.checks.values()].map((check) => ({ check, counts: this.tally(check.id)?.counts ?? [] }));
  }

  async touch(): Promise<void> {
    this.live();
  }

  subscribe(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    this.listeners.length = 0;
  }
}
