import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveCheckPanel } from '../../src/attendee/live-check-panel.tsx';
import type { PublicCheck } from '../../src/live/protocol.ts';

afterEach(cleanup);

const open: PublicCheck = { id: 'c1', round: 1, question: 'Which scope lets an Alloy collector register?', options: ['set:alloy-data-write', 'stacks:read', 'metrics:write'], phase: 'open' };
const closed: PublicCheck = { ...open, phase: 'closed', reveal: { correct: [0], why: ['It covers registering.', 'It only reads.', null] } };
const counts = { checkId: 'c1', counts: [3, 1, 0], total: 4 };

describe('a live check on the attendee’s device', () => {
  it('answers with a native radio, changes the answer, withdraws it', async () => {
    const onAnswer = vi.fn();
    const { rerender } = render(<LiveCheckPanel check={open} counts={null} yourAnswer={null} connected onAnswer={onAnswer} />);
    expect(screen.getByRole('group', { name: open.question })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have not answered.');
    await userEvent.click(screen.getByRole('radio', { name: /stacks:read/ }));
    expect(onAnswer).toHaveBeenLastCalledWith(1);
    rerender(<LiveCheckPanel check={open} counts={null} yourAnswer={1} connected onAnswer={onAnswer} />);
    expect((screen.getByRole('radio', { name: /stacks:read/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Your answer: B, stacks:read.');
    await userEvent.click(screen.getByRole('radio', { name: /metrics:write/ }));
    expect(onAnswer).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw my answer' }));
    expect(onAnswer).toHaveBeenLastCalledWith(null);
  });

  it('shows no counts and no right answer while open, even when counts are at hand', () => {
    render(<LiveCheckPanel check={open} counts={counts} yourAnswer={null} connected onAnswer={() => undefined} />);
    expect(screen.queryByText(/answers from the room/)).toBeNull();
    expect(screen.queryByText('Right answer')).toBeNull();
  });

  it('shows the results as numbers, still answerable', () => {
    render(<LiveCheckPanel check={{ ...open, phase: 'results' }} counts={counts} yourAnswer={0} connected onAnswer={() => undefined} />);
    expect(screen.getByText('4 answers from the room')).toBeTruthy();
    expect(screen.getAllByText(/\(75 %\)/)).toHaveLength(1);
    expect((screen.getByRole('radio', { name: /stacks:read/ }) as HTMLInputElement).disabled).toBe(false);
  });

  it('after Close marks the right answer, explains each option and locks the radios', () => {
    render(<LiveCheckPanel check={closed} counts={counts} yourAnswer={1} connected onAnswer={() => undefined} />);
    expect(screen.getByText('Right answer')).toBeTruthy();
    expect(screen.getAllByText('Not right')).toHaveLength(2);
    expect(screen.getByText('It covers registering.')).toBeTruthy();
    expect(screen.getByText('It only reads.')).toBeTruthy();
    for (const radio of screen.getAllByRole('radio')) expect(radio.matches(':disabled')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Closed. The right answer: A, set:alloy-data-write. Not this time.');
    expect(screen.queryByRole('button', { name: 'Withdraw my answer' })).toBeNull();
  });

  it('cannot answer while the connection is down', () => {
    render(<LiveCheckPanel check={open} counts={null} yourAnswer={null} connected={false} onAnswer={() => undefined} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio.matches(':disabled')).toBe(true);
  });
});
