/**
 * `npx tsx bench/sync-flood.ts`: what a flood of forged sync messages costs the two views
 * (issue 15): 20,000 states into the audience window's coalescer, 50,000 distinct heartbeats into
 * the speaker view's peer table, against the copy-per-message peer map it replaced. Prints figures;
 * test/unit/sync-flood.test.tsx checks the final state.
 */
import { performance } from 'node:perf_hooks';
import { latestPerFrame } from '../src/sync/latest-per-frame.ts';
import { notePeer, PeerTable, type Peers } from '../src/sync/peers.ts';

// Node has no frames; a 16 ms timer stands in for one.
Object.assign(globalThis, {
  window: globalThis,
  requestAnimationFrame: (f: () => void) => setTimeout(f, 16) as unknown as number,
  cancelAnimationFrame: (h: number) => clearTimeout(h),
});

const ms = (t: number) => `${t.toFixed(1)} ms`;

let applied = 0;
let last = 0;
const states = latestPerFrame((n: number) => {
  applied++;
  last = n;
});
let t0 = performance.now();
for (let i = 1; i <= 20_000; i++) states.push(i);
const pushed = performance.now() - t0;
await new Promise((r) => setTimeout(r, 50));
console.log(`audience: 20,000 states queued in ${ms(pushed)}; applied ${applied} time(s), last = ${last}`);

const table = new PeerTable();
t0 = performance.now();
for (let i = 0; i < 50_000; i++) table.note(`forged-${i}`, Date.now());
console.log(`speaker: 50,000 distinct heartbeats into the peer table in ${ms(performance.now() - t0)}; counted ${table.size} (capped)`);

const OLD_N = 5_000;
let peers: Peers = new Map();
t0 = performance.now();
for (let i = 0; i < OLD_N; i++) peers = notePeer(peers, `forged-${i}`, Date.now());
const old = performance.now() - t0;
console.log(`before: ${OLD_N.toLocaleString('en')} heartbeats with a map copy each took ${ms(old)} (quadratic: 50,000 would take about ${ms(old * 100)})`);
