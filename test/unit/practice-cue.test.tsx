import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PracticeCue, practiceWords } from '../../src/learn/practice-cue.tsx';

describe('practiceWords', () => {
  it('counts the questions and names the exercise', () => {
    expect(practiceWords(1, false)).toBe('1 question below');
    expect(practiceWords(3, false)).toBe('3 questions below');
    expect(practiceWords(0, true)).toBe('An exercise below');
    expect(practiceWords(2, true)).toBe('An exercise and 2 questions below');
    expect(practiceWords(0, false)).toBe('');
  });
});

describe('PracticeCue', () => {
  it('is a button named by its visible words, and nothing on a slide with no practice', () => {
    const { container, rerender } = render(<PracticeCue checks={2} exercise={false} />);
    expect(screen.getByRole('button', { name: '2 questions below' })).toBeTruthy();
    rerender(<PracticeCue checks={0} exercise={false} />);
    expect(container.innerHTML).toBe('');
  });
});
