// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckManifest } from '../../src/content/deck-types.ts';
import type { Position } from '../../src/deck/nav.ts';
import { positionRoutePaths, type PositionMode } from '../../src/deck/position-address.ts';
import { FOLLOW_ADDRESS_DELAY_MS, useDeckPosition, type DeckPosition } from '../../src/deck/use-deck-position.ts';
import { useFollow, type Follow } from '../../src/deck/use-follow.ts';
import { PositionRoute } from '../../src/app/position-route.tsx';

// Four slides; slide 3 has three steps.
const manifest = {
  title: 'Test deck',
  slides: [1, 1, 3, 1].map((steps, i) => ({ number: i + 1, title: `Slide ${i + 1}`, steps, minutes: 1, checkCount: 0 })),
} as unknown as DeckManifest;
vi.mock('../../src/deck/deck-store.ts', () => ({ useManifest: () => manifest, getManifest: () => manifest }));

afterEach(cleanup);

let engine: DeckPosition;
let follower: Follow;
function mount(mode: PositionMode, at: string, write?: 'push' | 'follow', onMove?: (p: Position) => void) {
  function Probe({ pos }: { pos: Position }) {
    engine = useDeckPosition(pos, { mode, write, onMove });
    follower = useFollow(engine);
    return (
      <p data-testid="probe">
        {engine.pos.slide}.{engine.pos.step} {String(engine.lastMove)}
      </p>
    );
  }
  const router = createMemoryRouter(
    positionRoutePaths(mode).map((path) => ({ path, element: <PositionRoute view={Probe} /> })),
    { initialEntries: [at] },
  );
  render(<RouterProvider router={router} />);
  return router;
}
const shown = () => screen.getByTestId('probe').textContent;

describe('useDeckPosition, writing the address (learner, speaker)', () => {
  it('moves from the address, pushes each move at once and says whether the slide or the step changed', () => {
    const onMove = vi.fn();
    const router = mount('slides', '/slides/2', 'push', onMove);
    expect(shown()).toBe('2.1 null');
    act(() => void engine.go({ type: 'next' }));
    expect(router.state.location.pathname).toBe('/slides/3');
    expect(shown()).toBe('3.1 slide');
    act(() => void engine.go({ type: 'next' }));
    expect(router.state.location.pathname).toBe('/slides/3/2');
    expect(shown()).toBe('3.2 step');
    expect(onMove).toHaveBeenCalledTimes(2);
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('loses no press when several arrive before a render', () => {
    const router = mount('presenter', '/presenter/2');
    act(() => {
      engine.go({ type: 'next' });
      engine.go({ type: 'next' });
      engine.go({ type: 'next' });
    });
    expect(router.state.location.pathname).toBe('/presenter/3/3');
    expect(engine.go({ type: 'last' })).toBe(true);
  });

  it('does nothing at an end of the deck, and follows an address changed by hand', () => {
    const router = mount('slides', '/slides/1');
    expect(engine.go({ type: 'prev' })).toBe(false);
    act(() => void router.navigate('/slides/4'));
    expect(shown()).toBe('4.1 slide');
    expect(engine.target()).toEqual({ slide: 4, step: 1 });
    act(() => void engine.go({ type: 'prev' }));
    expect(router.state.location.pathname).toBe('/slides/3/3');
  });

  it('shows the not-found page for an address that names no position', () => {
    for (const bad of ['/slides/0', '/slides/5', '/slides/3/4', '/slides/01']) {
      mount('slides', bad);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No such slide');
      cleanup();
    }
  });
});

describe('useDeckPosition, following (audience)', () => {
  it('draws a shown position at once and replaces the address a moment later', async () => {
    vi.useFakeTimers();
    try {
      const router = mount('audience', '/audience/1', 'follow');
      act(() => void engine.show({ slide: 3, step: 2 }));
      expect(shown()).toBe('3.2 slide');
      expect(router.state.location.pathname).toBe('/audience/1');
      act(() => void engine.show({ slide: 9, step: 9 }));
      expect(shown()).toBe('4.1 slide');
      await act(async () => void vi.advanceTimersByTime(FOLLOW_ADDRESS_DELAY_MS));
      expect(router.state.location.pathname).toBe('/audience/4');
      expect(router.state.historyAction).toBe('REPLACE');
      expect(shown()).toBe('4.1 slide');
      // An address changed by hand is where the window goes.
      await act(async () => void router.navigate('/audience/2'));
      expect(shown()).toBe('2.1 slide');
      expect(engine.target()).toEqual({ slide: 2, step: 1 });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useFollow (a view that follows a remote position and may browse away)', () => {
  it('shows each remote position while following, stops when the viewer browses, and snaps back on follow', () => {
    const router = mount('slides', '/slides/1');
    act(() => follower.receive({ slide: 3, step: 2 }));
    expect(shown()).toBe('3.2 slide');
    act(() => follower.browse({ type: 'first' }));
    expect(shown()).toBe('1.1 slide');
    expect(follower.following).toBe(false);
    act(() => follower.receive({ slide: 4, step: 1 }));
    expect(shown()).toBe('1.1 slide');
    expect(follower.remote).toEqual({ slide: 4, step: 1 });
    act(() => follower.follow());
    expect(shown()).toBe('4.1 slide');
    expect(router.state.location.pathname).toBe('/slides/4');
    act(() => follower.receive({ slide: 3, step: 9 }));
    expect(shown()).toBe('3.3 slide');
  });
});
