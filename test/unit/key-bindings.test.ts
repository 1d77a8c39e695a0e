import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandForKey, helpRows, KEY_BINDINGS, navActionOf, VIEW_ORDER, VIEW_TITLES, type DeckView } from '../../src/deck/key-bindings.ts';
import { navActionForKey } from '../../src/deck/keys.ts';

// Every KeyboardEvent.key a view could see: printable ASCII plus the named keys a keyboard sends.
const NAMED = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'Home', 'End', 'Escape', 'Enter', 'Tab', 'Backspace', 'Delete', 'Insert', 'Spacebar', 'F1', 'F5', 'F11', 'Shift', 'Control', 'Alt', 'Meta'];
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const ALL_KEYS = [...PRINTABLE, ...NAMED];

describe('the key-binding table', () => {
  it('resolves every listed key to what its row says, in each view that lists it', () => {
    for (const b of KEY_BINDINGS.filter((b) => b.scope === 'window')) {
      for (const view of Object.keys(b.does) as DeckView[]) {
        for (const k of b.keys) {
          for (const key of k.values) {
            for (const shiftKey of k.shift === undefined ? [false, true] : [k.shift]) {
              expect(commandForKey(view, { key, shiftKey }), `${view}: ${k.label} (${JSON.stringify(key)}, shift ${shiftKey})`).toBe(b.command);
            }
          }
        }
      }
    }
  });

  it('handles no key in a view that the view’s rows do not list', () => {
    for (const view of VIEW_ORDER) {
      for (const key of ALL_KEYS) {
        for (const shiftKey of [false, true]) {
          const command = commandForKey(view, { key, shiftKey });
          if (command === null) continue;
          const listed = KEY_BINDINGS.some(
            (b) => b.command === command && b.does[view] !== undefined && b.keys.some((k) => k.values.includes(key) && (k.shift === undefined || k.shift === shiftKey)),
          );
          expect(listed, `${view}: ${JSON.stringify(key)} shift ${shiftKey} -> ${command}`).toBe(true);
        }
      }
    }
  });

  it('gives F to full screen in the speaker view and the audience window, and to nothing in the learner view', () => {
    for (const key of ['f', 'F']) {
      expect(commandForKey('speaker', { key, shiftKey: key === 'F' })).toBe('fullscreen');
      expect(commandForKey('audience', { key, shiftKey: key === 'F' })).toBe('fullscreen');
      expect(commandForKey('learner', { key, shiftKey: false })).toBeNull();
    }
  });

  it('leaves keys that a focused control handles (Escape, the divider’s arrows) to that control', () => {
    expect(commandForKey('learner', { key: 'Escape', shiftKey: false })).toBeNull();
    expect(commandForKey('speaker', { key: 'Escape', shiftKey: false })).toBeNull();
    // The divider's ← → are the window's Previous / Next when the divider is not focused.
    expect(commandForKey('speaker', { key: 'ArrowLeft', shiftKey: false })).toBe('prev');
  });

  it('gives each view only its own commands', () => {
    const commands = (view: DeckView) => new Set(ALL_KEYS.flatMap((key) => [false, true].map((shiftKey) => commandForKey(view, { key, shiftKey }))).filter((c) => c !== null));
    expect([...commands('learner')].sort()).toEqual(['first', 'help', 'last', 'next', 'outline', 'present', 'prev', 'toggle-script']);
    expect([...commands('speaker')].sort()).toEqual(['blackout', 'first', 'fullscreen', 'help', 'last', 'next', 'prev', 'timer']);
    expect([...commands('audience')].sort()).toEqual(['blackout', 'first', 'fullscreen', 'help', 'last', 'next', 'prev']);
    expect([...commands('attendee')].sort()).toEqual(['first', 'follow', 'help', 'last', 'next', 'prev', 'toggle-script']);
  });

  it('keeps navigation the same in every view', () => {
    for (const key of ALL_KEYS) {
      for (const shiftKey of [false, true]) {
        const nav = navActionForKey({ key, shiftKey });
        for (const view of VIEW_ORDER) expect(navActionOf(commandForKey(view, { key, shiftKey })), `${view} ${key}`).toEqual(nav);
      }
    }
    expect(navActionForKey({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' });
    expect(navActionForKey({ key: ' ', shiftKey: false })).toEqual({ type: 'next' });
  });
});

describe('the help rendered from the table', () => {
  const nav = (suffix: (s: string) => string) =>
    [
      { keys: ['→', 'Page Down', 'Space'], action: suffix('Next step or slide') },
      { keys: ['←', 'Page Up', 'Shift+Space'], action: suffix('Previous step or slide') },
      { keys: ['Home'], action: suffix('First slide') },
      { keys: ['End'], action: suffix('Last slide') },
    ];
  const help = { keys: ['?'], action: 'Show or hide these shortcuts' };

  it('lists the same rows, in the same words, as before the table drove the handlers', () => {
    expect(VIEW_TITLES).toEqual({ learner: 'Learner view', speaker: 'Speaker view', audience: 'Audience window', attendee: 'Live session (attendee)' });
    expect(helpRows('learner')).toEqual([
      ...nav((s) => s),
      { keys: ['N'], action: 'Hide or show the script' },
      { keys: ['O'], action: 'Open the outline of all slides' },
      { keys: ['P'], action: 'Open the speaker view for this slide' },
      { keys: ['Escape'], action: 'Close the outline or this help' },
      help,
    ]);
    expect(helpRows('speaker')).toEqual([
      ...nav((s) => `${s}, on every audience window`),
      { keys: ['B', '.'], action: 'Black out the audience screens, or bring the slide back' },
      { keys: ['T'], action: 'Start or pause the timer' },
      { keys: ['F'], action: 'Make the audience window full screen (at its next click or key, when it has none of its own yet)' },
      { keys: ['← →'], action: 'On the focused divider: give the slide or the script more room' },
      help,
    ]);
    expect(helpRows('audience')).toEqual([
      ...nav((s) => `${s} (sent to the speaker view)`),
      { keys: ['B', '.'], action: 'Black out the screen, or bring the slide back (sent to the speaker view)' },
      { keys: ['F'], action: 'Full screen on or off' },
      help,
    ]);
    expect(helpRows('attendee')).toEqual([
      ...nav((s) => `${s}, on your own (stops following the presenter)`),
      { keys: ['N'], action: 'Hide or show the script' },
      { keys: ['F'], action: 'Follow the presenter again: back to their slide' },
      { keys: ['Escape'], action: 'Close this help' },
      help,
    ]);
  });
});

describe('the views', () => {
  // The views decide what a key does only through commandForKey, so the tests above cover them.
  const views: Record<DeckView, string> = {
    learner: 'src/learn/learn-view.tsx',
    speaker: 'src/presenter/presenter-view.tsx',
    audience: 'src/presenter/audience-view.tsx',
    attendee: 'src/attendee/attendee-view.tsx',
  };
  for (const [view, file] of Object.entries(views)) {
    it(`${view}: ${file} resolves keys with commandForKey('${view}', …) and reads no key itself`, () => {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(source).toContain(`commandForKey('${view}', e)`);
      expect(source).not.toMatch(new RegExp(`commandForKey\\('(?!${view}')`));
      // (A storage event's key names a stored setting, 'deck:…'; that is not a key press.)
      expect(source).not.toMatch(/\.key\s*(===|!==|==|!=)\s*(?![\s'=]*deck:)|switch \(\w+\.key\)|\.key\.|navActionForKey|isBlackoutKey|isForwardedKey/);
    });
  }
});
