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
