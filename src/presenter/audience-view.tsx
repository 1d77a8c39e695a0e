import './audience.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { HelpOverlay } from '../components/help-overlay.tsx';
import { SlideBody } from '../components/slide-body.tsx';
import { SlideCanvas } from '../components/slide-canvas.tsx';
import { useManifest, useSlideContent } from '../deck/deck-store.ts';
import { commandForKey, navActionOf } from '../deck/key-bindings.ts';
import type { Position } from '../deck/nav.ts';
import { useDeckPosition } from '../deck/use-deck-position.ts';
import { useKeyHandler } from '../deck/use-key-handler.ts';
import { RoomResultsPanel } from './room-results.tsx';
import type { RoomResults, SharedState } from '../sync/shared-state.ts';
import { useAudienceSync } from '../sync/use-audience-sync.ts';
import { applyTheme } from '../app/theme.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';

const IDLE_CURSOR_MS = 2000;

/** True once the mouse has been still for `ms`; a move shows the cursor again. */
function useIdleCursor(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}

/** The speaker may switch themes in their window; the projector follows without a reload. */
function useThemeFromOtherWindows() {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== 'deck:theme') return;
      if (e.newValue === 'light' || e.newValue === 'dark') applyTheme(e.newValue);
      else applyTheme(window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Full screen for the projector. F here toggles it (a key press may request it). The speaker's F
 * arrives as a message, which is no user gesture: unless this window was used a moment ago, it
 * asks for a click or key, and the next one goes full screen.
 */
function useFullscreen(): { pending: boolean; toggle: () => void; fromSpeaker: () => void } {
  const [pending, setPending] = useState(false);
  const pendingRef = useRef(false);
  const setBoth = (on: boolean) => {
    pendingRef.current = on;
    setPending(on);
  };
  useEffect(() => {
    if (!pending) return;
    const go = (e: Event) => {
      // F itself reaches the key handler, which toggles: going full screen here too would undo it.
      if (!pendingRef.current || (e instanceof KeyboardEvent && commandForKey('audience', e) === 'fullscreen')) {
        if (pendingRef.current) setBoth(false);
        return;
      }
      setBoth(false);
      if (!document.fullscreenElement) toggleFullscreen();
    };
    window.addEventListener('keydown', go, true);
    window.addEventListener('pointerdown', go, true);
    return () => {
      window.removeEventListener('keydown', go, true);
      window.removeEventListener('pointerdown', go, true);
    };
  }, [pending]);
  const toggle = useCallback(() => {
    if (pendingRef.current) return;
    toggleFullscreen();
  }, []);
  const fromSpeaker = useCallback(() => {
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (document.fullscreenElement || activation?.isActive) toggleFullscreen();
    else setBoth(true);
  }, []);
  return { pending, toggle, fromSpeaker };
}

/**
 * The slide alone, filling the window, following the speaker view. What it shows is its own
 * state, drawn at once when the speaker's message arrives; the address follows after, so the
 * router's (deferred) update is not in the way of the projector (the engine's 'follow' writing).
 */
export function AudienceView({ pos: address }: { pos: Position }) {
  const manifest = useManifest();
  const { pos: shown, go, show } = useDeckPosition(address, { mode: 'audience', write: 'follow' });
  const meta = manifest.slides[shown.slide - 1] ?? manifest.slides[0]!;
  const content = useSlideContent(meta.number);
  const [blackout, setBlackout] = useState(false);
  const [results, setResults] = useState<RoomResults | null>(null);
  const fullscreen = useFullscreen();
  const [helpOpen, setHelpOpen] = useState(false);
  const idle = useIdleCursor(IDLE_CURSOR_MS);
  useThemeFromOtherWindows();

  useDocumentTitle(blackout ? `Screen blacked out · ${manifest.title}` : `${meta.title} · ${manifest.title}`);

  const { forwardKey } = useAudienceSync(
    manifest.title,
    useCallback(
      (state: SharedState) => {
        // Drawn within this message's task, not whenever React next gets round to it.
        flushSync(() => {
          setBlackout(state.blackout);
          setResults(state.results ?? null);
          show({ slide: state.slide, step: state.step });
        });
      },
      [show],
    ),
    fullscreen.fromSpeaker,
  );

  useKeyHandler((e) => {
    const command = commandForKey('audience', e);
    if (command === 'help') {
      setHelpOpen((o) => !o);
      return true;
    }
    if (helpOpen || command === null) return false;
    if (command === 'fullscreen') {
      fullscreen.toggle();
      return true;
    }
    if (forwardKey({ key: e.key, shiftKey: e.shiftKey })) return true;
    // No speaker view open: the window still works as a plain full-window slide show.
    const nav = navActionOf(command);
    if (nav) go(nav);
    else if (command === 'blackout') setBlackout((b) => !b);
    else return false;
    return true;
  });

  return (
    <div className={idle ? 'audience-view cursor-idle' : 'audience-view'} data-blackout={blackout}>
      <main className="audience-stage" id="main">
        <SlideCanvas className="audience-canvas">
          <SlideBody meta={meta} content={content} step={shown.step} fitToCanvas />
        </SlideCanvas>
        {results && !blackout ? <RoomResultsPanel results={results} /> : null}
        {blackout ? <div className="blackout-cover" role="img" aria-label="Screen blacked out" data-testid="blackout" /> : null}
      </main>
      {fullscreen.pending ? (
        <p className="fullscreen-hint" role="status" data-testid="fullscreen-hint">
          Click or press any key for full screen
        </p>
      ) : null}
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="audience" />
    </div>
  );
}
