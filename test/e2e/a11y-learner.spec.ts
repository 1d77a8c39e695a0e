import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the start page and every slide (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const pages = ['/', ...Array.from({ length: 8 }, (_, i) => `/slides/${i + 1}`)];
    const found: string[] = [];
    for (const hash of pages) {
      await page.goto(`./#${hash}`);
      await expect(page.locator('main')).toBeVisible();
      if (hash !== '/') await expect(page.locator('article.slide .slide-content')).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) {
        found.push(`${hash} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').split('\n').slice(1, 2).join('')).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
  });
}
