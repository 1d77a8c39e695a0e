import { Link } from 'react-router';
import { useManifest } from '../deck/deck-store.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';

/** What the join link says where no workshop server runs: plainly, with the way to the deck. */
export function NoLiveSession() {
  const manifest = useManifest();
  useDocumentTitle(`No live session · ${manifest.title}`);
  return (
    <main className="page join-page" id="main" data-join="none">
      <h1>No live session is running here</h1>
      <p>
        This copy of <strong>{manifest.title}</strong> is not served by a workshop server, so there is no presenter to follow
        and no live questions. You can go through the deck at your own pace.
      </p>
      <p>
        <Link className="button primary" to="/slides/1">
          Open the self-paced deck
        </Link>
      </p>
      <p className="muted">In a workshop, ask the presenter for the join link their server printed.</p>
    </main>
  );
}
