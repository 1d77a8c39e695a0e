/**
 * The one list of what holds a credential in an Alloy file, for the checker (never repeat it in
 * a message) and for the saved draft (never store it).
 */

/** Attributes (or object keys) whose string value is a credential wherever they appear. */
export const SECRET_ATTRIBUTES: ReadonlySet<string> = new Set([
  'password',
  'bearer_token',
  'credentials',
  'client_secret',
  'token',
  'api_key',
  'authorization',
]);

/** Blocks whose every string is a credential or part of one. */
export const SECRET_BLOCKS: ReadonlySet<string> = new Set(['basic_auth', 'authorization', 'oauth2']);

export function isSecretAttribute(name: string): boolean {
  return SECRET_ATTRIBUTES.has(name.toLowerCase());
}
