/**
 * A child process of bench/workshop.ts: opens COUNT attendee sockets to the workshop server and
 * records, for each slide, when every socket received the state that shows it. Talks to the
 * parent over IPC: sends 'ready' once all are in, answers 'report' with the arrival times.
 */
import { WebSocket } from 'ws';

const [url, countText, prefix] = process.argv.slice(2);
const count = Number(countText);
const clock = (): number => performance.timeOrigin + performance.now();
/** arrivals[slide] = arrival times (epoch ms, sub-ms precision) of that slide, one per socket. */
const arrivals: Record<number, number[]> = {};
const sockets: WebSocket[] = [];

function open(i: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url!, { perMessageDeflate: false, skipUTF8Validation: true });
    let lastSlide = 0;
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', n: 1, v: 1, attendee: `${prefix}-${i}` })));
    ws.on('message', (data) => {
      const at = clock();
      // A regex, not JSON.parse: 500 sockets share this process, and the clock is read first anyway.
      const text = data.toString();
      if (text.startsWith('{"t":"snapshot"')) return resolve();
      const slide = Number(/"slide":(\d+)/.exec(text)?.[1] ?? 0);
      if (text.startsWith('{"t":"state"') && slide !== lastSlide) {
        lastSlide = slide;
        (arrivals[slide] ??= []).push(at);
      }
    });
    ws.on('error', reject);
    sockets.push(ws);
  });
}

async function main(): Promise<void> {
  // Joined in batches, as a room does over a minute, not all in one instant.
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, j) => open(i + j)));
  }
  process.send!({ kind: 'ready' });
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'report') process.send!({ kind: 'report', arrivals });
    if (message.kind === 'stop') {
      for (const ws of sockets) ws.terminate();
      process.exit(0);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
