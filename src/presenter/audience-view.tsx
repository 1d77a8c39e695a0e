import './audience.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate, useParams } from 'react-router';
import { HelpOverlay } from '../components/help-overlay.tsx';
import { SlideBody } from '../components/slide-body.tsx';
import { SlideCanvas } from '../components/slide-canvas.tsx';
import { useManifest, useSlideContent } from '../deck/deck-store.ts';
import { navActionForKey } from '../deck/keys.ts';
import { clampPosition, isSamePosition, navigate as navReduce, parsePosition, positionPath, type Position } from '../deck/nav.ts';
import { useKeyHandler } from '../deck/use-key-handler.ts';
import { isForwardedKey } from '../sync/forwarded-keys.ts';
import type { SharedState } from '../sync/shared-state.ts';
import { useAudienceSync } from '../sync/use-audience-sync.ts';
import { NotFound } from '../app/not-found.tsx';
import { applyTheme } from '../app/theme.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';

export function AudienceRoute() {
  const { n, step } = useParams();
  const manifest = useManifest();
  const pos = parsePosition(n, step, manifest.slides.map((s) => s.steps));
  if (!pos) return <NotFound />;
  return <AudienceView pos={pos} />;
}

const IDLE_CURSOR_MS = 2000;
const URL_DELAY_MS = 60;

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

/**
 * The slide alone, filling the window, following the speaker view. What it shows is its own
 * state, drawn at once when the speaker's message arrives; the address follows after, so the
 * router's (deferred) update is not in the way of the projector.
 */
function AudienceView({ pos }: { pos: Position }) {
  const manifest = useManifest();
  const go = useNavigate();
  const [shown, setShown] = useState(pos);
  const meta = manifest.slides[shown.slide - 1] ?? manifest.slides[0]!;
  const content = useSlideContent(meta.number);
  const [blackout, setBlackout] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const idle = useIdleCursor(IDLE_CURSOR_MS);
  useThemeFromOtherWindows();

  useDocumentTitle(blackout ? `Screen blacked out · ${manifest.title}` : `${meta.title} · ${manifest.title}`);

  // The newest position this window shows, and the address it last wrote itself.
  const target = useRef(pos);
  const written = useRef(positionPath('audience', pos));
  // An address changed by hand (or by Back) is where this window goes.
  useEffect(() => {
    if (positionPath('audience', pos) === written.current || isSamePosition(pos, target.current)) return;
    target.current = pos;
    written.current = positionPath('audience', pos);
    setShown(pos);
  }, [pos]);

  // The address follows a moment later, once per burst of presses, and replaces the entry:
  // following the speaker must not fill this window's history or delay the next frame.
  const urlTimer = useRef(0);
  useEffect(() => () => window.clearTimeout(urlTimer.current), []);
  const moveTo = useCallback(
    (next: Position) => {
      if (isSamePosition(next, target.current)) return;
      target.current = next;
      setShown(next);
      window.clearTimeout(urlTimer.current);
      urlTimer.current = window.setTimeout(() => {
        const path = positionPath('audience', target.current);
        if (path === written.current) return;
        written.current = path;
        go(path, { replace: true });
      }, URL_DELAY_MS);
    },
    [go],
  );

  const stepsKey = manifest.slides.map((s) => s.steps).join(',');
  const { forwardKey } = useAudienceSync(
    manifest.title,
    useCallback(
      (state: SharedState) => {
        // Drawn within this message's task, not whenever React next gets round to it.
        flushSync(() => {
          setBlackout(state.blackout);
          moveTo(clampPosition({ slide: state.slide, step: state.step }, stepsKey.split(',').map(Number)));
        });
      },
      [moveTo, stepsKey],
    ),
  );

  useKeyHandler((e) => {
    if (e.key === '?') {
      setHelpOpen((o) => !o);
      return true;
    }
    if (helpOpen || !isForwardedKey(e)) return false;
    if (forwardKey({ key: e.key, shiftKey: e.shiftKey })) return true;
    // No speaker view open: the window still works as a plain full-window slide show.
    const nav = navActionForKey(e);
    if (nav) moveTo(navReduce(target.current, nav, stepsKey.split(',').map(Number)));
    else setBlackout((b) => !b);
    return true;
  });

  return (
    <div className={idle ? 'audience-view cursor-idle' : 'audience-view'} data-blackout={blackout}>
      <main className="audience-stage" id="main">
        <SlideCanvas className="audience-canvas">
          <SlideBody meta={meta} content={content} step={shown.step} fitToCanvas />
        </SlideCanvas>
        {blackout ? <div className="blackout-cover" role="img" aria-label="Screen blacked out" data-testid="blackout" /> : null}
      </main>
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="audience" />
    </div>
  );
}
