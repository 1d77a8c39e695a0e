import type { FoundApi, ScormEdition } from './find-api.ts';

/** The data model elements the deck uses, by edition. */
export const ELEMENTS = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspend: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    location: 'cmi.location',
    suspend: 'cmi.suspend_data',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
  },
} as const;

type Method = 'initialize' | 'get' | 'set' | 'commit' | 'finish' | 'lastError';
const METHODS: Record<ScormEdition, Record<Method, string>> = {
  '1.2': { initialize: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', lastError: 'LMSGetLastError' },
  '2004': { initialize: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate', lastError: 'GetLastError' },
};

/** 2004's "not initialized" for an element never set (e.g. suspend_data on a first visit): empty, not a failure. */
const UNSET_ELEMENT_2004 = '403';

export interface ScormConnection {
  edition: ScormEdition;
  initialize(): boolean;
  /** The value, or '' when unset or the call failed. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** The first failure seen, or null: what the page shows in `data-lms`. */
  readonly failure: string | null;
}

/**
 * Every call to the platform goes through here: the result is checked, the last error read,
 * and anything thrown is caught. A platform that fails is the platform's problem, never the
 * learner's: the first failure is reported once, quietly (console.info and a `data-lms`
 * attribute on <html>), and the deck carries on with its own copy of the progress.
 */
export function connect({ edition, api }: FoundApi, report: (message: string) => void = quietReport): ScormConnection {
  const names = METHODS[edition];
  let failure: string | null = null;
  const fail = (message: string) => {
    if (failure) return;
    failure = message;
    report(message);
  };
  const call = (method: Method, args: string[]): unknown => {
    const fn = (api as Record<string, unknown>)[names[method]];
    if (typeof fn !== 'function') throw new Error(`${names[method]} is not a function`);
    return (fn as (...a: string[]) => unknown).apply(api, args);
  };
  const lastError = (): string => {
    try {
      return String(call('lastError', []) ?? '0');
    } catch {
      return '?';
    }
  };
  const ok = (r: unknown) => r === true || r === 'true';
  const invoke = (method: Exclude<Method, 'get' | 'lastError'>, args: string[]): boolean => {
    try {
      if (ok(call(method, args))) return true;
      fail(`${names[method]}(${args.map((a) => JSON.stringify(a.length > 40 ? `${a.slice(0, 40)}…` : a)).join(', ')}) failed, error ${lastError()}`);
    } catch (e) {
      fail(`${names[method]} threw: ${e instanceof Error ? e.message : String(e)}`);
    }
    return false;
  };

  return {
    edition,
    initialize: () => invoke('initialize', ['']),
    get(element) {
      try {
        const value = call('get', [element]);
        const code = lastError();
        if (code !== '0' && code !== '' && !(edition === '2004' && code === UNSET_ELEMENT_2004)) fail(`${names.get}(${element}) failed, error ${code}`);
        return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
      } catch (e) {
        fail(`${names.get} threw: ${e instanceof Error ? e.message : String(e)}`);
        return '';
      }
    },
    set: (element, value) => invoke('set', [element, value]),
    commit: () => invoke('commit', ['']),
    finish: () => invoke('finish', ['']),
    get failure() {
      return failure;
    },
  };
}

function quietReport(message: string) {
  document.documentElement.dataset.lms = 'failing';
  console.info(`Learning platform: ${message}. Progress is kept in this page and the deck works as usual.`);
}
