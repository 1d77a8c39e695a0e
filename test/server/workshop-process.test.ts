import { describe, expect, it } from 'vitest';
import { fakeDist, keyOf, spawnWorkshop } from './helpers.ts';

describe('npm run workshop (the process)', () => {
  it('prints the links and a QR code of the join link, serves the deck, and stops cleanly on SIGTERM', async () => {
    const dist = fakeDist();
    const workshop = await spawnWorkshop(['--no-build', '--dist', dist.dir, '--host', '127.0.0.1', '--port', '0']);
    try {
      const key = keyOf(workshop.presenterLink);
      expect(key.length).toBeGreaterThanOrEqual(32);
      expect(workshop.presenterLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/presenter\/1\?key=/);
      expect(workshop.joinLink).toBe(`${workshop.origin}/#/join`);
      expect(workshop.joinLink).not.toContain(key);
      // The QR code: block characters after the join link.
      expect(workshop.output().split('Join link')[1]).toMatch(/[▄▀█]{5}/);
      expect(await (await fetch(`${workshop.origin}/`)).text()).toContain('<title>Deck</title>');
    } finally {
      expect(await workshop.stop()).toBe(0);
      dist.remove();
    }
    expect(workshop.output()).toContain('SIGTERM: closing the workshop server');
  }, 30_000);

  it('refuses a bad option with the fix', async () => {
    await expect(spawnWorkshop(['--port', 'abc'])).rejects.toThrow('--port needs a whole number');
  }, 30_000);
});
