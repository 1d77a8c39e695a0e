/** A polite live region: a slide change is announced once, in words. */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
