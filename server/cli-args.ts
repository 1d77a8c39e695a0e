/** The options of `npm run workshop -- ...`, checked; a bad one is an error that names the fix. */
export interface CliOptions {
  port: number;
  host: string;
  maxAttendees: number;
  build: 'auto' | 'always' | 'never';
  dist: string;
  allowOrigins: string[];
  publicUrl: string | null;
  idleMinutes: number;
  namespace: string;
}

export const USAGE = `Usage: npm run workshop -- [options]
  --port N              port to listen on (default 4321; 0 picks a free one)
  --host ADDRESS        address to listen on (default 0.0.0.0: every interface, so the room can join)
  --max-attendees N     attendees per session (default 1000)
  --build               always build the deck first (default: only if dist/ is missing or older than the sources)
  --no-build            never build; serve --dist as it is
  --dist DIR            the built deck to serve (default dist)
  --public-url URL      the address attendees use, e.g. https://workshop.example.org behind a TLS proxy
  --allow-origin URL    another Origin allowed to open the socket (repeatable)
  --idle-minutes N      a session with nobody connected for this long starts again (default 240)
  --session NAME        Redis only: processes with the same name share a session (default "default")
Environment:
  WORKSHOP_REDIS_URL=redis://...     shares sessions between processes through Redis
  WORKSHOP_PRESENTER_KEY=KEY         a fixed presenter key (16 to 128 of A-Z a-z 0-9 - _), so the presenter
                                     link stays valid across restarts; random otherwise`;

/** The shape a fixed presenter key must have: long enough not to be guessed, and safe in a URL fragment. */
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

/** WORKSHOP_PRESENTER_KEY checked: undefined when unset, the key when it is strong enough, an error naming the fix otherwise. */
export function presenterKeyFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (KEY.test(value)) return value;
  throw new Error(
    `WORKSHOP_PRESENTER_KEY needs 16 to 128 characters of A-Z, a-z, 0-9, - and _ (got ${value.length} characters${KEY.test(value.padEnd(16, 'a')) ? '' : ' with others'}): a short key can be guessed and lets anyone drive the deck. ` +
      `Make one with: node -e "console.log(require('node:crypto').randomBytes(24).toString('base64url'))"`,
  );
}

function integer(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || n > max) {
    throw new Error(`${name} needs a whole number from ${min} to ${max}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  }
  return n;
}

function url(name: string, value: string | undefined): string {
  try {
    const parsed = new URL(value ?? '');
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error();
    return parsed.origin;
  } catch {
    throw new Error(`${name} needs an http:// or https:// address, got "${value ?? ''}"`);
  }
}

export function parseCliArgs(argv: readonly string[]): CliOptions | 'help' {
  const options: CliOptions = {
    port: 4321,
    host: '0.0.0.0',
    maxAttendees: 1000,
    build: 'auto',
    dist: 'dist',
    allowOrigins: [],
    publicUrl: null,
    idleMinutes: 240,
    namespace: 'default',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--port':
        options.port = integer('--port', value(), 0, 65535);
        break;
      case '--host': {
        const host = value();
        if (!host || host.startsWith('-')) throw new Error('--host needs an address, e.g. 127.0.0.1 or 0.0.0.0');
        options.host = host;
        break;
      }
      case '--max-attendees':
        options.maxAttendees = integer('--max-attendees', value(), 1, 100_000);
        break;
      case '--build':
        options.build = 'always';
        break;
      case '--no-build':
        options.build = 'never';
        break;
      case '--dist': {
        const dist = value();
        if (!dist) throw new Error('--dist needs a folder');
        options.dist = dist;
        break;
      }
      case '--public-url':
        options.publicUrl = url('--public-url', value());
        break;
      case '--allow-origin':
        options.allowOrigins.push(url('--allow-origin', value()));
        break;
      case '--idle-minutes':
        options.idleMinutes = integer('--idle-minutes', value(), 1, 7 * 24 * 60);
        break;
      case '--session': {
        const name = value();
        if (!name || !/^[A-Za-z0-9_-]{1,40}$/.test(name)) throw new Error('--session needs a name of letters, digits, - or _');
        options.namespace = name;
        break;
      }
      default:
        throw new Error(`unknown option "${arg}" (see --help)`);
    }
  }
  return options;
}
