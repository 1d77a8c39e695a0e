/**
 * A deck's name in keys and channel names: the sync channel, the audience window's name and the saved
 * progress key all use it, so two decks on one origin never share any of them. Changing it orphans saved
 * progress, so it lives here once.
 *
 * "Intro to Fleet Management: health monitoring" -> "intro-to-fleet-management-health-monitoring".
 */
export function deckSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'deck';
}
