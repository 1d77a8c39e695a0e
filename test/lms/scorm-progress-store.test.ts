// @vitest-environment jsdom
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';
import { findScormApi } from '../../src/lms/find-api.ts';
import { withExercises } from '../../src/lms/progress-fields.ts';
import { connect } from '../../src/lms/scorm-connection.ts';
import { createScormProgressStore } from '../../src/lms/scorm-progress-store.ts';
import { timespan12, timespan2004 } from '../../src/lms/scorm-report.ts';

/*
 * The store against scorm-again itself, the runtime many platforms embed: what a platform
 * ends up holding after the deck's calls.
 */

const SLIDES = [
  { number: 1, checkCount: 2, steps: 1 },
  { number: 2, checkCount: 2, steps: 1, exercise: 'remotecfg' },
];
const right: CheckRecord = { selected: [0], status: 'answered', correct: true };
const wrong: CheckRecord = { selected: [1], status: 'answered', correct: false };

function done(checks: Record<string, CheckRecord>, exercisePassed: boolean): DeckProgress {
  const p = { ...emptyProgress(), visited: [1, 2], lastPosition: { slide: 2, step: 1 }, checks };
  return withExercises(p, [{ id: 'remotecfg', record: { status: exercisePassed ? 'passed' : 'attempted', hintsShown: 0 } }]);
}

const quiet = { logLevel: 5 as const };

describe('SCORM 1.2 under scorm-again', () => {
  function start(masteryScore?: number) {
    const api = new Scorm12API(quiet);
    const conn = connect({ edition: '1.2', api }, () => {});
    expect(conn.initialize()).toBe(true);
    const store = createScormProgressStore(conn, { slides: SLIDES, ...(masteryScore === undefined ? {} : { masteryScore }), info: () => {} });
    return { api, store, conn };
  }
  const value = (api: InstanceType<typeof Scorm12API>, el: string) => api.LMSGetValue(el);

  it('reports incomplete, then completed with the score once every slide and check is done', () => {
    const { api, store, conn } = start();
    expect(value(api, 'cmi.core.lesson_status')).toBe('incomplete');
    store.save({ ...emptyProgress(), visited: [1], lastPosition: { slide: 1, step: 1 }, checks: { 's1-c1': right } });
    expect(value(api, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(value(api, 'cmi.core.lesson_location')).toBe('1');
    store.save(done({ 's1-c1': right, 's1-c2': right, 's2-c1': wrong, 's2-c2': right }, true));
    expect(value(api, 'cmi.core.lesson_status')).toBe('completed');
    // 3 checks right + the exercise, of 4 checks + 1 exercise.
    expect([value(api, 'cmi.core.score.raw'), value(api, 'cmi.core.score.min'), value(api, 'cmi.core.score.max')]).toEqual(['80', '0', '100']);
    expect(value(api, 'cmi.core.lesson_location')).toBe('2');
    expect(conn.failure).toBeNull();
  });

  it('commits an answer or a new slide at once, but not the time ticking on or a draft being typed', () => {
    const { api, store } = start();
    const commit = vi.spyOn(api, 'LMSCommit');
    const p1: DeckProgress = { ...emptyProgress(), visited: [1], lastPosition: { slide: 1, step: 1 } };
    store.save(p1);
    expect(commit).toHaveBeenCalledTimes(1);
    store.save({ ...p1, timeSpentMs: 30_000 });
    const typing = withExercises(p1, [{ id: 'remotecfg', record: { status: 'attempted', hintsShown: 0, redactedDraft: 'remotecfg {' } }]);
    store.save(typing);
    expect(commit).toHaveBeenCalledTimes(2); // the exercise was attempted: worth keeping
    store.save(withExercises(p1, [{ id: 'remotecfg', record: { status: 'attempted', hintsShown: 0, redactedDraft: 'remotecfg {\n  url = ""' } }]));
    store.save({ ...typing, timeSpentMs: 45_000 });
    expect(commit).toHaveBeenCalledTimes(2);
    store.save({ ...p1, checks: { 's1-c1': right } });
    expect(commit).toHaveBeenCalledTimes(3);
    // What was not committed yet is in the runtime, and goes out with the next commit.
    expect(api.LMSGetValue('cmi.suspend_data')).toMatch(/^1\|/);
  });

  it('reports passed or failed against deck.yaml’s mastery score', () => {
    const passing = start(80);
    passing.store.save(done({ 's1-c1': right, 's1-c2': right, 's2-c1': wrong, 's2-c2': right }, true));
    expect(value(passing.api, 'cmi.core.lesson_status')).toBe('passed');
    const failing = start(80);
    failing.store.save(done({ 's1-c1': right, 's1-c2': right, 's2-c1': wrong, 's2-c2': right }, false));
    expect(value(failing.api, 'cmi.core.lesson_status')).toBe('failed');
  });
});

describe('SCORM 2004 under scorm-again', () => {
  it('reports completion and success separately, with a scaled score, and finishes once', () => {
    const api = new Scorm2004API(quiet);
    const conn = connect({ edition: '2004', api }, () => {});
    expect(conn.initialize()).toBe(true);
    const store = createScormProgressStore(conn, { slides: SLIDES, masteryScore: 90, info: () => {} });
    expect([api.GetValue('cmi.completion_status'), api.GetValue('cmi.success_status')]).toEqual(['incomplete', 'unknown']);
    store.save(done({ 's1-c1': right, 's1-c2': right, 's2-c1': wrong, 's2-c2': right }, true));
    expect([api.GetValue('cmi.completion_status'), api.GetValue('cmi.success_status')]).toEqual(['completed', 'failed']);
    expect([api.GetValue('cmi.score.raw'), api.GetValue('cmi.score.scaled')]).toEqual(['80', '0.8']);
    // Write-only for the course; the platform keeps it, and resumes the attempt next time.
    expect(api.getFlattenedCMI()['cmi.exit']).toBe('suspend');
    const terminate = vi.spyOn(api, 'Terminate');
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(conn.failure).toBeNull();
  });
});

describe('a platform that fails', () => {
  it('is reported once and never throws into the deck', () => {
    const reports: string[] = [];
    const api = new Proxy({}, { get: () => () => { throw new Error('down'); } });
    const conn = connect({ edition: '1.2', api }, (m) => reports.push(m));
    expect(conn.initialize()).toBe(false);
    expect(conn.get('cmi.suspend_data')).toBe('');
    expect(conn.set('cmi.core.lesson_location', '1')).toBe(false);
    expect(conn.commit()).toBe(false);
    expect(reports).toEqual(['LMSInitialize threw: down']);
  });

  it('that answers "false" is reported with its error code', () => {
    const reports: string[] = [];
    const api = new Scorm12API(quiet);
    api.LMSInitialize('');
    api.LMSFinish('');
    const conn = connect({ edition: '1.2', api }, (m) => reports.push(m));
    expect(conn.initialize()).toBe(false);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^LMSInitialize\(""\) failed, error \d+$/);
  });
});

describe('finding the API', () => {
  const frame = (props: Record<string, unknown>, parent?: object): Window => {
    const win = { ...props } as Record<string, unknown>;
    win.parent = parent ?? win;
    return win as unknown as Window;
  };

  it('climbs the parents, skipping a frame of another origin that throws on access', () => {
    const api = {};
    const top = frame({ API: api });
    const crossOrigin = Object.defineProperty(frame({}, top), 'API', { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    const course = frame({}, crossOrigin);
    expect(findScormApi(course)).toEqual({ edition: '1.2', api });
  });

  it('then the opener chain, and prefers 2004 when both are offered', () => {
    const api2004 = {};
    const opener = frame({ API_1484_11: api2004, API: {} });
    const popup = frame({ opener });
    expect(findScormApi(popup)).toEqual({ edition: '2004', api: api2004 });
  });

  it('leaves a platform session to the deck window that opened this one (the audience window)', () => {
    const at = { origin: 'https://lms.example', pathname: '/course/index.html' };
    const lms = frame({ API: {} });
    const presenter = frame({ location: at }, lms);
    const audience = frame({ opener: presenter, location: at });
    expect(findScormApi(audience)).toBeNull();
  });

  it('finds nothing in a plain page', () => {
    expect(findScormApi(window)).toBeNull();
  });
});

describe('session time formats', () => {
  it('writes 1.2 timespans and 2004 durations', () => {
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(timespan2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(timespan2004(0)).toBe('PT0S');
  });
});
