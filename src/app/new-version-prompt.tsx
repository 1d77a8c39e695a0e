import './new-version-prompt.css';
import { reloadToNewVersion, useNewVersionAvailable } from './new-version.ts';

/** The one prompt every route shares; it appears only once a newer version is known to exist. */
export function NewVersionPrompt() {
  const available = useNewVersionAvailable();
  if (!available) return null;
  return (
    <div className="new-version-prompt" role="alert">
      <span>A new version is available:</span>{' '}
      <button type="button" className="button" onClick={reloadToNewVersion}>
        reload
      </button>
    </div>
  );
}

/**
 * What a route shows when its code was replaced by a redeploy (instead of a blank page behind the
 * prompt): what happened, that nothing is lost, and the same reload.
 */
export function NewVersionPage() {
  return (
    <main className="page new-version-page" id="main">
      <h1>This page has a new version</h1>
      <p>The deck was updated while this tab was open, so this page's old files are gone. Reload to open it in the new version: your progress and answers stay in this browser.</p>
      <p>
        <button type="button" className="button primary" onClick={reloadToNewVersion}>
          Reload
        </button>
      </p>
    </main>
  );
}

/** The same, inside a page: a part of it (the exercise) whose code was replaced. */
export function NewVersionPart() {
  return (
    <p className="muted">
      This part was updated on the server.{' '}
      <button type="button" className="button" onClick={reloadToNewVersion}>
        Reload
      </button>{' '}
      to get it; your saved progress stays in this browser.
    </p>
  );
}
