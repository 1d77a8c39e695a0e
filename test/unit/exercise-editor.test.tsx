// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeEditor } from '../../src/learn/exercise/code-editor.tsx';
import ExercisePanel from '../../src/learn/exercise/exercise-panel.tsx';
import type { ExerciseRecord } from '../../src/learn/progress-types.ts';
import { loadDeck } from '../../src/node/load-deck.ts';

// The exercises as authored: the real deck's remotecfg, and the fixture deck's two.
const root = path.resolve(import.meta.dirname, '../..');
const real = await loadDeck({ root });
const fixture = await loadDeck({ root, dir: 'test/fixtures/slides/two-exercises' });
const remotecfg = real.exercises.get('remotecfg')!;

afterEach(cleanup);

function Editor({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="ed">Code</label>
      <CodeEditor id="ed" value={value} onChange={setValue} />
      <button type="button">After</button>
    </>
  );
}

const textarea = () => screen.getByLabelText('Code') as HTMLTextAreaElement;

describe('CodeEditor keys', () => {
  it('Tab inserts two spaces and keeps focus in the editor', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(textarea());
    await user.keyboard('a{Tab}b');
    expect(textarea().value).toBe('a  b');
    expect(document.activeElement).toBe(textarea());
  });

  it('Shift+Tab outdents the line', async () => {
    const user = userEvent.setup();
    render(<Editor initial={'    x'} />);
    await user.click(textarea());
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(textarea().value).toBe('  x');
  });

  it('Escape, then Tab, leaves the editor without changing the text', async () => {
    const user = userEvent.setup();
    render(<Editor initial="remotecfg {" />);
    await user.click(textarea());
    await user.keyboard('{Escape}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    expect(textarea().value).toBe('remotecfg {');
  });

  it('a key between Escape and Tab makes Tab indent again', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(textarea());
    await user.keyboard('{Escape}x{Tab}');
    expect(textarea().value).toBe('x  ');
    expect(document.activeElement).toBe(textarea());
  });

  it('typographic quotes become straight as they are typed, with the caret after them', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(textarea());
    await user.keyboard('a = \u201Cx\u201D;');
    expect(textarea().value).toBe('a = "x";');
    expect(textarea().selectionStart).toBe(8);
  });

  it('Enter keeps the indentation and goes deeper after a brace', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(textarea());
    await user.keyboard('remotecfg {{{Enter}url');
    expect(textarea().value).toBe('remotecfg {\n  url');
  });

  it('the highlighted copy behind the textarea is hidden from assistive technology and mirrors the text', async () => {
    const user = userEvent.setup();
    const { container } = render(<Editor />);
    await user.click(textarea());
    await user.keyboard('logging {{}');
    const pre = container.querySelector('pre')!;
    expect(pre.getAttribute('aria-hidden')).toBe('true');
    expect(pre.textContent).toBe('logging {}');
  });
});

describe('ExercisePanel', () => {
  const TOKEN = 'glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJ0ZXN0In0=';

  function Panel({ onRecord }: { onRecord: (r: ExerciseRecord) => void }) {
    return <ExercisePanel exercise={remotecfg} record={null} onRecord={onRecord} />;
  }

  it('shows a syntax error with its line; activating it puts the caret on that line', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Panel onRecord={onRecord} />);
    const editor = screen.getByLabelText('Your remotecfg block') as HTMLTextAreaElement;
    await user.click(editor);
    await user.paste('remotecfg {\n  url = "https://fleet-management-prod-us-east-0.grafana.net/"\n  basic_auth {\n    username = 1 +\n  }\n}');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^Not yet: 1 error to fix\./);
    const goto = screen.getByRole('button', { name: /^line 5:\d+, go to it in the editor$/ });
    await user.click(goto);
    expect(document.activeElement).toBe(editor);
    expect(editor.value.slice(0, editor.selectionStart).split('\n').length).toBe(5);
    expect(onRecord).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'attempted', hintsShown: 0 }));
  });

  it('passes a correct block, and saves it with the secrets redacted', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Panel onRecord={onRecord} />);
    await user.click(screen.getByLabelText('Your remotecfg block'));
    await user.paste(
      `remotecfg {\n  url = "https://fleet-management-prod-us-east-0.grafana.net/"\n  basic_auth {\n    username = "123"\n    password = sys.env("GCLOUD_RW_API_KEY") // ${TOKEN}\n  }\n}`,
    );
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Well done/);
    const saved = onRecord.mock.lastCall?.[0] as ExerciseRecord;
    expect(saved.status).toBe('passed');
    expect(saved.redactedDraft).toContain('sys.env("GCLOUD_RW_API_KEY")');
    expect(JSON.stringify(onRecord.mock.calls)).not.toContain('eyJ');
  });

  it('shows hints one at a time, then the solution', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<Panel onRecord={onRecord} />);
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show another hint (2 of 4)' }));
    expect(onRecord).toHaveBeenLastCalledWith({ status: 'attempted', hintsShown: 2 });
    const show = screen.getByRole('button', { name: 'Show solution' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    await user.click(screen.getByRole('button', { name: 'Put the solution in the editor' }));
    expect((screen.getByLabelText('Your remotecfg block') as HTMLTextAreaElement).value).toContain('password = sys.env("GCLOUD_RW_API_KEY")');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Well done/);
  });

  it('restores a saved draft and hint count', () => {
    render(<ExercisePanel exercise={remotecfg} record={{ status: 'attempted', hintsShown: 3, redactedDraft: 'remotecfg {\n  basic_auth {\n    password = "<redacted>"\n  }\n}' }} onRecord={() => {}} />);
    expect((screen.getByLabelText('Your remotecfg block') as HTMLTextAreaElement).value).toContain('"<redacted>"');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/Anything secret in it was saved as/)).toBeTruthy();
  });
});

describe('ExercisePanel with other exercises', () => {
  it.each(['logging', 'remote-write'])('runs the fixture exercise %s: its own task, hints and checks', async (id) => {
    const exercise = fixture.exercises.get(id)!;
    const user = userEvent.setup();
    const onRecord = vi.fn();
    render(<ExercisePanel exercise={exercise} record={null} onRecord={onRecord} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(exercise.title);
    const editor = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(editor.value).toBe(exercise.starter);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Not yet: 1 error to fix\./);
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(within(screen.getByRole('heading', { name: 'Hints' }).parentElement!).getByRole('listitem').textContent).toBe(exercise.hints[0]!.replace(/`/g, ''));
    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    await user.click(screen.getByRole('button', { name: 'Put the solution in the editor' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toBe(`Well done: ${exercise.passed}`);
    expect(onRecord).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'passed', hintsShown: 1 }));
  });
});
