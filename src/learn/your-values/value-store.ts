import { getManifest } from '../../deck/deck-store.ts';
import type { PlaceholderDecl } from '../../content/placeholder-types.ts';
import { deckSlug } from '../../content/deck-slug.ts';

/**
 * The learner's values, by placeholder name. Secret values live only in this module's memory,
 * for the page's life: never in storage, the address or history, and a reload forgets them.
 * Non-secret values are kept in localStorage under their own key (not inside the progress
 * record, whose schema other work is changing), so they come back on the next visit.
 */
const values = new Map<string, string>();
const secrets = new Set<string>();
const listeners = new Set<() => void>();
let loaded = false;

export function valuesStorageKey(): string {
  return `deck-values:v1:${deckSlug(getManifest().title)}`;
}

function readStored(): Record<string, string> {
  try {
    const raw = localStorage.getItem(valuesStorageKey());
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function load() {
  if (loaded) return;
  loaded = true;
  for (const [name, value] of Object.entries(readStored())) values.set(name, value);
}

function persist() {
  const kept = Object.fromEntries([...values].filter(([name]) => !secrets.has(name)));
  try {
    if (Object.keys(kept).length === 0) localStorage.removeItem(valuesStorageKey());
    else localStorage.setItem(valuesStorageKey(), JSON.stringify(kept));
  } catch {
    // Storage blocked or full: the values still work for this visit.
  }
}

/** Marks which names are secret; a secret that was somehow stored is dropped from storage. */
export function learnDeclarations(decls: readonly PlaceholderDecl[]) {
  load();
  let changed = false;
  for (const d of decls) {
    if (d.secret && !secrets.has(d.name)) {
      secrets.add(d.name);
      changed = true;
    }
  }
  if (changed && Object.keys(readStored()).some((n) => secrets.has(n))) persist();
}

/**
 * The learner's values as they stand, by placeholder name (`CLUSTER`, not `<CLUSTER>`).
 * `{ secrets: false }` leaves out secret ones: what the exercise on slide 7 may start from,
 * since its draft is saved with the progress.
 */
export function currentValues(options: { secrets?: boolean } = {}): Readonly<Record<string, string>> {
  load();
  const all = [...values];
  return Object.fromEntries(options.secrets === false ? all.filter(([name]) => !secrets.has(name)) : all);
}

/** Sets (or, for an empty text, removes) the values of these declarations. */
export function setValues(decls: readonly PlaceholderDecl[], next: Readonly<Record<string, string>>) {
  learnDeclarations(decls);
  for (const d of decls) {
    const v = next[d.name] ?? '';
    if (v === '') values.delete(d.name);
    else values.set(d.name, v);
  }
  persist();
  for (const l of listeners) l();
}

/** "Clear my values": every value, secret or not, and the stored copy. */
export function clearValues() {
  load();
  values.clear();
  try {
    localStorage.removeItem(valuesStorageKey());
  } catch {
    // Nothing stored, nothing to remove.
  }
  for (const l of listeners) l();
}

export function subscribeValues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
