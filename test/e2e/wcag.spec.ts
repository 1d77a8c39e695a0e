import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';
import { LABEL_IN_NAME, wcagAxe } from './axe.ts';

const LEARNER_PAGES = ['/', ...Array.from({ length: 8 }, (_, i) => `/slides/${i + 1}`)];

async function ready(page: Page, hash: string) {
  await page.goto(`./#${hash}`);
  await appReady(page);
  await expect(page.locator('main').first()).toBeVisible();
  if (hash.startsWith('/slides/')) await expect(page.locator('article.slide .slide-content')).toBeVisible();
}

/**
 * WCAG 2.5.8 target size: a control is at least 24x24 px, or (the spacing exception) a 24 px
 * circle on its centre touches no other control and no other small control's circle.
 * Inline links inside running text are exempt, as the criterion says.
 */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const targets: { el: HTMLElement; r: DOMRect }[] = [];
    const els = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="separator"]');
    for (const el of els) {
      if (el.closest('[inert], [aria-hidden="true"], .visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const inline = el.tagName === 'A' && el.closest('p, li, td, .script-text') && !el.classList.contains('button');
      if (inline) continue;
      targets.push({ el, r });
    }
    const small = targets.filter((t) => t.r.width < 24 || t.r.height < 24);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const out: string[] = [];
    for (const s of small) {
      const c = centre(s.r);
      const crowded = targets.some((t) => {
        if (t === s) return false;
        if (small.includes(t)) return Math.hypot(centre(t.r).x - c.x, centre(t.r).y - c.y) < 24;
        return distToRect(c, t.r) < 12;
      });
      if (crowded) out.push(`${s.el.tagName.toLowerCase()}.${s.el.className} "${(s.el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(s.r.width)}x${Math.round(s.r.height)}`);
    }
    return out;
  });
}

test('no role="application" anywhere, and a slide change is announced once in words', async ({ page }) => {
  for (const hash of ['/', '/slides/3', '/presenter/3', '/audience/3', '/print', '/summary']) {
    await page.goto(`./#${hash}`);
    await expect(page.locator('body')).not.toBeEmpty();
    await expect(page.locator('[role="application"]')).toHaveCount(0);
  }
  await ready(page, '/slides/3');
  const live = page.locator('[aria-live="polite"]').filter({ hasText: /^Slide \d of 8:/ });
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(/^Slide 4 of 8: \S/);
  await expect(live).toHaveCount(1);
});

test('every control in the learner, start and speaker views meets the 24x24 px target size', async ({ page }) => {
  test.slow();
  const found: string[] = [];
  for (const [hash, size] of [
    ...LEARNER_PAGES.map((h) => [h, { width: 1280, height: 800 }] as const),
    ['/slides/7', { width: 390, height: 844 }] as const,
    ['/', { width: 390, height: 844 }] as const,
    ['/presenter/3', { width: 1280, height: 720 }] as const,
  ]) {
    await page.setViewportSize(size);
    await ready(page, hash);
    for (const s of await smallTargets(page)) found.push(`${hash} ${size.width}: ${s}`);
  }
  expect(found).toEqual([]);
});

test('at 320 px wide only code and tables scroll sideways', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 700 });
  const found: string[] = [];
  for (const hash of [...LEARNER_PAGES, '/summary', '/print']) {
    await ready(page, hash);
    const r = await page.evaluate(() => {
      const doc = document.documentElement;
      const wide: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const cs = getComputedStyle(el);
        if (!/(auto|scroll)/.test(cs.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
        if (el.closest('.code-scroll, .table-scroll, pre, .ex-editor, textarea')) continue;
        wide.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
      return { page: doc.scrollWidth > doc.clientWidth + 1, wide };
    });
    if (r.page) found.push(`${hash}: the page scrolls sideways`);
    for (const w of r.wide) found.push(`${hash}: ${w} scrolls sideways`);
  }
  expect(found).toEqual([]);
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ready(page, '/slides/1');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Outline' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const moving = await page.evaluate(() => {
    const animations = document.getAnimations().filter((a) => a.playState === 'running').length;
    let transitions = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const cs = getComputedStyle(el);
      const longest = Math.max(...cs.transitionDuration.split(',').map((d) => parseFloat(d) || 0), ...cs.animationDuration.split(',').map((d) => parseFloat(d) || 0));
      if (longest > 0.01) transitions++;
    }
    return { animations, transitions };
  });
  expect(moving).toEqual({ animations: 0, transitions: 0 });
});

test('focus is always visible while tabbing through the learner view', async ({ page }) => {
  await ready(page, '/slides/3');
  const missing: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
      return { ring, what: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}"` };
    });
    if (r && !r.ring) missing.push(r.what);
  }
  expect(missing).toEqual([]);
});

// WCAG 2.5.3 label in name, outside the learner view (a11y-learner.spec.ts has that one). axe's rule
// skips short labels such as "A+" as not human-interpretable, so the names are also compared here,
// with the accessible name Playwright computes. Controls whose visible text has no letter or digit
// ("?", "✕") show a symbol, not a label, and are left to axe.
const OTHER_VIEWS = ['/', '/presenter/3', '/audience/3', '/print?answers=1', '/summary'];

/** Lower case, one space between words, − as -: what a speech user would say matches either way. */
const words = (s: string) => ` ${s.toLowerCase().replace(/\u2212/g, '-').replace(/[^\p{L}\p{N}+-]+/gu, ' ').trim()} `;

async function namesMissingTheirLabel(page: Page): Promise<string[]> {
  const controls = page.locator('button, a[href], [role="button"], [role="link"], [role="switch"], [role="tab"], [role="menuitem"]');
  const out: string[] = [];
  for (const control of await controls.all()) {
    const visible = await control.evaluate((el) => (el.checkVisibility() ? (el as HTMLElement).innerText.trim() : ''));
    if (!/[\p{L}\p{N}]/u.test(visible)) continue;
    const snapshot = (await control.ariaSnapshot()).split('\n')[0] ?? '';
    // Not in the accessibility tree (an inert preview of the next slide): no name to compare.
    if (snapshot === '') continue;
    const quoted = /^- '?[\w-]+ ("(?:[^"\\]|\\.)*")/.exec(snapshot)?.[1];
    const name = quoted ? (JSON.parse(quoted) as string) : '';
    if (!words(name).includes(words(visible))) out.push(`"${visible}" is named "${name}"${quoted ? '' : ` (${snapshot})`}`);
  }
  return out;
}

test('outside the learner view every control is named with its visible label (WCAG 2.5.3), in both themes', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const found: string[] = [];
  for (const hash of OTHER_VIEWS) {
    await page.goto(`./#${hash}`);
    await appReady(page);
    if (hash.startsWith('/print')) await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    if (hash.startsWith('/presenter')) await expect(page.locator('.script-size')).toBeVisible();
    for (const miss of await namesMissingTheirLabel(page)) found.push(`${hash}: ${miss}`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await wcagAxe(page).withRules([LABEL_IN_NAME]).analyze();
      for (const v of result.violations) found.push(`${hash} (${scheme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }
  }
  expect(found).toEqual([]);
});

test('the label-in-name comparison catches a name that leaves out the visible text', async ({ page }) => {
  await page.goto('./#/');
  await appReady(page);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'A+';
    b.setAttribute('aria-label', 'Larger script text');
    document.querySelector('main')!.append(b);
  });
  expect(await namesMissingTheirLabel(page)).toEqual(['"A+" is named "Larger script text"']);
});
