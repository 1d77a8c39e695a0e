import { useSyncExternalStore } from 'react';

export type SpeechSupport = 'checking' | 'ready' | 'unavailable';

/** How long to wait for voices before saying read-aloud is not available. */
export const VOICE_WAIT_MS = 3000;

let support: SpeechSupport | null = null;
const listeners = new Set<() => void>();

function set(next: SpeechSupport) {
  if (support === next) return;
  support = next;
  for (const l of listeners) l();
}

export function speechSynth(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis ?? undefined;
}

function hasVoices(synth: SpeechSynthesis): boolean {
  try {
    return synth.getVoices().length > 0;
  } catch {
    return false;
  }
}

/**
 * Decided once per page, not per slide: Chrome fills getVoices() asynchronously and fires
 * `voiceschanged`; a browser that has none by then (headless, some Linux set-ups) gets the
 * fallback text instead of a button that does nothing. Voices that arrive later still count.
 */
function startChecking() {
  if (support !== null) return;
  const synth = speechSynth();
  if (!synth) {
    support = 'unavailable';
    return;
  }
  if (hasVoices(synth)) {
    support = 'ready';
    return;
  }
  support = 'checking';
  synth.addEventListener?.('voiceschanged', () => {
    if (hasVoices(synth)) set('ready');
  });
  window.setTimeout(() => {
    if (support === 'checking') set(hasVoices(synth) ? 'ready' : 'unavailable');
  }, VOICE_WAIT_MS);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useSpeechSupport(): SpeechSupport {
  startChecking();
  return useSyncExternalStore(subscribe, () => support ?? 'checking', () => 'checking');
}

/** A voice for the page's language, preferring the system default; undefined lets the browser choose. */
export function pickVoice(synth: SpeechSynthesis, lang: string): SpeechSynthesisVoice | undefined {
  let voices: SpeechSynthesisVoice[] = [];
  try {
    voices = synth.getVoices();
  } catch {
    return undefined;
  }
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  const matches = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
  return matches.find((v) => v.default) ?? matches.find((v) => v.localService) ?? matches[0];
}

/** Forgets the decision; for tests only. */
export function resetSpeechSupportForTests() {
  support = null;
}
