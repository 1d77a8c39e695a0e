/** What the build passes to firstPaint (see src/node/vite-plugin-prerender.ts). */
export interface FirstPaintPlan {
  /** The app's entry module and the modules it imports statically, relative to the page. */
  entry: string;
  modules: string[];
  /** Slide number → its chunk's URL. */
  chunks: Record<string, string>;
  /** The learner view's wide-window media query (WIDE_QUERY), which picks the canvas or the page layout. */
  wideQuery: string;
  /** RegExp source of a position's hash address (HASH_ADDRESS_PATTERN): groups mode, slide, step. */
  addressPattern: string;
}

/**
 * Runs inline in index.html, right after the root element (the build writes
 * `(firstPaint)(plan)` there; keep it plain, self-contained code with no imports). It starts the
 * app, and for the slide in the address:
 *
 * - preloads that slide's chunk, so it downloads beside the bundle instead of after it;
 * - on slide 1 (where learners start), first shows the prerendered markup for this window's
 *   width, and only requests the bundle once that has painted, so on a slow link the slide is
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
  var wide = window.matchMedia && window.matchMedia(plan.wideQuery).matches;
  var template = document.getElementById(wide ? 'prerender-wide' : 'prerender-narrow') as HTMLTemplateElement | null;
  if (!root || !template || !m || m[1] !== 'slides' || slide !== '1' || (m[3] && m[3] !== '1')) {
    startApp();
    return;
  }
  root.appendChild(template.content.cloneNode(true));
  root.inert = true;
  root.setAttribute('data-prerendered', '');
  // SlideCanvas scales the fixed canvas in a layout effect; until then, the same sum here.
  var box = root.querySelector('.canvas-box');
  var canvas = box && (box.firstElementChild as HTMLElement | null);
  if (box && canvas) {
    var r = box.getBoundingClientRect();
    canvas.style.transform = 'scale(' + Math.max(0.1, Math.min(r.width / 1280, r.height / 720)) + ')';
    canvas.style.visibility = 'visible';
  }
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
