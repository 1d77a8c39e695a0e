import { Link } from 'react-router';
import { useManifest } from '../deck/deck-store.ts';
import { formatMinutes } from '../deck/minutes.ts';
import { useDocumentTitle } from './use-document-title.ts';

export function StartPage() {
  const manifest = useManifest();
  useDocumentTitle(manifest.title);
  const total = manifest.slides.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <main className="page start-page" id="main">
      <h1>{manifest.title}</h1>
      <p className="lede">
        {manifest.slides.length} slides · about {formatMinutes(total)}. Read each slide with its script beside it, at your own pace.
      </p>
      <p className="actions">
        <Link className="button primary" to="/slides/1">
          Start
        </Link>
      </p>
      <h2>Slides</h2>
      <ol className="slide-list">
        {manifest.slides.map((s) => (
          <li key={s.number}>
            <Link to={`/slides/${s.number}`}>{s.title}</Link> <span className="muted">· {formatMinutes(s.minutes)}</span>
          </li>
        ))}
      </ol>
    </main>
  );
}
