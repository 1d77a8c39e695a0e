import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { HelpOverlay } from '../components/help-overlay.tsx';
import { LiveAnnouncer } from '../components/live-announcer.tsx';
import { ScriptPanel } from '../components/script-panel.tsx';
import { SlideBody } from '../components/slide-body.tsx';
import { SlideCanvas } from '../components/slide-canvas.tsx';
import { useManifest, useSlideContent } from '../deck/deck-store.ts';
import { commandForKey, navActionOf } from '../deck/key-bindings.ts';
import { isSamePosition } from '../deck/nav.ts';
import { useFollow } from '../deck/use-follow.ts';
import { useKeyHandler } from '../deck/use-key-handler.ts';
import { useSwipe } from '../deck/use-swipe.ts';
import { liveSocketUrl } from '../live/live-client.ts';
import { attendeeId } from '../live/live-identity.ts';
import { useLiveSession } from '../live/use-live-session.ts';
import { parseBool, useStoredState } from '../lib/use-stored-state.ts';
import { useMediaQuery, WIDE_QUERY } from '../lib/use-media-query.ts';
import { ThemeToggle } from '../app/theme-toggle.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { LiveCheckPanel } from './live-check-panel.tsx';
import { LiveStatusLine } from './live-status-line.tsx';
import { NOTHING_FOLLOWED, presenterPosition } from './presenter-position.ts';
import { useOwnPosition } from './use-own-position.ts';

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * `#/join` on a workshop server: the presenter's slide and step as they change, on the
 * attendee's own device. The attendee may browse away (keys, buttons, swipe) and snap back with
 * Follow; the presenter's live check appears here to answer. It never holds the presenter key:
 * the connection is an attendee's, and the server drops anything else it would send.
 */
export function AttendeeView() {
  const manifest = useManifest();
  const total = manifest.slides.length;
  const options = useMemo(() => ({ url: liveSocketUrl(location.href), attendeeId: attendeeId(safeLocalStorage()) }), []);
  const { client, view } = useLiveSession(options);
  const deck = useOwnPosition();
  const follow = useFollow(deck);
  const { pos } = deck;
  const meta = manifest.slides[pos.slide - 1]!;
  const content = useSlideContent(pos.slide);
  const wide = useMediaQuery(WIDE_QUERY);
  const [scriptVisible, setScriptVisible] = useStoredState('deck:attendee-script-visible', false, parseBool);
  const [helpOpen, setHelpOpen] = useState(false);
  const stage = useRef<HTMLDivElement>(null);

  // Each presenter position, drawn in the task that brought it (the engine's flushSync contract).
  const receive = useRef(follow.receive);
  receive.current = follow.receive;
  useEffect(() => {
    if (!client) return;
    let followed = NOTHING_FOLLOWED;
    const apply = (sync: boolean) => {
      const state = client.getView().state;
      if (!state) return;
      const { followed: next, pos: at } = presenterPosition(followed, state);
      followed = next;
      if (!at) return;
      if (sync) flushSync(() => receive.current(at));
      else receive.current(at);
    };
    apply(false);
    return client.subscribe(() => apply(true));
  }, [client]);

  const { following, remote } = follow;
  const joined = remote !== null;
  const connected = view.status.kind === 'connected';
  const blackout = view.state?.blackout === true;
  const check = view.state?.check ?? null;

  useDocumentTitle(joined ? `${meta.title} · Live · ${manifest.title}` : `Joining the live session · ${manifest.title}`);

  const browse = follow.browse;
  useKeyHandler((e) => {
    const command = commandForKey('attendee', e);
    if (command === 'help') {
      setHelpOpen((o) => !o);
      return true;
    }
    if (helpOpen || !joined) return false;
    const action = navActionOf(command);
    if (action) {
      browse(action);
      return true;
    }
    switch (command) {
      case 'toggle-script':
        setScriptVisible(!scriptVisible);
        return true;
      case 'follow':
        follow.follow();
        return true;
      default:
        return false;
    }
  });
  useSwipe(stage, useCallback((dir: 'next' | 'prev') => browse({ type: dir }), [browse]));

  // One polite announcement per change worth hearing: a new slide, a question, the connection.
  const [announcement, setAnnouncement] = useState('');
  const firstSlide = useRef(true);
  useEffect(() => {
    if (!joined) return;
    if (firstSlide.current) {
      firstSlide.current = false;
      return;
    }
    setAnnouncement(`Slide ${pos.slide} of ${total}: ${meta.title}`);
  }, [joined, pos.slide, total, meta.title]);
  const statusKind = view.status.kind;
  const wasConnected = useRef(false);
  useEffect(() => {
    if (statusKind === 'connected') {
      if (wasConnected.current) setAnnouncement('Connected again');
      wasConnected.current = true;
    } else if (statusKind === 'reconnecting' && wasConnected.current) {
      setAnnouncement('Connection lost. Reconnecting…');
    }
  }, [statusKind]);
  useEffect(() => {
    if (check && check.phase === 'open') setAnnouncement(`The presenter asks: ${check.question}`);
  }, [check?.id, check?.round, check?.phase]);
  useEffect(() => {
    if (blackout) setAnnouncement('The presenter has blacked out the screen');
  }, [blackout]);

  const onAnswer = useCallback(
    (option: number | null) => {
      if (check) client?.answer(check.id, option);
    },
    [client, check],
  );

  const atPresenter = remote !== null && isSamePosition(remote, pos);
  const slide = <SlideBody meta={meta} content={content} step={pos.step} fitToCanvas={wide} />;
  return (
    <div
      className="attendee-view"
      data-following={following ? 'yes' : 'no'}
      data-joined={joined ? 'yes' : 'no'}
      data-blackout={blackout ? 'on' : 'off'}
      data-script={scriptVisible ? 'shown' : 'hidden'}
      data-slide={joined ? pos.slide : undefined}
      data-step={joined ? pos.step : undefined}
      data-presenter-slide={remote?.slide}
      data-presenter-step={remote?.step}
    >
      <div className="attendee-page" inert={blackout}>
        <header className="attendee-top">
          <Link to="/" className="deck-title">
            {manifest.title}
          </Link>
          <p className="attendee-counter" aria-live="off">
            {joined ? (
              <>
                Slide {pos.slide} of {total}
                {meta.steps > 1 ? <span className="muted"> · step {pos.step} of {meta.steps}</span> : null}
              </>
            ) : (
              'Live session'
            )}
          </p>
          <LiveStatusLine status={view.status} />
          <div className="attendee-tools">
            <button type="button" className="button" aria-pressed={scriptVisible} onClick={() => setScriptVisible(!scriptVisible)} aria-keyshortcuts="N">
              Script
            </button>
            <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
              Keys
              <span className="visually-hidden"> (keyboard shortcuts)</span>
            </button>
            <ThemeToggle />
          </div>
        </header>
        <main className="attendee-main" id="main">
          {check ? (
            <LiveCheckPanel key={`${check.id} ${check.round}`} check={check} counts={view.counts} yourAnswer={view.yourAnswer} connected={connected} onAnswer={onAnswer} />
          ) : null}
          {joined ? (
            <div className="attendee-stage" ref={stage}>
              {wide ? <SlideCanvas>{slide}</SlideCanvas> : <div className="attendee-page-slide">{slide}</div>}
            </div>
          ) : (
            <div className="attendee-stage attendee-waiting" ref={stage}>
              <p>Joining the live session…</p>
            </div>
          )}
          {scriptVisible && joined ? <ScriptPanel content={content} /> : null}
        </main>
        <nav className="attendee-dock" aria-label="Slides">
          <div className="attendee-follow" data-following={following ? 'yes' : 'no'}>
            {!joined ? null : following ? (
              <p className="attendee-follow-text">Following the presenter</p>
            ) : (
              <>
                <p className="attendee-follow-text">
                  Presenter is on slide {remote.slide}
                  {(manifest.slides[remote.slide - 1]?.steps ?? 1) > 1 ? <span className="muted">, step {remote.step}</span> : null}
                  {atPresenter ? <span className="muted"> (you are there too)</span> : null}
                </p>
                <button type="button" className="button primary attendee-follow-button" aria-keyshortcuts="F" onClick={follow.follow}>
                  Follow
                </button>
              </>
            )}
          </div>
          <div className="attendee-pager">
            <button type="button" className="button" onClick={() => browse({ type: 'prev' })} disabled={!joined || (pos.slide === 1 && pos.step === 1)}>
              ← Previous
            </button>
            <button type="button" className="button" onClick={() => browse({ type: 'next' })} disabled={!joined || (pos.slide === total && pos.step === meta.steps)}>
              Next →
            </button>
          </div>
        </nav>
      </div>
      {blackout ? <div className="attendee-blackout" role="img" aria-label="The presenter has blacked out the screen" /> : null}
      <LiveAnnouncer message={announcement} />
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="attendee" />
    </div>
  );
}
