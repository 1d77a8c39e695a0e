import { networkInterfaces } from 'node:os';

/** The address people in the room can reach: the first LAN IPv4 address when listening on all interfaces. */
export function roomOrigin(host: string, port: number, publicUrl: string | null): string {
  if (publicUrl) return publicUrl;
  let shown = host;
  if (host === '0.0.0.0' || host === '::') {
    const lan = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    shown = lan?.address ?? 'localhost';
  }
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** The key travels in the fragment: browsers never send it in an HTTP request, so no proxy log holds it. */
export function presenterLink(origin: string, key: string): string {
  return `${origin}/#/presenter/1?key=${encodeURIComponent(key)}`;
}

export function joinLink(origin: string): string {
  return `${origin}/#/join`;
}
