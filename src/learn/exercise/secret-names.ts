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

/**
 * Attributes whose string values are public wherever they sit outside a credential block: the
 * saved draft keeps them. Everything not on this list is redacted (issue 15: an allow-list, not
 * a longer deny-list). Keys inside `attributes = { … }` are collector labels, public too.
 */
export const PUBLIC_ATTRIBUTES: ReadonlySet<string> = new Set([
  'url',
  'id',
  'name',
  'attributes',
  'poll_frequency',
  'proxy_url',
  'no_proxy',
  'level',
  'format',
]);

/** `password_file` and the like hold a path to a secret, not the secret. */
export function isPublicAttribute(name: string): boolean {
  return PUBLIC_ATTRIBUTES.has(name) || name.endsWith('_file');
}
