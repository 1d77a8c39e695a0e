import type { ReactNode } from 'react';
import type { SlideContent, SlideMeta } from '../content/deck-types.ts';
import type { Position } from '../deck/nav.ts';
import type { TimerState } from '../sync/shared-state.ts';
import { ScriptPanel } from '../components/script-panel.tsx';
import { PresenterTimer } from './presenter-timer.tsx';
import { RoomChecks, type RoomLive } from './room-checks.tsx';

interface Props {
  deckTitle: string;
  pos: Position;
  total: number;
  meta: SlideMeta;
  content: SlideContent | undefined;
  timer: TimerState;
  blackout: boolean;
  liveStatus: ReactNode;
  roomLive: RoomLive | null;
  onNav: (type: 'prev' | 'next') => void;
  onToggleTimer: () => void;
  onResetTimer: () => void;
  onToggleBlackout: () => void;
}

/**
 * The speaker view on a phone: the presenter walks the room with it as the remote. Previous and
 * Next are large and at the bottom, where a thumb rests; above them the slide's title, the timer
 * and the script scroll.
 */
export function PhoneRemote(p: Props) {
  return (
    <div className="presenter-view phone-remote" data-blackout={p.blackout}>
      <header className="phone-bar">
        <h1 className="visually-hidden">Speaker remote: {p.deckTitle}</h1>
        <p className="presenter-counter" data-testid="counter">
          <span className="visually-hidden">Slide </span>
          <strong>
            {p.pos.slide} / {p.total}
          </strong>
          {p.meta.steps > 1 ? <span className="muted"> · step {p.pos.step} / {p.meta.steps}</span> : null}
        </p>
        {p.liveStatus}
        <PresenterTimer timer={p.timer} onToggle={p.onToggleTimer} onReset={p.onResetTimer} />
      </header>
      <main className="phone-main" id="main">
        <h2 className="phone-title" data-testid="phone-title">
          {p.meta.title}
        </h2>
        <button type="button" className="button blackout-toggle" aria-pressed={p.blackout} onClick={p.onToggleBlackout}>
          Black out
        </button>
        <ScriptPanel content={p.content} />
        <RoomChecks checks={p.content?.checks} live={p.roomLive} />
      </main>
      <nav className="phone-nav" aria-label="Slides">
        <button type="button" className="button phone-prev" onClick={() => p.onNav('prev')} disabled={p.pos.slide === 1 && p.pos.step === 1}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <button type="button" className="button primary phone-next" onClick={() => p.onNav('next')} disabled={p.pos.slide === p.total && p.pos.step === p.meta.steps}>
          Next <span aria-hidden="true">→</span>
        </button>
      </nav>
    </div>
  );
}
