/** What the injected detector leaves on `window.__pb` (times are performance.now() ms). */
export interface PageProbe {
  /** Slide N's title is visible. */
  titleAt: number | null;
  /** Slide N's title and its body text are visible: the slide is really on screen. */
  slideAt: number | null;
  fcp: number | null;
  navs: { n: number; title: number; slide: number }[];
  expect: number | null;
  visibleSet: (max: number) => number[];
}

/**
 * The shared bench's detector (the shared bench's measure.mjs), plus a second, stricter mark:
 * "slide visible" also needs the slide's body text (an element whose own text starts with
 * `bodyText`). Without it a tool that paints the title first and fetches the body later (this
 * app takes titles from its eager manifest and bodies from lazy chunks) would look faster than
 * it is. Polls once per animation frame; the time is taken in a task queued right after that
 * frame (≈ after it is painted). Load times count from navigation start; press times from the
 * keydown event's timeStamp, captured on window in the capture phase.
 */
export function detectorScript(target: number, bodyText: string): string {
  return `(() => {
  const pb = window.__pb = { titleAt: null, slideAt: null, fcp: null, navs: [], expect: null };
  const BODY = ${JSON.stringify(bodyText)};
  // Any element with a direct text child starting "Slide N:" (Spectacle titles are styled divs, not h1).
  const snapshot = (prefix) => document.evaluate('//*[text()[starts-with(normalize-space(.), ' + JSON.stringify(prefix) + ')]]',
    document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const anyVisible = (prefix) => {
    const snap = snapshot(prefix);
    for (let i = 0; i < snap.snapshotLength; i++) {
      const el = snap.snapshotItem(i);
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2) continue; // skips 1px screen-reader live regions
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
      return true;
    }
    return false;
  };
  const titleVisible = (n) => anyVisible('Slide ' + n + ':');
  const slideVisible = (n) => titleVisible(n) && anyVisible(BODY);
  pb.visibleSet = (max) => { const s = []; for (let i = 1; i <= max; i++) if (titleVisible(i)) s.push(i); return s; };
  const afterPaint = (cb) => { const ch = new MessageChannel(); ch.port1.onmessage = () => cb(performance.now()); ch.port2.postMessage(0); };
  const watch = (test, done) => { const tick = () => (test() ? afterPaint(done) : requestAnimationFrame(tick)); requestAnimationFrame(tick); };
  watch(() => titleVisible(${target}), (t) => { pb.titleAt = t; });
  watch(() => slideVisible(${target}), (t) => { pb.slideAt = t; });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') pb.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' || pb.expect == null) return;
    const n = pb.expect; pb.expect = null;
    const t0 = e.timeStamp;
    const rec = { n, title: null, slide: null };
    watch(() => titleVisible(n), (t) => { rec.title = t - t0; if (rec.slide != null) pb.navs.push(rec); });
    watch(() => slideVisible(n), (t) => { rec.slide = t - t0; if (rec.title != null) pb.navs.push(rec); });
  }, true);
})();`;
}
