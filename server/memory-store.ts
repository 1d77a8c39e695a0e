import type { AskedCheck, Counts, PresenterCommand } from '../src/live/protocol.ts';
import type { CheckResult } from './results-csv.ts';
import { acceptsAnswer, initialState, reduce, roundOfAsk, type CheckRounds, type ServerState } from './session-state.ts';
import { countsOf, inAskedOrder, type SessionStore, type StoreEvent } from './session-store.ts';

/** One process, no Redis: the default. A session idle for `idleMs` starts again from slide 1. */
export class MemoryStore implements SessionStore {
  private state = initialState();
  private key: string | null = null;
  private readonly checks = new Map<string, AskedCheck>();
  private readonly answers = new Map<string, Map<string, number>>();
  private readonly rounds = new Map<string, CheckRounds>();
  /** The closed rounds that a fresh round replaced, for the CSV. */
  private readonly history: CheckResult[] = [];
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
      this.rounds.clear();
      this.history.length = 0;
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
    const kept = command.t === 'ask' ? this.rounds.get(command.check.id) : undefined;
    const round = roundOfAsk(kept);
    const next = reduce(this.live(), command, round);
    if (!next) return null;
    this.state = next;
    if (command.t === 'ask') {
      const id = command.check.id;
      if (kept?.closed) {
        // A fresh round: the closed one goes to the results as it was, and nobody's old answer counts.
        this.history.push({ check: this.checks.get(id)!, round: kept.round, counts: this.tally(id)?.counts ?? [] });
        this.answers.delete(id);
      }
      this.rounds.set(id, { round, closed: false });
      this.checks.set(id, command.check);
    }
    if (command.t === 'close-check') {
      const closing = this.rounds.get(command.checkId);
      if (closing) closing.closed = true;
    }
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
    const current = [...this.checks.values()].map((check) => ({ check, round: this.rounds.get(check.id)?.round ?? 1, counts: this.tally(check.id)?.counts ?? [] }));
    return inAskedOrder([...this.history, ...current], [...this.checks.keys()]);
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
