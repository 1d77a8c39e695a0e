/** Every keyboard shortcut, per view, as the help overlay lists them. */
export type ShortcutView = 'learner' | 'speaker' | 'audience';

export interface Shortcut {
  keys: string[];
  action: string;
}

const NAV: Shortcut[] = [
  { keys: ['→', 'Page Down', 'Space'], action: 'Next step or slide' },
  { keys: ['←', 'Page Up', 'Shift+Space'], action: 'Previous step or slide' },
  { keys: ['Home'], action: 'First slide' },
  { keys: ['End'], action: 'Last slide' },
];
const HELP: Shortcut = { keys: ['?'], action: 'Show or hide these shortcuts' };

export const SHORTCUTS: Record<ShortcutView, { title: string; keys: Shortcut[] }> = {
  learner: {
    title: 'Learner view',
    keys: [
      ...NAV,
      { keys: ['N'], action: 'Hide or show the script' },
      { keys: ['O'], action: 'Open the outline of all slides' },
      { keys: ['P'], action: 'Open the speaker view for this slide' },
      { keys: ['Escape'], action: 'Close the outline or this help' },
      HELP,
    ],
  },
  speaker: {
    title: 'Speaker view',
    keys: [
      ...NAV.map((s) => ({ ...s, action: `${s.action}, on every audience window` })),
      { keys: ['B', '.'], action: 'Black out the audience screens, or bring the slide back' },
      { keys: ['T'], action: 'Start or pause the timer' },
      { keys: ['← →'], action: 'On the focused divider: give the slide or the script more room' },
      HELP,
    ],
  },
  audience: {
    title: 'Audience window',
    keys: [
      ...NAV.map((s) => ({ ...s, action: `${s.action} (sent to the speaker view)` })),
      { keys: ['B', '.'], action: 'Black out the screen, or bring the slide back (sent to the speaker view)' },
      HELP,
    ],
  },
};

export const VIEW_ORDER: ShortcutView[] = ['learner', 'speaker', 'audience'];
