import { Link, useLocation } from 'react-router';
import { useManifest } from '../deck/deck-store.ts';
import { useDocumentTitle } from './use-document-title.ts';

export function NotFound() {
  const manifest = useManifest();
  const location = useLocation();
  const count = manifest.slides.length;
  useDocumentTitle(`No such slide · ${manifest.title}`);
  return (
    <main className="page not-found" id="main">
      <p className="eyebrow">{manifest.title}</p>
      <h1>No such slide</h1>
      <p>
        There is nothing at <code>#{location.pathname}</code>. This deck has slides 1 to {count}; addresses look like{' '}
        <code>#/slides/1</code>.
      </p>
      <p className="actions">
        <Link className="button primary" to="/slides/1">
          Go to slide 1
        </Link>
        <Link className="button" to="/">
          See all slides
        </Link>
      </p>
    </main>
  );
}
