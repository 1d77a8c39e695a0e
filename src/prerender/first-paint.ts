/** What the build passes to firstPaint (see src/node/vite-plugin-prerender.ts). */
export interface FirstPaintPlan {
  /** The app's entry module and the modules it imports statically, relative to the page. */
  entry: string;
  modules: string[];
  /** Slide number → its chunk's URL. */
  chunks: Record<string, string>;
  /** RegExp source of a position's hash address (HASH_ADDRESS_PATTERN): groups mode, slide, step. */
  addressPattern: string;
}

/**
 * Runs inline in index.html, right after the root element (the build writes
 * `(firstPaint)(plan)` there; keep it plain, self-contained code with no imports). It starts the
 * app, and for the slide in the address:
 *
 * - preloads that slide's chunk, so it downloads beside the bundle instead of after it;
 * - on slide 1 (where learners start), first shows the prerendered markup (one for every width:
 *   the learner view reflows by CSS alone), and only requests the bundle once that has painted, so on a slow link the slide is
 *   readable before any script has loaded. It is inert: nothing in it works until the app mounts
 *   over it, and keys pressed meanwhile are kept for the app to replay (main.tsx).
 */
export function firstPaint(plan: FirstPaintPlan): void {
  var addModule = function (href: string, preload: boolean) {
    var el = document.createElement(preload ? 'link' : 'script') as HTMLLinkElement & HTMLScriptElement;
    if (preload) {
      el.rel = 'modulepreload';
      el.href = href;
    } else {
      el.type = 'module';
      el.src = href;
    }
    el.crossOrigin = '';
    document.head.appendChild(el);
  };
  var started = false;
  var startApp = function () {
    if (started) return;
    started = true;
    for (var i = 0; i < plan.modules.length; i++) addModule(plan.modules[i]!, true);
    addModule(plan.entry, false);
  };

  var m = new RegExp(plan.addressPattern).exec(location.hash);
  var slide = m ? m[2]! : '';
  if (plan.chunks[slide]) addModule(plan.chunks[slide]!, true);
  var root = document.getElementById('root');
  var template = document.getElementById('prerender-slide') as HTMLTemplateElement | null;
  if (!root || !template || !m || m[1] !== 'slides' || slide !== '1' || (m[3] && m[3] !== '1')) {
    startApp();
    return;
  }
  root.appendChild(template.content.cloneNode(true));
  root.inert = true;
  root.setAttribute('data-prerendered', '');
  var keys: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }[] = [];
  var keep = function (e: KeyboardEvent) {
    keys.push({ key: e.key, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey });
  };
  window.addEventListener('keydown', keep, true);
  (window as unknown as { __deckEarlyKeys: unknown }).__deckEarlyKeys = {
    keys: keys,
    stop: function () {
      window.removeEventListener('keydown', keep, true);
    },
  };
  // After the next frame (a hidden tab gets no frames, hence the timer).
  requestAnimationFrame(function () {
    setTimeout(startApp, 0);
  });
  setTimeout(startApp, 200);
}
