import { parseProgress } from '../learn/progress-schema.ts';
import { emptyProgress, type CheckRecord, type DeckProgress, type ExerciseRecord } from '../learn/progress-types.ts';
import { exercisesOf, withExercises, type ExerciseEntry } from './progress-fields.ts';

/**
 * The learner's progress as `cmi.suspend_data`: SCORM 1.2 keeps at most 4,096 characters of it
 * (2004: 64,000), and a platform that cuts the rest off would leave unreadable JSON. So the
 * form is compact and versioned, and what does not fit is dropped whole and named in the
 * string itself, never cut off mid-way:
 *
 *   1|<visited>|<position>|<seconds>|<checks>|<exercises>|<dropped>
 *
 * - visited: a bitset of slide numbers, 6 per base64url character;
 * - position: `slide.step` in base 36, empty when none;
 * - seconds: time on the slides, base 36;
 * - checks: `,`-separated; a build id `s12-c3` is written `c.3` in base 36 (`~` + escaped id
 *   otherwise), then one letter (A/a answered right/wrong, R/r revealed right/wrong), then
 *   the chosen options as a base-36 bitmask;
 * - exercises: `,`-separated `id:<p|a><hints>[:draft]` (p passed, a attempted);
 * - dropped: `,`-separated names of what did not fit (`draft:<id>`, `checks:<count>`).
 */
export const SUSPEND_VERSION = '1';
export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BUILD_CHECK_ID = /^s([1-9]\d*)-c([1-9]\d*)$/;
const STATUS_LETTER = { answered: { true: 'A', false: 'a' }, revealed: { true: 'R', false: 'r' } } as const;
/** Options beyond this index do not fit the bitmask in a safe integer; such a record is dropped. */
const MAX_OPTION = 50;

export interface Encoded {
  text: string;
  /** What did not fit the limit, as written into the string's last field. Empty when all fit. */
  dropped: string[];
}

/** Only the field separators and what a platform might mangle are escaped; spaces and punctuation stay. */
function escapeText(s: string): string {
  return s.replace(/[%|,:~\u0000-\u001f\u007f-\uffff]/g, (c) => encodeURIComponent(c).replace(/[!'()*~]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
}

function unescapeText(s: string): string {
  return decodeURIComponent(s);
}

function encodeVisited(visited: readonly number[]): string {
  const max = Math.max(0, ...visited);
  const bits = new Array<number>(Math.ceil(max / 6)).fill(0);
  for (const n of visited) bits[Math.floor((n - 1) / 6)]! |= 1 << ((n - 1) % 6);
  return bits.map((b) => B64[b]).join('');
}

function decodeVisited(text: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const v = B64.indexOf(text[i]!);
    if (v < 0) return null;
    for (let bit = 0; bit < 6; bit++) if (v & (1 << bit)) out.push(i * 6 + bit + 1);
  }
  return out;
}

function encodeCheck(id: string, r: CheckRecord): string | null {
  if (r.selected.some((i) => i > MAX_OPTION)) return null;
  const m = BUILD_CHECK_ID.exec(id);
  const key = m ? `${Number(m[1]).toString(36)}.${Number(m[2]).toString(36)}` : `~${escapeText(id)}`;
  const mask = r.selected.reduce((sum, i) => sum + 2 ** i, 0);
  return `${key}${STATUS_LETTER[r.status][r.correct ? 'true' : 'false']}${mask.toString(36)}`;
}

function decodeCheck(text: string): [string, CheckRecord] | null {
  const m = /^(?:([0-9a-z]+)\.([0-9a-z]+)|~([^~]+))([AaRr])([0-9a-z]+)$/.exec(text);
  if (!m) return null;
  const id = m[3] !== undefined ? unescapeText(m[3]) : `s${parseInt(m[1]!, 36)}-c${parseInt(m[2]!, 36)}`;
  const letter = m[4]!;
  let mask = parseInt(m[5]!, 36);
  const selected: number[] = [];
  for (let i = 0; mask > 0 && i <= MAX_OPTION; i++, mask = Math.floor(mask / 2)) if (mask % 2) selected.push(i);
  return [id, { selected, status: letter === 'A' || letter === 'a' ? 'answered' : 'revealed', correct: letter === 'A' || letter === 'R' }];
}

function encodeExercise({ id, record }: ExerciseEntry, withDraft: boolean): string {
  const head = `${escapeText(id)}:${record.status === 'passed' ? 'p' : 'a'}${record.hintsShown.toString(36)}`;
  return withDraft && record.redactedDraft !== undefined ? `${head}:${escapeText(record.redactedDraft)}` : head;
}

function decodeExercise(text: string): ExerciseEntry | null {
  const m = /^([^:]+):([pa])([0-9a-z]+)(?::(.*))?$/s.exec(text);
  if (!m) return null;
  const record: ExerciseRecord = { status: m[2] === 'p' ? 'passed' : 'attempted', hintsShown: parseInt(m[3]!, 36) };
  if (m[4] !== undefined) record.redactedDraft = unescapeText(m[4]);
  return { id: unescapeText(m[1]!), record };
}

/**
 * Encodes progress within `limit` characters. Over the limit, exercise drafts go first
 * (the learner can retype a draft; a lost answer is lost), then check records from the
 * last slide back; each drop is named in the result and in the string.
 */
export function encodeProgress(progress: DeckProgress, limit: number = SCORM12_SUSPEND_LIMIT): Encoded {
  const pos = progress.lastPosition ? `${progress.lastPosition.slide.toString(36)}.${progress.lastPosition.step.toString(36)}` : '';
  const head = [SUSPEND_VERSION, encodeVisited(progress.visited), pos, Math.round(progress.timeSpentMs / 1000).toString(36)].join('|');
  const checks: string[] = [];
  let unencodable = 0;
  for (const [id, record] of Object.entries(progress.checks).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const c = encodeCheck(id, record);
    if (c === null) unencodable++;
    else checks.push(c);
  }
  const exercises = exercisesOf(progress);
  const drafts = new Set(exercises.filter((e) => e.record.redactedDraft !== undefined).map((e) => e.id));
  const droppedDrafts: string[] = [];

  const build = (keptChecks: number): Encoded => {
    const ex = exercises.map((e) => encodeExercise(e, drafts.has(e.id))).join(',');
    const lostChecks = unencodable + checks.length - keptChecks;
    const dropped = [...droppedDrafts, ...(lostChecks ? [`checks:${lostChecks}`] : [])];
    return { text: [head, checks.slice(0, keptChecks).join(','), ex, dropped.map(escapeText).join(',')].join('|'), dropped };
  };

  let out = build(checks.length);
  // Largest draft first: one long draft is usually the whole overrun.
  const byLength = exercises.filter((e) => drafts.has(e.id)).sort((a, b) => (b.record.redactedDraft?.length ?? 0) - (a.record.redactedDraft?.length ?? 0));
  for (const e of byLength) {
    if (out.text.length <= limit) break;
    drafts.delete(e.id);
    droppedDrafts.push(`draft:${e.id}`);
    out = build(checks.length);
  }
  let kept = checks.length;
  while (out.text.length > limit && kept > 0) out = build(--kept);
  return out;
}

export interface Decoded {
  progress: DeckProgress;
  dropped: string[];
}

/** Null for anything that is not this format (another version, a hand edit, a platform's cut). */
export function decodeProgress(text: string): Decoded | null {
  try {
    return decode(text);
  } catch {
    // A malformed escape (decodeURIComponent throws): not ours.
    return null;
  }
}

function decode(text: string): Decoded | null {
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== SUSPEND_VERSION) return null;
  const [, visitedText, posText, secondsText, checksText, exercisesText, droppedText] = parts as [string, string, string, string, string, string, string];
  const visited = decodeVisited(visitedText);
  if (!visited) return null;
  let lastPosition: DeckProgress['lastPosition'] = null;
  if (posText) {
    const m = /^([0-9a-z]+)\.([0-9a-z]+)$/.exec(posText);
    if (!m) return null;
    lastPosition = { slide: parseInt(m[1]!, 36), step: parseInt(m[2]!, 36) };
  }
  if (!/^[0-9a-z]+$/.test(secondsText)) return null;
  const checks: Record<string, CheckRecord> = {};
  for (const c of checksText ? checksText.split(',') : []) {
    const d = decodeCheck(c);
    if (!d) return null;
    checks[d[0]] = d[1];
  }
  const exercises: ExerciseEntry[] = [];
  for (const e of exercisesText ? exercisesText.split(',') : []) {
    const d = decodeExercise(e);
    if (!d) return null;
    exercises.push(d);
  }
  const dropped = droppedText ? droppedText.split(',').map(unescapeText) : [];
  const base = { ...emptyProgress(), visited, lastPosition, checks, timeSpentMs: parseInt(secondsText, 36) * 1000 };
  // The app's own validation, so a platform's copy is held to the same rules as the browser's.
  const progress = parseProgress(withExercises(base, exercises));
  return progress ? { progress, dropped } : null;
}
