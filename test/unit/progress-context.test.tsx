// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNAVAILABLE_NOTICE } from '../../src/learn/local-progress-store.ts';
import { createMemoryProgressStore } from '../../src/learn/memory-progress-store.ts';
import { ProgressProvider, useProgress, useTrackPosition } from '../../src/learn/progress-context.tsx';
import { emptyProgress, type CheckRecord, type ProgressApi, type ProgressStore } from '../../src/learn/progress-types.ts';

let api: ProgressApi;
function Probe() {
  api = useProgress();
  return <p data-testid="notice">{api.notice ?? ''}</p>;
}
function Tracked({ slide, step = 1 }: { slide: number; step?: number }) {
  useTrackPosition({ slide, step });
  return null;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const right: CheckRecord = { selected: [0], status: 'answered', correct: true };

describe('ProgressProvider', () => {
  it('records checks and the exercise, saving each change', () => {
    const store = createMemoryProgressStore();
    render(
      <ProgressProvider store={store}>
        <Probe />
      </ProgressProvider>,
    );
    act(() => api.recordCheck('s1-c1', right));
    expect(api.progress.checks['s1-c1']).toEqual(right);
    expect(store.saved?.checks['s1-c1']).toEqual(right);
    act(() => api.recordCheck('s1-c1', null));
    expect(api.progress.checks).toEqual({});
    act(() => api.recordExercise('remotecfg', { status: 'passed', hintsShown: 2 }));
    expect(store.saved?.exercises).toEqual({ remotecfg: { status: 'passed', hintsShown: 2 } });
    act(() => api.recordExercise('logging', { status: 'attempted', hintsShown: 0 }));
    act(() => api.recordExercise('remotecfg', null));
    expect(store.saved?.exercises).toEqual({ logging: { status: 'attempted', hintsShown: 0 } });
  });

  it('tracks visited slides and the last position, and Start over clears everything', () => {
    const store = createMemoryProgressStore();
    const { rerender } = render(
      <ProgressProvider store={store}>
        <Probe />
        <Tracked slide={1} />
      </ProgressProvider>,
    );
    rerender(
      <ProgressProvider store={store}>
        <Probe />
        <Tracked slide={3} step={2} />
      </ProgressProvider>,
    );
    expect(api.progress.visited).toEqual([1, 3]);
    expect(api.progress.lastPosition).toEqual({ slide: 3, step: 2 });
    expect(store.saved?.lastPosition).toEqual({ slide: 3, step: 2 });
    act(() => api.startOver());
    expect(store.saved).toBeNull();
    expect(api.progress).toEqual(emptyProgress());
  });

  it('fits loaded progress to the deck', () => {
    const store = createMemoryProgressStore({ ...emptyProgress(), visited: [1, 12], lastPosition: { slide: 12, step: 1 } });
    render(
      <ProgressProvider store={store} slideSteps={[1, 1, 1]}>
        <Probe />
      </ProgressProvider>,
    );
    expect(api.progress.visited).toEqual([1]);
    expect(api.progress.lastPosition).toBeNull();
  });

  it('keeps going in memory with one notice when saving fails', () => {
    const failing: ProgressStore = { load: () => ({ progress: emptyProgress(), notice: null }), save: () => false, clear: () => {} };
    const error = vi.spyOn(console, 'error');
    render(
      <ProgressProvider store={failing}>
        <Probe />
      </ProgressProvider>,
    );
    expect(screen.getByTestId('notice').textContent).toBe('');
    act(() => api.recordCheck('s1-c1', right));
    act(() => api.recordCheck('s1-c2', right));
    expect(Object.keys(api.progress.checks)).toEqual(['s1-c1', 's1-c2']);
    expect(screen.getByTestId('notice').textContent).toBe(UNAVAILABLE_NOTICE);
    expect(error).not.toHaveBeenCalled();
  });

  it('counts time on the slides every 15 seconds while the page is visible', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance', 'Date'] });
    const store = createMemoryProgressStore();
    const { unmount } = render(
      <ProgressProvider store={store}>
        <Probe />
        <Tracked slide={1} />
      </ProgressProvider>,
    );
    act(() => vi.advanceTimersByTime(15_000));
    expect(store.saved?.timeSpentMs).toBe(15_000);
    act(() => vi.advanceTimersByTime(5_000));
    // Leaving the page saves what the interval has not reported yet.
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(store.saved?.timeSpentMs).toBe(20_000);
    unmount();
  });

  it('follows another tab writing the same key', () => {
    const store = createMemoryProgressStore();
    render(
      <ProgressProvider store={store} storageKey="k">
        <Probe />
      </ProgressProvider>,
    );
    store.saved = { ...emptyProgress(), visited: [2], lastPosition: { slide: 2, step: 1 } };
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' })));
    expect(api.progress.visited).toEqual([]);
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: 'k', newValue: '{}' })));
    expect(api.progress.visited).toEqual([2]);
  });

  it('useProgress outside a provider says what is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Probe />)).toThrow(/ProgressProvider/);
  });
});
