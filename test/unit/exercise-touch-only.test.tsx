// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExercisePanel from '../../src/learn/exercise/exercise-panel.tsx';
import { loadDeck } from '../../src/node/load-deck.ts';

const fixture = await loadDeck({ root: path.resolve(import.meta.dirname, '../..'), dir: 'test/fixtures/slides/two-exercises' });
const exercise = fixture.exercises.get('logging')!;

// Its own file: use-media-query keeps one MediaQueryList per query for the module's life.
const touchOnly = { value: false };
vi.stubGlobal('matchMedia', (query: string) => ({
  matches: query.includes('any-pointer: coarse') ? touchOnly.value : false,
  media: query,
  addEventListener() {},
  removeEventListener() {},
}));

afterEach(cleanup);

describe('ExercisePanel on a touch-only device', () => {
  it('gives no keyboard-only advice and describes the editor by nothing stale', () => {
    touchOnly.value = true;
    render(<ExercisePanel exercise={exercise} record={null} onRecord={() => {}} />);
    expect(screen.queryByText(/Press Escape, then Tab/)).toBeNull();
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBeNull();
  });
});
