import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** WCAG 2.5.3 label in name: axe ships the rule as experimental, so it runs only when named. */
export const LABEL_IN_NAME = 'label-content-name-mismatch';

/** An axe scan with the WCAG tags and label in name on. */
export function wcagAxe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: { [LABEL_IN_NAME]: { enabled: true } } }).withTags(WCAG_TAGS);
}
