export type IconKind = 'right' | 'wrong' | 'info' | 'warning';

const PATHS: Record<IconKind, string> = {
  right: 'M4.5 10.5l3.5 3.5 7.5-8',
  wrong: 'M5.5 5.5l9 9M14.5 5.5l-9 9',
  info: 'M10 9v5.5M10 5.8v.4',
  warning: 'M10 6v5M10 13.8v.4',
};

/**
 * A small icon beside feedback text. Decorative: the words next to it carry the meaning,
 * so it is hidden from assistive technology and never the only signal.
 */
export function FeedbackIcon({ kind }: { kind: IconKind }) {
  return (
    <svg className="fb-icon" data-kind={kind} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {kind === 'warning' ? (
        <path d="M10 2.5l8 14.5H2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      ) : (
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      )}
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
