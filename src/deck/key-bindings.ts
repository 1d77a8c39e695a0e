import type { NavAction } from './nav.ts';

/**
 * Every keyboard shortcut of every view, in one table: the views' key handlers resolve keys
 * through `commandForKey` and the help overlay renders the same rows, so the two cannot drift.
 * A new view adds its name to DeckView and its text to the rows it shares.
 */
export type DeckView = 'learner' | 'speaker' | 'audience' | 'attendee';

export type DeckCommand =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'help'
  | 'toggle-script'
  | 'outline'
  | 'present'
  | 'blackout'
  | 'timer'
  | 'fullscreen'
  | 'follow'
  // Handled by the focused control itself (a dialog, the divider), never by the window's handler.
  | 'close'
  | 'resize';

export interface BoundKey {
  /** How the help shows the key. */
  label: string;
  /** The KeyboardEvent.key values it stands for. */
  values: readonly string[];
  /** true: only with Shift; false: only without; absent: either. */
  shift?: boolean;
}

export interface KeyBinding {
  keys: readonly BoundKey[];
  command: DeckCommand;
  /** 'window': the view's key handler; 'control': the focused control (the help lists it all the same). */
  scope: 'window' | 'control';
  /** The views that have it, with the help's text for each. */
  does: Partial<Record<DeckView, string>>;
}

const key = (label: string, ...values: string[]): BoundKey => ({ label, values: values.length ? values : [label] });
const letter = (l: string): BoundKey => key(l, l.toLowerCase(), l);
const SPACE = [' ', 'Spacebar'];

/** Each view's wording of a navigation row. */
const nav = (text: string) => ({
  learner: text,
  speaker: `${text}, on every audience window`,
  audience: `${text} (sent to the speaker view)`,
  attendee: `${text}, on your own (stops following the presenter)`,
});

/** In the order the help lists them. */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    keys: [key('→', 'ArrowRight'), key('Page Down', 'PageDown'), { label: 'Space', values: SPACE, shift: false }],
    command: 'next',
    scope: 'window',
    does: nav('Next step or slide'),
  },
  {
    keys: [key('←', 'ArrowLeft'), key('Page Up', 'PageUp'), { label: 'Shift+Space', values: SPACE, shift: true }],
    command: 'prev',
    scope: 'window',
    does: nav('Previous step or slide'),
  },
  { keys: [key('Home')], command: 'first', scope: 'window', does: nav('First slide') },
  { keys: [key('End')], command: 'last', scope: 'window', does: nav('Last slide') },
  { keys: [letter('N')], command: 'toggle-script', scope: 'window', does: { learner: 'Hide or show the script', attendee: 'Hide or show the script' } },
  { keys: [letter('F')], command: 'follow', scope: 'window', does: { attendee: 'Follow the presenter again: back to their slide' } },
  { keys: [letter('O')], command: 'outline', scope: 'window', does: { learner: 'Open the outline of all slides' } },
  { keys: [letter('P')], command: 'present', scope: 'window', does: { learner: 'Open the speaker view for this slide' } },
  {
    keys: [letter('B'), key('.')],
    command: 'blackout',
    scope: 'window',
    does: {
      speaker: 'Black out the audience screens, or bring the slide back',
      audience: 'Black out the screen, or bring the slide back (sent to the speaker view)',
    },
  },
  { keys: [letter('T')], command: 'timer', scope: 'window', does: { speaker: 'Start or pause the timer' } },
  {
    keys: [letter('F')],
    command: 'fullscreen',
    scope: 'window',
    does: {
      speaker: 'Make the audience window full screen (at its next click or key, when it has none of its own yet)',
      audience: 'Full screen on or off',
    },
  },
  { keys: [key('Escape')], command: 'close', scope: 'control', does: { learner: 'Close the outline or this help', attendee: 'Close this help' } },
  {
    keys: [key('← →', 'ArrowLeft', 'ArrowRight')],
    command: 'resize',
    scope: 'control',
    does: { speaker: 'On the focused divider: give the slide or the script more room' },
  },
  {
    keys: [key('?')],
    command: 'help',
    scope: 'window',
    does: {
      learner: 'Show or hide these shortcuts',
      speaker: 'Show or hide these shortcuts',
      audience: 'Show or hide these shortcuts',
      attendee: 'Show or hide these shortcuts',
    },
  },
];

export const VIEW_TITLES: Record<DeckView, string> = {
  learner: 'Learner view',
  speaker: 'Speaker view',
  audience: 'Audience window',
  attendee: 'Live session (attendee)',
};

/** The help's order of views. */
export const VIEW_ORDER: readonly DeckView[] = ['learner', 'speaker', 'audience', 'attendee'];

export function keyMatches(k: BoundKey, e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean {
  return k.values.includes(e.key) && (k.shift === undefined || k.shift === e.shiftKey);
}

/** The command a key press means in a view's window handler, or null when the view does not handle it. */
export function commandForKey(view: DeckView, e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): DeckCommand | null {
  for (const b of KEY_BINDINGS) {
    if (b.scope === 'window' && b.does[view] !== undefined && b.keys.some((k) => keyMatches(k, e))) return b.command;
  }
  return null;
}

/** The navigation a command stands for, or null for any other command. */
export function navActionOf(command: DeckCommand | null): NavAction | null {
  switch (command) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      return { type: command };
    default:
      return null;
  }
}

/** The help's rows for one view, in table order. */
export function helpRows(view: DeckView): { keys: string[]; action: string }[] {
  return KEY_BINDINGS.flatMap((b) => {
    const action = b.does[view];
    return action === undefined ? [] : [{ keys: b.keys.map((k) => k.label), action }];
  });
}
