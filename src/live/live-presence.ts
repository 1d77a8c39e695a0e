/**
 * Whether the page was served by the workshop server: it answers `live.json` beside the page.
 * A static host, the SCORM package or an offline copy answers 404, an HTML fallback or nothing,
 * so the join page can say plainly that no live session runs here.
 */
export async function detectLiveServer(pageHref: string, fetchImpl: typeof fetch = fetch, timeoutMs = 3000): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(new URL('live.json', pageHref.split('#')[0]).href, { cache: 'no-store', signal: controller.signal });
    if (!response.ok) return false;
    const info = (await response.json()) as { live?: unknown };
    return info.live === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
