import './presenter.css';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { AudienceLauncher } from './audience-launcher.tsx';
import { askedCheck } from './asked-check.ts';
import { LiveStatusLine } from './live-status.tsx';
import { PhoneRemote } from './phone-remote.tsx';
import { keptTimer, keepTimer } from './kept-timer.ts';
import { roomResults } from './room-results-state.ts';
import { usePresenterLive } from './use-presenter-live.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { HelpOverlay } from '../components/help-overlay.tsx';
import { NextPreview } from './next-preview.tsx';
import { PacingStatus } from './pacing-status.tsx';
import { PresenterTimer } from './presenter-timer.tsx';
import { RoomChecks, type RoomLive } from './room-checks.tsx';
import { ScriptPanel } from '../components/script-panel.tsx';
import { parseScriptSize, SCRIPT_SIZE, ScriptSizeControls } from './script-size-controls.tsx';
import { SlideBody } from '../components/slide-body.tsx';
import { SlideCanvas } from '../components/slide-canvas.tsx';
import { SplitSeparator } from './split-separator.tsx';
import { WallClock } from './wall-clock.tsx';
import { useManifest, useSlideContent } from '../deck/deck-store.ts';
import { commandForKey, navActionOf } from '../deck/key-bindings.ts';
import type { Position } from '../deck/nav.ts';
import { positionPath } from '../deck/position-address.ts';
import { useDeckPosition } from '../deck/use-deck-position.ts';
import { useKeyHandler } from '../deck/use-key-handler.ts';
import { useStoredState } from '../lib/use-stored-state.ts';
import { deckSlug } from '../content/deck-slug.ts';
import { reduceShared, STOPPED_TIMER, type SharedAction, type SharedState, type TimerState } from '../sync/shared-state.ts';
import { useSpeakerSync, type ForwardedKey } from '../sync/use-speaker-sync.ts';
import { ThemeToggle } from '../app/theme-toggle.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';

const SPLIT = { min: 35, max: 80, fallback: 62 } as const;
const parseSplit = (raw: string) => {
  const v = Number(raw);
  return Number.isFinite(v) && v >= SPLIT.min && v <= SPLIT.max ? Math.round(v) : undefined;
};

/** A phone (narrow and touch) gets the one-thumb remote instead of the desk layout. */
const PHONE_QUERY = '(max-width: 640px) and (pointer: coarse)';

function saveCsv(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The absolute address of the audience view at a position, for window.open and for copying. */
function audienceUrl(pos: Position): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${positionPath('audience', pos)}`;
}

/** The speaker view at the position the address names (routes.tsx wraps it in PositionRoute). */
export function PresenterView({ pos: address }: { pos: Position }) {
  const manifest = useManifest();
  // Each move publishes before this view re-renders, so the audience does not wait for that render.
  const publishRef = useRef(() => {});
  const { pos, steps, target, go, show } = useDeckPosition(address, { mode: 'presenter', onMove: () => publishRef.current() });
  const total = manifest.slides.length;
  const meta = manifest.slides[pos.slide - 1]!;
  const content = useSlideContent(pos.slide);
  const [blackout, setBlackout] = useState(false);
  // The timer keeps its start time across a reload (a live session's server timer wins once connected).
  const [timer, setTimer] = useState<TimerState>(() => keptTimer() ?? STOPPED_TIMER);
  const [helpOpen, setHelpOpen] = useState(false);
  const [scriptSize, setScriptSize] = useStoredState('presenter:script-size', SCRIPT_SIZE.fallback, parseScriptSize);
  const [split, setSplit] = useStoredState('presenter:split', SPLIT.fallback, parseSplit);

  useDocumentTitle(`Speaker: ${meta.title} · ${manifest.title}`);

  // The position lives in the URL (the engine keeps presses that are on their way); blackout
  // and timer in this view.
  const live = useRef({ blackout, timer });
  const results = useRef<SharedState['results']>(null);
  const current = (): SharedState => ({ ...target(), ...live.current, results: results.current });

  const session = usePresenterLive((remote) => {
    show({ slide: remote.slide, step: remote.step });
    live.current = { blackout: remote.blackout, timer: remote.timer };
    setBlackout(remote.blackout);
    setTimer(remote.timer);
  }, current);
  const liveView = session.view;
  results.current = liveView ? roomResults(liveView) : null;
  useEffect(() => keepTimer(timer), [timer]);
  const phone = useMediaQuery(PHONE_QUERY);
  // A new slide's script starts at its first line; a step keeps the place (the script is the slide's).
  const side = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (side.current) side.current.scrollTop = 0;
    if (phone && document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [pos.slide, phone]);
  const [downloadStatus, setDownloadStatus] = useState('');
  const dispatch = (action: SharedAction) => {
    if (action.type === 'nav') {
      go(action.action);
      return;
    }
    const prev = current();
    const next = reduceShared(prev, action, steps, Date.now());
    if (next === prev) return;
    live.current = { blackout: next.blackout, timer: next.timer };
    publishRef.current();
    if (next.blackout !== prev.blackout) setBlackout(next.blackout);
    if (next.timer !== prev.timer) setTimer(next.timer);
  };

  const applyKey = (e: ForwardedKey): boolean => {
    const command = commandForKey('speaker', e);
    const nav = navActionOf(command);
    if (nav) dispatch({ type: 'nav', action: nav });
    else if (command === 'blackout') dispatch({ type: 'toggle-blackout' });
    else if (command === 'timer') dispatch({ type: 'toggle-timer' });
    else if (command === 'fullscreen') fullscreenRef.current();
    else return false;
    return true;
  };

  useKeyHandler((e) => {
    if (commandForKey('speaker', e) === 'help') {
      setHelpOpen((o) => !o);
      return true;
    }
    if (helpOpen) return false;
    return applyKey(e);
  });

  const fullscreenRef = useRef(() => {});
  const { connected, publish, fullscreen } = useSpeakerSync(
    manifest.title,
    current,
    (key) => {
      applyKey(key);
    },
  );
  fullscreenRef.current = fullscreen;
  publishRef.current = () => {
    publish();
    session.publish(current());
  };
  // Changes that came from no key (Back, a new address) reach the live session too.
  useLayoutEffect(() => session.publish(current()));

  const client = session.client;
  const roomLive: RoomLive | null =
    client && liveView?.role === 'presenter'
      ? {
          check: liveView.state?.check ?? null,
          counts: liveView.counts,
          ask: (c) => client.ask(askedCheck(c)),
          showResults: (id) => client.showResults(id),
          close: (id) => client.closeCheck(id),
          clear: () => client.clearCheck(),
          download: () => {
            setDownloadStatus('Preparing…');
            client.requestResults().then(
              (csv) => {
                saveCsv(csv, `results-${deckSlug(manifest.title)}.csv`);
                setDownloadStatus('Downloaded');
              },
              () => setDownloadStatus('Not connected: try again once the session is back'),
            );
          },
          downloadStatus,
        }
      : null;
  const liveStatus = liveView ? <LiveStatusLine view={liveView} statusText={session.statusText} /> : null;

  if (phone) {
    return (
      <PhoneRemote
        deckTitle={manifest.title}
        pos={pos}
        total={total}
        meta={meta}
        content={content}
        timer={timer}
        blackout={blackout}
        liveStatus={liveStatus}
        roomLive={roomLive}
        onNav={(type) => dispatch({ type: 'nav', action: { type } })}
        onToggleTimer={() => dispatch({ type: 'toggle-timer' })}
        onResetTimer={() => dispatch({ type: 'reset-timer' })}
        onToggleBlackout={() => dispatch({ type: 'toggle-blackout' })}
      />
    );
  }

  // The timer, the clock and the pacing tick by themselves; this view re-renders only on change.
  const layout = { '--split': `${split}%`, '--script-size': `${scriptSize}px` } as CSSProperties;

  return (
    <div className="presenter-view" data-blackout={blackout} style={layout}>
      <header className="presenter-bar">
        <h1 className="visually-hidden">Speaker view: {manifest.title}</h1>
        <p className="presenter-counter" data-testid="counter">
          <span className="visually-hidden">Slide </span>
          <strong>
            {pos.slide} / {total}
          </strong>
          {meta.steps > 1 ? (
            <span className="muted">
              {' '}
              · step {pos.step} / {meta.steps}
            </span>
          ) : null}
        </p>
        <PresenterTimer
          timer={timer}
          onToggle={() => dispatch({ type: 'toggle-timer' })}
          onReset={() => dispatch({ type: 'reset-timer' })}
        />
        <PacingStatus minutes={manifest.slides.map((s) => s.minutes)} slide={pos.slide} timer={timer} />
        <WallClock />
        <div className="toolbar">
          <button
            type="button"
            className="button blackout-toggle"
            aria-pressed={blackout}
            aria-keyshortcuts="B"
            onClick={() => dispatch({ type: 'toggle-blackout' })}
          >
            Black out
          </button>
          <button type="button" className="button" aria-keyshortcuts="?" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelpOpen(true)}>
            ?
          </button>
          <Link className="button" to="/print?answers=1">
            Handout
          </Link>
          <ThemeToggle />
        </div>
      </header>
      <main className="presenter-main" id="main">
        <div className="presenter-slides" id="presenter-slides">
          <section className="current-slide" aria-label="Current slide">
            {blackout ? (
              <p className="blackout-banner" role="status" data-testid="blackout-banner">
                <span aria-hidden="true">■</span> The audience screen is black. Press B to show the slide again.
              </p>
            ) : null}
            <SlideCanvas className="presenter-canvas">
              <SlideBody meta={meta} content={content} step={pos.step} fitToCanvas />
            </SlideCanvas>
          </section>
          <div className="presenter-lower">
            <NextPreview pos={pos} slides={manifest.slides} />
            <div className="presenter-connections">
              {liveStatus}
              <AudienceLauncher url={audienceUrl(pos)} windowName={`deck-audience-${deckSlug(manifest.title)}`} connected={connected} />
            </div>
          </div>
        </div>
        <SplitSeparator
          value={split}
          min={SPLIT.min}
          max={SPLIT.max}
          onChange={setSplit}
          label="Resize the slide and the script"
          controls="presenter-slides"
        />
        <div className="presenter-side" ref={side}>
          <ScriptPanel content={content}>
            <ScriptSizeControls size={scriptSize} onChange={setScriptSize} />
          </ScriptPanel>
          <RoomChecks checks={content?.checks} live={roomLive} />
        </div>
      </main>
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="speaker" />
    </div>
  );
}
