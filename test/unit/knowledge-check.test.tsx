// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeCheck as Check } from '../../src/content/deck-types.ts';
import { KnowledgeCheck } from '../../src/learn/knowledge-check.tsx';
import { KnowledgeCheckList } from '../../src/learn/knowledge-check-list.tsx';
import type { CheckRecord } from '../../src/learn/progress-types.ts';

afterEach(cleanup);

const single: Check = {
  id: 's3-c1',
  question: 'Which scope lets an Alloy collector register?',
  questionHtml: 'Which scope lets an <code>Alloy</code> collector register?',
  multiple: false,
  options: [
    { text: 'stacks:read', html: '<code>stacks:read</code>', correct: false, whyHtml: 'It only reads stack details.' },
    { text: 'set:alloy-data-write', html: '<code>set:alloy-data-write</code>', correct: true, whyHtml: 'It covers registering.' },
  ],
};

const multiple: Check = {
  id: 's5-c2',
  question: 'Which are health states?',
  questionHtml: 'Which are health states?',
  multiple: true,
  options: [
    { text: 'Healthy', html: 'Healthy', correct: true, whyHtml: 'A state.' },
    { text: 'Purple', html: 'Purple', correct: false, whyHtml: 'Not a state.' },
    { text: 'Unhealthy', html: 'Unhealthy', correct: true, whyHtml: 'Also a state.' },
  ],
};

/** The check with its record held the way the progress store holds it. */
function Harness({ check, initial = null, onRecord }: { check: Check; initial?: CheckRecord | null; onRecord?: (r: CheckRecord | null) => void }) {
  const [record, setRecord] = useState<CheckRecord | null>(initial);
  return (
    <KnowledgeCheck
      check={check}
      record={record}
      onRecord={(r) => {
        onRecord?.(r);
        setRecord(r);
      }}
    />
  );
}

describe('KnowledgeCheck', () => {
  it('shows the question as the legend of a group of radio buttons, and Check is disabled until a choice', async () => {
    const user = userEvent.setup();
    render(<Harness check={single} />);
    const group = screen.getByRole('group', { name: 'Which scope lets an Alloy collector register?' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    const check = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'stacks:read' }));
    expect(check.disabled).toBe(false);
    expect(screen.queryByText('Choose all that apply.')).toBeNull();
  });

  it('a wrong answer gets "Not quite" with the explanation, and the overall result in the status region', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Harness check={single} onRecord={onRecord} />);
    await user.click(screen.getByRole('radio', { name: 'stacks:read' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onRecord).toHaveBeenLastCalledWith({ selected: [0], status: 'answered', correct: false });
    const wrong = screen.getByRole('radio', { name: 'stacks:read' });
    expect(wrong.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(wrong.getAttribute('aria-describedby')!)?.textContent).toBe('Not quite. It only reads stack details.');
    expect(screen.getByRole('status').textContent).toBe('Not quite. Read why, then Retry or Show answer.');
    // The right option is not given away by a wrong answer.
    expect(screen.queryByText('It covers registering.')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retry' }));
    expect(wrong.getAttribute('aria-disabled')).toBe('true');
    // Locked: clicking another option changes nothing until Retry.
    await user.click(screen.getByRole('radio', { name: 'set:alloy-data-write' }));
    expect((wrong as HTMLInputElement).checked).toBe(true);
    expect(onRecord).toHaveBeenCalledTimes(1);
  });

  it('Retry clears the choice and the saved result', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Harness check={single} onRecord={onRecord} />);
    await user.click(screen.getByRole('radio', { name: 'stacks:read' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRecord).toHaveBeenLastCalledWith(null);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([false, false]);
    expect(radios.every((r) => !r.hasAttribute('aria-disabled'))).toBe(true);
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.activeElement).toBe(radios[0]);
  });

  it('a right answer gets "Correct" and no Show answer button', async () => {
    const user = userEvent.setup();
    render(<Harness check={single} />);
    await user.click(screen.getByRole('radio', { name: 'set:alloy-data-write' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Correct.', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Correct.');
    expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
  });

  it('Show answer marks the right option and saves status revealed', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Harness check={single} onRecord={onRecord} />);
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(onRecord).toHaveBeenLastCalledWith({ selected: [1], status: 'revealed', correct: false });
    expect((screen.getByRole('radio', { name: 'set:alloy-data-write' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Right answer.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('The right answer is marked.');
    expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
  });

  it('restores a saved answer: inputs reflect the choice, feedback is shown', () => {
    render(<Harness check={single} initial={{ selected: [0], status: 'answered', correct: false }} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(screen.getByText('Not quite.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('ignores a saved record whose choices no longer exist', () => {
    render(<Harness check={single} initial={{ selected: [5], status: 'answered', correct: true }} />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('several right answers: checkboxes, "Choose all that apply", and "This was also right" for a missed one', async () => {
    const user = userEvent.setup();
    render(<Harness check={multiple} />);
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Choose all that apply.')).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Healthy' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('This was also right.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Almost: there was one more right answer, marked below.');
  });

  it('does not repeat "Choose all that apply" when the question says it already', () => {
    render(<Harness check={{ ...multiple, question: 'Which? Choose all that apply.', questionHtml: 'Which? Choose all that apply.' }} />);
    expect(screen.getAllByText(/all that apply/)).toHaveLength(1);
    expect(screen.getByRole('group').hasAttribute('aria-describedby')).toBe(false);
  });

  it('Enter on a chosen radio checks the answer', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Harness check={single} onRecord={onRecord} />);
    await user.click(screen.getByRole('radio', { name: 'set:alloy-data-write' }));
    await user.keyboard('{Enter}');
    expect(onRecord).toHaveBeenLastCalledWith({ selected: [1], status: 'answered', correct: true });
  });
});

describe('KnowledgeCheckList', () => {
  it('puts the checks under "Check your understanding" and passes each record', () => {
    const onRecord = vi.fn();
    render(<KnowledgeCheckList checks={[single, multiple]} records={{ 's5-c2': { selected: [0, 2], status: 'answered', correct: true } }} onRecord={onRecord} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Check your understanding' })).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(2);
    expect(screen.getAllByRole('status')[1]?.textContent).toBe('Correct: you chose every right answer.');
  });

  it('renders nothing for a slide without checks', () => {
    const { container } = render(<KnowledgeCheckList checks={[]} records={{}} onRecord={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('KnowledgeCheck with a learner seed', () => {
  const five: Check = {
    id: 's9-c1',
    question: 'Pick one',
    questionHtml: 'Pick one',
    multiple: false,
    options: ['alpha', 'bravo', 'charlie', 'delta', 'none of these'].map((t, i) => ({ text: t, html: t, correct: i === 0, whyHtml: `why ${t}`, ...(i === 4 ? { pin: true } : {}) })),
  };
  const shown = () => screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent);

  it('shows the options in the seeded order, keeps the pinned one in place and records authored indexes', async () => {
    const user = userEvent.setup();
    const orders = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      render(<KnowledgeCheck check={five} record={null} onRecord={() => undefined} shuffleSeed={seed} />);
      const order = shown();
      expect(order.at(-1)).toBe('none of these');
      expect([...order].sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'none of these']);
      orders.add(order.join());
      cleanup();
    }
    expect(orders.size).toBeGreaterThan(1);
    const onRecord = vi.fn();
    render(<KnowledgeCheck check={five} record={null} onRecord={onRecord} shuffleSeed="a" />);
    await user.click(screen.getByRole('radio', { name: 'alpha' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onRecord).toHaveBeenCalledWith({ selected: [0], status: 'answered', correct: true });
  });

  it('keeps the same order on a re-render and when a saved answer is shown', () => {
    const { rerender } = render(<KnowledgeCheck check={five} record={null} onRecord={() => undefined} shuffleSeed="learner-1" />);
    const before = shown();
    rerender(<KnowledgeCheck check={five} record={{ selected: [2], status: 'answered', correct: false }} onRecord={() => undefined} shuffleSeed="learner-1" />);
    expect(shown()).toEqual(before);
    expect((screen.getByRole('radio', { name: 'charlie' }) as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the authored order without a seed', () => {
    render(<KnowledgeCheck check={five} record={null} onRecord={() => undefined} />);
    expect(shown()).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'none of these']);
  });
});
