import type { SlideMeta } from '../content/deck-types.ts';
import { UNREADABLE_NOTICE } from '../learn/local-progress-store.ts';
import { emptyProgress, type DeckProgress, type ProgressStore } from '../learn/progress-types.ts';
import { ELEMENTS, type ScormConnection } from './scorm-connection.ts';
import { scormReport, timespan12, timespan2004 } from './scorm-report.ts';
import { decodeProgress, encodeProgress, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT } from './suspend-codec.ts';

export interface ScormStoreOptions {
  slides: readonly Pick<SlideMeta, 'number' | 'checkCount' | 'exercise' | 'steps'>[];
  masteryScore?: number;
  /** Milliseconds, for the session time; injectable for tests. */
  now?: () => number;
  /** Where the page lifecycle events come from. */
  win?: Window;
  info?: (message: string) => void;
}

export interface ScormProgressStore extends ProgressStore {
  /** Ends the session now (what `pagehide` does); later saves are kept in memory only. */
  finish(): void;
}

/** `3` for slide 3 step 1, `3.2` for its second step: what a platform's report shows as the bookmark. */
export function formatLocation(pos: DeckProgress['lastPosition']): string {
  return pos ? (pos.step > 1 ? `${pos.slide}.${pos.step}` : String(pos.slide)) : '';
}

export function parseLocation(text: string): DeckProgress['lastPosition'] {
  const m = /^([1-9]\d*)(?:\.([1-9]\d*))?$/.exec(text.trim());
  return m ? { slide: Number(m[1]), step: Number(m[2] ?? 1) } : null;
}

/**
 * Progress kept by the learning platform, through an initialized connection. The platform
 * gets each change at once (location, saved state, score, status) and a commit whenever
 * something worth keeping changed (not for the time ticking on), on visibilitychange to
 * hidden, and the finish on pagehide, the last event a page reliably gets. No request of
 * our own is made while the page goes away; what the platform does in Commit is its own.
 */
export function createScormProgressStore(conn: ScormConnection, options: ScormStoreOptions): ScormProgressStore {
  const { slides, masteryScore, now = () => Date.now(), win = window, info = (m: string) => console.info(m) } = options;
  const el = ELEMENTS[conn.edition];
  const limit = conn.edition === '1.2' ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT;
  const startedAt = now();
  const written = new Map<string, string>();
  let finished = false;
  let reportedDrop = '';

  const setIfChanged = (element: string, value: string): boolean => {
    if (written.get(element) === value) return false;
    written.set(element, value);
    conn.set(element, value);
    return true;
  };

  // What the platform kept from the last session.
  let initial = emptyProgress();
  let notice: string | null = null;
  const saved = conn.get(el.suspend);
  if (saved) {
    const decoded = decodeProgress(saved);
    if (decoded) {
      initial = decoded.progress;
      if (decoded.dropped.length) info(`Learning platform: the saved state had no room for ${decoded.dropped.join(', ')}.`);
    } else notice = UNREADABLE_NOTICE;
    written.set(el.suspend, saved);
  }
  const savedLocation = conn.get(el.location);
  written.set(el.location, savedLocation);
  const location = parseLocation(savedLocation);
  if (location && location.slide <= slides.length) initial = { ...initial, lastPosition: location };

  const writeSessionTime = () => setIfChanged(el.sessionTime, conn.edition === '1.2' ? timespan12(now() - startedAt) : timespan2004(now() - startedAt));

  const write = (progress: DeckProgress): boolean => {
    const encoded = encodeProgress(progress, limit);
    const dropKey = encoded.dropped.join(',');
    if (dropKey && dropKey !== reportedDrop) info(`Learning platform: the saved state (limit ${limit} characters) has no room for ${dropKey}; it is dropped, not cut off.`);
    reportedDrop = dropKey;
    // Worth a commit: a visit, an answer, the exercise's status or hints. The time on the slides
    // (4th field) ticks on and a draft (after an exercise's second `:`) changes as the learner
    // types; both go out with the next commit instead (on hide at the latest).
    const gist = (text: string | undefined) =>
      text
        ?.split('|')
        .map((part, i) => (i === 3 ? '' : i === 5 ? part.split(',').map((e) => e.split(':').slice(0, 2).join(':')).join(',') : part))
        .join('|');
    let worth = gist(written.get(el.suspend)) !== gist(encoded.text);
    setIfChanged(el.suspend, encoded.text);
    worth = setIfChanged(el.location, formatLocation(progress.lastPosition)) || worth;

    const report = scormReport(slides, progress, masteryScore);
    if (report.raw !== null) {
      worth = setIfChanged(el.min, '0') || worth;
      worth = setIfChanged(el.max, '100') || worth;
      worth = setIfChanged(el.raw, String(report.raw)) || worth;
      if (conn.edition === '2004') worth = setIfChanged('cmi.score.scaled', String(report.raw / 100)) || worth;
    }
    if (conn.edition === '1.2') {
      const status = !report.complete ? 'incomplete' : report.passed === null ? 'completed' : report.passed ? 'passed' : 'failed';
      worth = setIfChanged('cmi.core.lesson_status', status) || worth;
    } else {
      worth = setIfChanged('cmi.completion_status', report.complete ? 'completed' : 'incomplete') || worth;
      worth = setIfChanged('cmi.success_status', report.passed === null ? 'unknown' : report.passed ? 'passed' : 'failed') || worth;
    }
    return worth;
  };

  const commit = () => {
    writeSessionTime();
    conn.commit();
  };

  // Resume next time: the platform keeps suspend_data and the location only for a suspended attempt.
  setIfChanged(el.exit, 'suspend');
  write(initial);
  commit();

  const finish = () => {
    if (finished) return;
    finished = true;
    writeSessionTime();
    conn.finish();
  };
  // On the window, where the event arrives after bubbling: the document's listeners (the time
  // on the slides among them) have written their last values by then, and this commit takes them.
  win.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden' && !finished) commit();
  });
  win.addEventListener('pagehide', finish);

  return {
    load: () => ({ progress: structuredClone(initial), notice }),
    save(progress) {
      if (!finished && write(progress)) commit();
      // A failing platform is reported by the connection; the learner's copy in the page is intact.
      return true;
    },
    clear() {
      if (!finished && write(emptyProgress())) commit();
    },
    finish,
  };
}
