import './read-aloud.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useMediaQuery, WIDE_QUERY } from '../lib/use-media-query.ts';
import { useStoredState } from '../lib/use-stored-state.ts';
import { readScriptText, type ScriptText } from './read-aloud-text.ts';
import { pickVoice, speechSynth, useSpeechSupport } from './read-aloud-support.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const RATE_KEY = 'deck:read-aloud-rate';
const HIGHLIGHT = 'read-aloud';

const parseRate = (raw: string) => {
  const n = Number(raw);
  return (RATES as readonly number[]).includes(n) ? n : undefined;
};

type Playback = 'idle' | 'playing' | 'paused';

interface Session {
  sentences: Sentence[];
  text: ScriptText;
  index: number;
  /** Held so Chrome does not garbage-collect it mid-sentence and drop its `end` event. */
  utterance?: SpeechSynthesisUtterance;
}

function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Reads the script aloud, one utterance per sentence (Chrome cuts long utterances off),
 * highlighting the sentence being spoken. Pause cancels and Resume repeats the current
 * sentence: speechSynthesis.pause() is unreliable (ignored on Android, stuck after ~15 s on
 * desktop Chrome). Never starts on its own; stops when the slide changes or the panel closes.
 */
export function ReadAloud({ scriptHtml }: { scriptHtml: string }) {
  const support = useSpeechSupport();
  const wide = useMediaQuery(WIDE_QUERY);
  const [rate, setRate] = useStoredState<number>(RATE_KEY, 1, parseRate);
  const [playback, setPlayback] = useState<Playback>('idle');
  const [current, setCurrent] = useState<{ index: number; total: number; text: string } | null>(null);
  const [problem, setProblem] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const mainButton = useRef<HTMLButtonElement>(null);
  const session = useRef<Session | null>(null);
  // Bumped whenever speech is cancelled, so events from cancelled utterances are ignored.
  const generation = useRef(0);
  const rateRef = useRef(rate);
  rateRef.current = rate;
  const rateId = useId();

  const clearHighlight = useCallback(() => {
    if (canHighlight()) CSS.highlights.delete(HIGHLIGHT);
  }, []);

  const halt = useCallback(() => {
    generation.current++;
    if (session.current) speechSynth()?.cancel();
    session.current = null;
    clearHighlight();
  }, [clearHighlight]);

  const stop = useCallback(() => {
    halt();
    setPlayback('idle');
    setCurrent(null);
  }, [halt]);

  const speakAt = useCallback(
    (i: number) => {
      const s = session.current;
      const synth = speechSynth();
      if (!s || !synth) return;
      const sentence = s.sentences[i];
      if (!sentence) {
        stop();
        return;
      }
      s.index = i;
      const gen = generation.current;
      const lang = document.documentElement.lang || 'en';
      const u = new SpeechSynthesisUtterance(sentence.text);
      u.rate = rateRef.current;
      u.lang = lang;
      const voice = pickVoice(synth, lang);
      try {
        if (voice) u.voice = voice;
      } catch {
        // Not a real SpeechSynthesisVoice (a polyfill, say): the browser's default voice will do.
      }
      u.onend = () => {
        if (generation.current === gen) speakAt(i + 1);
      };
      u.onerror = (e) => {
        if (generation.current !== gen || e.error === 'interrupted' || e.error === 'canceled') return;
        stop();
        setProblem('The browser stopped reading aloud. The script is still here to read.');
      };
      s.utterance = u;
      setCurrent({ index: i, total: s.sentences.length, text: sentence.text });
      const range = s.text.rangeFor(sentence.start, sentence.end);
      if (range && canHighlight()) {
        CSS.highlights.set(HIGHLIGHT, new Highlight(range));
        const block = range.startContainer.parentElement;
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
        block?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      }
      if (synth.paused) synth.resume();
      synth.speak(u);
    },
    [stop],
  );

  const play = () => {
    const el = root.current?.closest('.script-panel')?.querySelector('.script-text');
    const synth = speechSynth();
    if (!el || !synth) return;
    const text = readScriptText(el);
    const sentences = splitSentences(text.text);
    if (sentences.length === 0) return;
    halt();
    synth.cancel();
    setProblem('');
    session.current = { sentences, text, index: 0 };
    setPlayback('playing');
    speakAt(0);
  };
  const pause = () => {
    const index = session.current?.index ?? 0;
    generation.current++;
    speechSynth()?.cancel();
    if (session.current) session.current.index = index;
    setPlayback('paused');
  };
  const resume = () => {
    if (!session.current) return play();
    setPlayback('playing');
    speakAt(session.current.index);
  };
  const onStop = () => {
    stop();
    mainButton.current?.focus();
  };

  // A new script (another slide, a hot update) or leaving the page ends the reading.
  useEffect(() => stop, [scriptHtml, stop]);

  if (!scriptHtml.trim()) return null;
  if (support === 'unavailable') {
    return <p className="ra-unavailable">Read-aloud isn't available here; the script is {wide ? 'beside' : 'below'} the slide.</p>;
  }

  const label = playback === 'playing' ? 'Pause' : playback === 'paused' ? 'Resume' : 'Listen';
  const onMain = playback === 'playing' ? pause : playback === 'paused' ? resume : play;
  return (
    <div className="read-aloud" ref={root} role="group" aria-label="Read the script aloud">
      <div className="ra-controls">
        <button type="button" className="button" ref={mainButton} onClick={onMain} data-playback={playback}>
          <PlaybackIcon kind={playback === 'playing' ? 'pause' : 'play'} />
          {label}
        </button>
        {playback === 'idle' ? null : (
          <button type="button" className="button" onClick={onStop}>
            <PlaybackIcon kind="stop" />
            Stop
          </button>
        )}
        <label className="ra-rate" htmlFor={rateId}>
          Speed
          <select id={rateId} value={String(rate)} onChange={(e) => setRate(Number(e.currentTarget.value))}>
            {RATES.map((r) => (
              <option key={r} value={String(r)}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      </div>
      {current ? (
        <p className="ra-progress">
          {playback === 'paused' ? 'Paused at' : 'Reading'} sentence {current.index + 1} of {current.total}
          {canHighlight() ? null : <span className="ra-caption">: “{current.text}”</span>}
        </p>
      ) : null}
      {problem ? <p className="ra-problem">{problem}</p> : null}
    </div>
  );
}

function PlaybackIcon({ kind }: { kind: 'play' | 'pause' | 'stop' }) {
  const d = kind === 'play' ? 'M6 4l10 6-10 6z' : kind === 'pause' ? 'M5 4h3.5v12H5zM11.5 4H15v12h-3.5z' : 'M5 5h10v10H5z';
  return (
    <svg className="ra-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
