import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withCsp } from '../../src/node/vite-plugin-csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = `<!doctype html><html><head><meta charset="UTF-8" /><title>T</title><script>var t = 1;</script><style>.a{color:red}</style></head><body><script type="module" src="./assets/i.js"></script><script>boot()</script></body></html>`;

describe('the build\'s Content-Security-Policy', () => {
  it('hashes each inline script and style exactly, and never allows inline or eval scripts', () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain(`script-src 'self' ${hash('var t = 1;')} ${hash('boot()')};`);
    expect(policy).toContain(`style-src-elem 'self' ${hash('.a{color:red}')};`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'", "worker-src 'self'", "default-src 'self'"]) expect(policy).toContain(d);
    // Ignored in a <meta>, and Chromium warns about it: the host sends it (README, Security).
    expect(policy).not.toContain('frame-ancestors');
  });

  it('goes right after <meta charset>, before any script', () => {
    const out = withCsp(page);
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(() => withCsp('<html></html>')).toThrow(/no <meta charset/);
  });
});
