import './learn-view.css';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { HelpOverlay } from '../components/help-overlay.tsx';
import { LiveAnnouncer } from '../components/live-announcer.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { ScriptPanel } from '../components/script-panel.tsx';
import { SlideBody } from '../components/slide-body.tsx';
import { warmSlide } from '../components/warm-slide.ts';
import { loadSlide, useManifest, useSlideContent } from '../deck/deck-store.ts';
import { commandForKey, navActionOf } from '../deck/key-bindings.ts';
import type { Position } from '../deck/nav.ts';
import { positionPath } from '../deck/position-address.ts';
import { useDeckPosition } from '../deck/use-deck-position.ts';
import { useKeyHandler } from '../deck/use-key-handler.ts';
import { useSwipe } from '../deck/use-swipe.ts';
import { SavedExercise } from './exercise/lazy-exercise.tsx';
import { SavedKnowledgeChecks } from './knowledge-check-list.tsx';
import { LearnMenu } from './learn-menu.tsx';
import { Outline } from './outline.tsx';
import { PracticeCue, PRACTICE_ID } from './practice-cue.tsx';
import { useProgress, useTrackPosition } from './progress-context.tsx';
import { ProgressNotice } from './progress-notice.tsx';
import { progressWords } from './progress-words.ts';
import { ReadAloud } from './read-aloud.tsx';
import { enhanceYourValues } from './your-values/lazy-enhance.ts';
import { parseBool, useStoredState } from '../lib/use-stored-state.ts';
import { whenIdle } from '../lib/when-idle.ts';
import { ThemeToggle } from '../app/theme-toggle.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';

const SCRIPT_ID = 'learn-script';

/**
 * The learner view at the position the address names (routes.tsx wraps it in PositionRoute).
 * One page the window scrolls: the slide reflowed as a reading page at every width (a scaled
 * projector canvas would put tables and code below a readable size on a laptop, issue 11), the
 * script beside it from 1024 px and below it on narrower screens, then the checks and the exercise.
 */
export function LearnView({ pos: address }: { pos: Position }) {
  const manifest = useManifest();
  const go = useNavigate();
  const { pos, go: move, lastMove } = useDeckPosition(address, { mode: 'slides' });
  const meta = manifest.slides[pos.slide - 1]!;
  const content = useSlideContent(pos.slide);
  const [scriptVisible, setScriptVisible] = useStoredState('deck:script-visible', true, parseBool);
  const total = manifest.slides.length;
  const view = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const { progress } = useProgress();
  useTrackPosition(pos);
  const [outlineOpen, setOutlineOpen] = useState(false);

  useDocumentTitle(`${meta.title} · ${manifest.title}`);

  useKeyHandler((e) => {
    if (outlineOpen) return false;
    const command = commandForKey('learner', e);
    if (command === 'help') {
      setHelpOpen((o) => !o);
      return true;
    }
    if (helpOpen) return false;
    const action = navActionOf(command);
    if (action) {
      move(action);
      return true;
    }
    switch (command) {
      case 'toggle-script':
        setScriptVisible(!scriptVisible);
        return true;
      case 'present':
        go(positionPath('presenter', pos));
        return true;
      case 'outline':
        setOutlineOpen(true);
        return true;
      default:
        return false;
    }
  });
  // The whole view turns the slide, script included; use-swipe leaves boxes that scroll sideways alone.
  useSwipe(view, useCallback((dir: 'next' | 'prev') => move({ type: dir }), [move]));

  // A new slide starts at its top, read from its heading; a step inside a slide moves nothing.
  useLayoutEffect(() => {
    if (lastMove !== 'slide') return;
    // The page is the one scroller (no inner panels scroll), so the window is all there is to reset.
    window.scrollTo(0, 0);
    document.getElementById(`slide-title-${pos.slide}`)?.focus({ preventScroll: true });
  }, [pos.slide, lastMove]);

  // Once this slide has settled, lay out the next one off screen, so pressing Next is quick.
  const nextMeta = manifest.slides[pos.slide];
  useEffect(() => {
    if (!nextMeta) return;
    let live = true;
    let cancel = () => {};
    void loadSlide(nextMeta.number).then((next) => {
      if (!live || !next) return;
      cancel = whenIdle(
        () => {
          const current = stage.current?.querySelector<HTMLElement>('article.slide');
          if (current) warmSlide(current, nextMeta.layout, next.html);
        },
        1000,
        50,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [nextMeta]);

  // Announce slide changes once, not the first render (the page title covers that).
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnouncement(`Slide ${pos.slide} of ${total}: ${meta.title}`);
  }, [pos.slide, total, meta.title]);

  // The script, checks and exercise follow the slide a moment later: the slide paints first, then
  // React renders them in the background (they were about half of a slide change's layout).
  const laterSlide = useDeferredValue(pos.slide);
  const tally = progressWords(manifest.slides, progress, pos.slide);
  return (
    <div className="learn-view" ref={view} data-script={scriptVisible ? 'shown' : 'hidden'}>
      <header className="topbar-wrap">
        <div className="topbar">
          <Link to="/" className="deck-title">
            {manifest.title}
          </Link>
          <p className="progress-words" aria-live="off">
            <span className="slide-counter">
              Slide {pos.slide} of {total}
              {meta.steps > 1 ? <span className="muted"> · step {pos.step} of {meta.steps}</span> : null}
            </span>
            <span className="muted progress-detail"> · {tally}</span>
          </p>
          <LearnMenu>
            {/* The bar has no room for the tally on a narrow screen; the menu shows it there. */}
            <p className="menu-tally muted">{tally}</p>
            <Outline slides={manifest.slides} current={pos.slide} open={outlineOpen} onOpenChange={setOutlineOpen} />
            <button
              type="button"
              className="button"
              aria-expanded={scriptVisible}
              aria-controls={scriptVisible ? SCRIPT_ID : undefined}
              onClick={() => setScriptVisible(!scriptVisible)}
              aria-keyshortcuts="N"
            >
              {scriptVisible ? 'Hide script' : 'Show script'}
            </button>
            <button type="button" className="button" data-needs="keyboard" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
              Keyboard shortcuts
            </button>
            <Link className="button" data-needs="keyboard" to={positionPath('presenter', pos)} aria-keyshortcuts="P">
              Present
            </Link>
            <Link className="button" to="/print" state={{ from: positionPath('slides', pos) }}>
              Print handout
            </Link>
            <ThemeToggle />
          </LearnMenu>
        </div>
        <ProgressBar value={pos.slide} max={total} label="Deck progress" />
      </header>
      <ProgressNotice />
      <main className="learn-main" id="main">
        <div className="learn-reading">
          <div className="stage page-slide" ref={stage}>
            <SlideBody meta={meta} content={content} step={pos.step} fitToCanvas={false} enhanceCode={enhanceYourValues} />
            <PracticeCue checks={content?.checks.length ?? 0} exercise={meta.exercise !== undefined} />
          </div>
          {scriptVisible ? <LearnScript slide={laterSlide} /> : null}
        </div>
        <LearnPractice slide={laterSlide} />
      </main>
      <nav className="pager" aria-label="Slides">
        <button type="button" className="button" onClick={() => move({ type: 'prev' })} disabled={pos.slide === 1 && pos.step === 1}>
          ← Previous
        </button>
        {pos.slide === total && pos.step === meta.steps ? (
          <Link className="button primary" to="/summary">
            See your summary
          </Link>
        ) : (
          <button type="button" className="button primary" onClick={() => move({ type: 'next' })}>
            Next →
          </button>
        )}
      </nav>
      <LiveAnnouncer message={announcement} />
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} view="learner" />
    </div>
  );
}

/** The script of one slide; memo, so a slide change skips it until the deferred render. */
const LearnScript = memo(function LearnScript({ slide }: { slide: number }) {
  const content = useSlideContent(slide);
  return <ScriptPanel id={SCRIPT_ID} content={content} tools={<ReadAloud key={slide} scriptHtml={content?.scriptHtml ?? ''} />} />;
});

/** The slide's exercise and checks, full width below the slide and its script, in the page the learner scrolls. */
const LearnPractice = memo(function LearnPractice({ slide }: { slide: number }) {
  const meta = useManifest().slides[slide - 1]!;
  const content = useSlideContent(slide);
  const checks = content?.checks ?? [];
  if (meta.exercise === undefined && checks.length === 0) return null;
  return (
    // tabIndex: the cue on the slide moves focus here.
    <div className="learn-practice" id={PRACTICE_ID} tabIndex={-1}>
      <SavedExercise id={meta.exercise} />
      {checks.length > 0 ? <SavedKnowledgeChecks checks={checks} /> : null}
    </div>
  );
});
