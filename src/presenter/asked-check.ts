import type { KnowledgeCheck } from '../content/deck-types.ts';
import type { AskedCheck } from '../live/protocol.ts';
import { MAX_MESSAGE_BYTES, MAX_TEXT, utf8Bytes } from '../live/protocol.ts';

/** The text of compiled inline HTML (the server and attendees' screens show plain text). */
export function plainText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Room for the message's own fields around the check, below the server's frame cap. */
const ENVELOPE_BYTES = 200;

/**
 * A slide's knowledge check as the live session asks it. The server closes a connection that
 * sends more than 4 KB, so explanations are shortened, then left out, until the check fits.
 */
export function askedCheck(check: KnowledgeCheck): AskedCheck {
  const question = clip(plainText(check.questionHtml) || check.question, MAX_TEXT);
  const base = check.options.map((o) => ({ text: clip(plainText(o.html) || o.text, MAX_TEXT), correct: o.correct, why: plainText(o.whyHtml) }));
  for (const limit of [MAX_TEXT, 200, 80, 0]) {
    const asked: AskedCheck = {
      id: check.id,
      question,
      options: base.map(({ text, correct, why }) => (limit > 0 && why ? { text, correct, why: clip(why, limit) } : { text, correct })),
    };
    if (utf8Bytes(JSON.stringify({ t: 'ask', n: 1_000_000, check: asked })) + ENVELOPE_BYTES <= MAX_MESSAGE_BYTES) return asked;
  }
  return { id: check.id, question: clip(question, 200), options: base.map(({ text, correct }) => ({ text: clip(text, 120), correct })) };
}
