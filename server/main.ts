import { resolve } from 'node:path';
import QRCode from 'qrcode';
import { buildDeck, distIsStale } from './build-if-needed.ts';
import { USAGE, parseCliArgs, presenterKeyFromEnv, type CliOptions } from './cli-args.ts';
import { joinLink, presenterLink, roomOrigin } from './join-links.ts';
import { startWorkshopServer } from './workshop-server.ts';

/** `npm run workshop`: build the deck if needed, serve it with the live socket, print the links. */
async function main(): Promise<void> {
  let options: CliOptions | 'help';
  let fixedKey: string | undefined;
  try {
    options = parseCliArgs(process.argv.slice(2));
    fixedKey = presenterKeyFromEnv(process.env.WORKSHOP_PRESENTER_KEY);
  } catch (error) {
    console.error(`workshop: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const root = process.cwd();
  const dist = resolve(root, options.dist);
  if (options.build === 'always' || (options.build === 'auto' && distIsStale(root, dist))) {
    console.log(`Building the deck into ${options.dist}/ ...`);
    buildDeck(root, dist);
  }
  const redisUrl = process.env.WORKSHOP_REDIS_URL || undefined;
  const server = await startWorkshopServer({
    distDir: dist,
    host: options.host,
    port: options.port,
    maxAttendees: options.maxAttendees,
    allowedOrigins: options.publicUrl ? [options.publicUrl, ...options.allowOrigins] : options.allowOrigins,
    idleMs: options.idleMinutes * 60_000,
    redisUrl,
    namespace: options.namespace,
    presenterKey: fixedKey,
  });
  const origin = roomOrigin(options.host, server.port, options.publicUrl);
  const join = joinLink(origin);
  const qr = await QRCode.toString(join, { type: 'terminal', small: true });
  console.log(
    [
      `Workshop server on ${server.origin}${redisUrl ? ' (sessions shared through Redis)' : ''}`,
      '',
      `Presenter link (keep it to yourself; it carries the key): ${presenterLink(origin, server.presenterKey)}`,
      `Join link (share it): ${join}`,
      '',
      qr,
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing the workshop server`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`workshop: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
