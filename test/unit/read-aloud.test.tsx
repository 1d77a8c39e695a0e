// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/learn/read-aloud.tsx';
import { resetSpeechSupportForTests, VOICE_WAIT_MS } from '../../src/learn/read-aloud-support.ts';
import { readScriptText } from '../../src/learn/read-aloud-text.ts';
import { splitSentences } from '../../src/learn/sentences.ts';

const FALLBACK = "Read-aloud isn't available here; the script is below the slide.";

function fakeSpeech(voices: { lang: string; default: boolean }[]) {
  const listeners: (() => void)[] = [];
  const synth = {
    getVoices: () => voices,
    addEventListener: (_: string, l: () => void) => listeners.push(l),
    speak: vi.fn(),
    cancel: vi.fn(),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: function Utterance() {}, configurable: true });
  return { synth, fireVoicesChanged: () => listeners.forEach((l) => l()) };
}

beforeEach(() => {
  resetSpeechSupportForTests();
  window.matchMedia = ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

describe('ReadAloud availability', () => {
  it('shows the fallback text at once without a speech API', () => {
    render(<ReadAloud scriptHtml="<p>Hello.</p>" />);
    expect(screen.getByText(FALLBACK)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('waits for voices, then gives up after 3 seconds', () => {
    vi.useFakeTimers();
    fakeSpeech([]);
    render(<ReadAloud scriptHtml="<p>Hello.</p>" />);
    expect(screen.getByRole('button', { name: 'Listen' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(VOICE_WAIT_MS));
    expect(screen.getByText(FALLBACK)).toBeTruthy();
  });

  it('keeps the button when voices arrive late', () => {
    vi.useFakeTimers();
    const voices: { lang: string; default: boolean }[] = [];
    const { fireVoicesChanged } = fakeSpeech(voices);
    render(<ReadAloud scriptHtml="<p>Hello.</p>" />);
    voices.push({ lang: 'en-US', default: true });
    act(() => fireVoicesChanged());
    act(() => vi.advanceTimersByTime(VOICE_WAIT_MS));
    expect(screen.getByRole('button', { name: 'Listen' })).toBeTruthy();
    expect(screen.getByLabelText('Speed')).toBeTruthy();
  });

  it('renders nothing for a slide without a script', () => {
    fakeSpeech([{ lang: 'en', default: true }]);
    const { container } = render(<ReadAloud scriptHtml="  " />);
    expect(container.innerHTML).toBe('');
  });
});

describe('readScriptText', () => {
  it('separates blocks with line breaks and maps sentences back to DOM ranges', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Install <code>alloy</code> first. Then\nrestart it.</p><ul><li>One item</li><li>Two</li></ul><div class="code-head"><button>Copy</button></div>';
    const text = readScriptText(root);
    expect(text.text).toBe('Install alloy first. Then restart it.\nOne item\nTwo\n');
    const sentences = splitSentences(text.text);
    expect(sentences.map((s) => s.text)).toEqual(['Install alloy first.', 'Then restart it.', 'One item', 'Two']);
    expect(sentences.map((s) => text.rangeFor(s.start, s.end)?.toString())).toEqual(['Install alloy first.', 'Then\nrestart it.', 'One item', 'Two']);
  });
});
