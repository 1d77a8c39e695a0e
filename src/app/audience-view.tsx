import '../styles/presenter.css';
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { NotFound } from './not-found.tsx';
import { applyTheme } from './theme.ts';
import { useDocumentTitle } from './use-document-title.ts';

export function AudienceRoute() {
  const { n, step } = useParams();
  const manifest = useManifest();
  const pos = parsePosition(n, step, manifest.slides.map((s) => s.steps));
  if (!pos) return <NotFound />;
  return <AudienceView pos={pos} />;
}

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

/** The slide alone, filling the window, following the speaker view. */
function AudienceView({ pos }: { pos: Position }) {
  const manifest = useManifest();
  const go = useNavigate();
  const meta = manifest.slides[pos.slide - 1]!;
  const content = useSlideContent(pos.slide);
  const [blackout, setBlackout] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const idle = useIdleCursor(IDLE_CURSOR_MS);
  useThemeFromOtherWindows();

  useDocumentTitle(blackout ? `Screen blacked out · ${manifest.title}` : `${meta.title} · ${manifest.title}`);

  const target = useRef(pos);
  const rendered = useRef(pos);
  if (!isSamePosition(rendered.current, pos)) {
    rendered.current = pos;
    target.current = pos;
  }
  const stepsKey = manifest.slides.map((s) => s.steps).join(',');
  const moveTo = useCallback(
    (next: Position) => {
      if (isSamePosition(next, target.current)) return;
      target.current = next;
      // Replace: following the speaker must not fill this window's history.
      go(positionPath('audience', next), { replace: true });
    },
    [go],
  );

  const { forwardKey } = useAudienceSync(
    manifest.title,
    useCallback(
      (state: SharedState) => {
        setBlackout(state.blackout);
        moveTo(clampPosition({ slide: state.slide, step: state.step }, stepsKey.split(',').map(Number)));
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
    <div className={`audience-view ${idle ? 'cursor-idle' : ''}`} data-blackout={blackout}>
      <main className="audience-stage" id="main">
        <SlideCanvas className="audience-canvas">
          <SlideBody meta={meta} content={content} step={pos.step} fitToCanvas />
        </SlideCanvas>
      </main>
      {blackout ? <div className="blackout-cover" role="img" aria-label="Screen blacked out" data-testid="blackout" /> : null}
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="audience" />
    </div>
  );
}
