import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION, parseServerMessage, type ServerMessage } from '../../src/live/protocol.ts';
import { startWorkshopServer, type WorkshopOptions, type WorkshopServer } from '../../server/workshop-server.ts';

/** A stand-in for dist/: an index page and an asset, so static serving has something to serve. */
export function fakeDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Deck</title><script src="./assets/app.js"></script>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("deck");');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestServer(options: Partial<WorkshopOptions> = {}): Promise<WorkshopServer & { dist: string }> {
  const dist = fakeDist();
  const server = await startWorkshopServer({ distDir: dist.dir, host: '127.0.0.1', port: 0, ...options });
  return {
    ...server,
    dist: dist.dir,
    async close() {
      await server.close();
      dist.remove();
    },
  };
}

export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A raw socket client that records every message the server sends it. */
export class TestClient {
  readonly ws: WebSocket;
  readonly received: ServerMessage[] = [];
  private n = 0;
  closed = false;

  constructor(url: string, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, { headers });
    this.ws.on('message', (data) => {
      const message = parseServerMessage(data.toString());
      if (message) this.received.push(message);
    });
    this.ws.on('close', () => (this.closed = true));
    this.ws.on('error', () => undefined);
  }

  static async join(origin: string, attendee: string, key?: string): Promise<TestClient> {
    const client = new TestClient(`${origin.replace('http', 'ws')}/live`);
    await client.opened();
    client.send({ t: 'hello', v: PROTOCOL_VERSION, attendee, ...(key ? { key } : {}) });
    await client.next('snapshot');
    return client;
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ws.readyState === WebSocket.OPEN) resolve();
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  send(message: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ n: ++this.n, ...message }));
  }

  raw(data: string | Buffer): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
  }

  of<K extends ServerMessage['t']>(t: K): Extract<ServerMessage, { t: K }>[] {
    return this.received.filter((m): m is Extract<ServerMessage, { t: K }> => m.t === t);
  }

  last<K extends ServerMessage['t']>(t: K): Extract<ServerMessage, { t: K }> | undefined {
    return this.of(t).at(-1);
  }

  /** The latest public state this client holds (snapshot or newer state). */
  get state() {
    let state = null;
    for (const m of this.received) if (m.t === 'snapshot' || m.t === 'state') state = m.state;
    return state;
  }

  async next<K extends ServerMessage['t']>(t: K, count = 1): Promise<Extract<ServerMessage, { t: K }>> {
    await waitFor(() => this.of(t).length >= count, `${count} "${t}" message(s)`);
    return this.of(t)[count - 1]!;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

export const CHECK = {
  id: 'slide-3-check-1',
  question: 'Which scope lets an Alloy collector register?',
  options: [
    { text: 'set:alloy-data-write', correct: true, why: 'It covers registering and remote configuration.' },
    { text: 'stacks:read', correct: false, why: 'It only reads stack details.' },
    { text: 'metrics:write', correct: false },
  ],
};

export { keyOf, spawnWorkshop, type WorkshopProcess } from '../../scripts/workshop-process.ts';
