import type { CheckRecord, DeckProgress, ExerciseRecord } from './progress-types.ts';

/**
 * Validates progress read back from storage. Anything another version wrote, a hand
 * edit or a truncated write produced is rejected whole (null), never half-used: a
 * learner who loses progress gets a notice, one who gets corrupt progress gets bugs.
 */
export const PROGRESS_VERSION = 1;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPositive = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

function parseCheck(v: unknown): CheckRecord | null {
  if (!isObj(v)) return null;
  const { selected, status, correct } = v;
  if (!Array.isArray(selected) || !selected.every(isIndex)) return null;
  if (status !== 'answered' && status !== 'revealed') return null;
  if (typeof correct !== 'boolean') return null;
  return { selected: [...selected], status, correct };
}

function parseExercise(v: unknown): ExerciseRecord | null | undefined {
  if (v === null) return null;
  if (!isObj(v)) return undefined;
  const { status, redactedDraft, hintsShown } = v;
  if (status !== 'attempted' && status !== 'passed') return undefined;
  if (!isIndex(hintsShown)) return undefined;
  if (redactedDraft !== undefined && typeof redactedDraft !== 'string') return undefined;
  return redactedDraft === undefined ? { status, hintsShown } : { status, redactedDraft, hintsShown };
}

/**
 * The exercise records by id. Saves from before exercises were content hold a single
 * `exercise` record (null when untouched): that was the only exercise, remotecfg.
 */
const LEGACY_EXERCISE_ID = 'remotecfg';

function parseExercises(exercises: unknown, legacy: unknown): Record<string, ExerciseRecord> | undefined {
  const out: Record<string, ExerciseRecord> = {};
  if (exercises === undefined) {
    const record = parseExercise(legacy);
    if (record === undefined) return undefined;
    if (record) out[LEGACY_EXERCISE_ID] = record;
    return out;
  }
  if (!isObj(exercises)) return undefined;
  for (const [id, value] of Object.entries(exercises)) {
    const record = parseExercise(value);
    if (!record) return undefined;
    out[id] = record;
  }
  return out;
}

export function parseProgress(raw: unknown): DeckProgress | null {
  if (!isObj(raw) || raw.version !== PROGRESS_VERSION) return null;
  const { visited, lastPosition, checks, exercises, exercise, timeSpentMs } = raw;

  if (!Array.isArray(visited) || !visited.every(isPositive)) return null;

  let position: DeckProgress['lastPosition'] = null;
  if (lastPosition !== null) {
    if (!isObj(lastPosition) || !isPositive(lastPosition.slide) || !isPositive(lastPosition.step)) return null;
    position = { slide: lastPosition.slide, step: lastPosition.step };
  }

  if (!isObj(checks)) return null;
  const checkRecords: Record<string, CheckRecord> = {};
  for (const [id, value] of Object.entries(checks)) {
    const record = parseCheck(value);
    if (!record) return null;
    checkRecords[id] = record;
  }

  const exerciseRecords = parseExercises(exercises, exercise);
  if (exerciseRecords === undefined) return null;

  if (typeof timeSpentMs !== 'number' || !Number.isFinite(timeSpentMs) || timeSpentMs < 0) return null;

  return {
    version: PROGRESS_VERSION,
    visited: [...new Set(visited)].sort((a, b) => a - b),
    lastPosition: position,
    checks: checkRecords,
    exercises: exerciseRecords,
    timeSpentMs,
  };
}

/** Parses the stored string; null for anything that is not valid progress JSON. */
export function parseProgressJson(text: string): DeckProgress | null {
  try {
    return parseProgress(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Drops what the current deck no longer has (a slide removed since the last visit), so a
 * stale position can never point past the end. `steps[i]` is slide i+1's step count.
 */
export function fitProgressToDeck(progress: DeckProgress, steps: readonly number[]): DeckProgress {
  const count = steps.length;
  const visited = progress.visited.filter((n) => n <= count);
  let lastPosition = progress.lastPosition;
  if (lastPosition && lastPosition.slide > count) lastPosition = null;
  else if (lastPosition) lastPosition = { slide: lastPosition.slide, step: Math.min(lastPosition.step, steps[lastPosition.slide - 1] ?? 1) };
  const same =
    visited.length === progress.visited.length &&
    lastPosition?.slide === progress.lastPosition?.slide &&
    lastPosition?.step === progress.lastPosition?.step;
  return same ? progress : { ...progress, visited, lastPosition };
}
