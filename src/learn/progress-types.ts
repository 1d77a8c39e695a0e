/** What the deck remembers about one learner, per deck, in the browser. */

export interface CheckRecord {
  /** Indexes of the options the learner chose. */
  selected: number[];
  /** `answered`: checked their choice; `revealed`: used Show answer. */
  status: 'answered' | 'revealed';
  correct: boolean;
}

export interface ExerciseRecord {
  status: 'attempted' | 'passed';
  /** The learner's draft with every secret-looking value replaced; never the raw text. */
  redactedDraft?: string;
  hintsShown: number;
}

export interface DeckProgress {
  version: 1;
  visited: number[];
  lastPosition: { slide: number; step: number } | null;
  checks: Record<string, CheckRecord>;
  /** By exercise id (front matter `exercise:`). Older saves held one `exercise` record; see progress-schema.ts. */
  exercises: Record<string, ExerciseRecord>;
  timeSpentMs: number;
}

/** The small interface the app talks to; a learning platform (SCORM, xAPI) can be another backend. */
export interface ProgressStore {
  /** Never throws. `notice` is a one-line message when stored progress could not be used. */
  load(): { progress: DeckProgress; notice: string | null };
  /** Never throws; false when the progress could not be kept. */
  save(progress: DeckProgress): boolean;
  clear(): void;
}

/** What views get from `useProgress()` (src/learn/progress-context.tsx). */
export interface ProgressApi {
  progress: DeckProgress;
  notice: string | null;
  recordCheck(id: string, record: CheckRecord | null): void;
  recordExercise(id: string, record: ExerciseRecord | null): void;
  startOver(): void;
}

export function emptyProgress(): DeckProgress {
  return { version: 1, visited: [], lastPosition: null, checks: {}, exercises: {}, timeSpentMs: 0 };
}
