import { parseArgs } from 'node:util';
import webpush from 'web-push';
import { type Command, UsageError } from './command.js';

const HELP = `usage: pnpm patron channels:vapid-keys

Prints a fresh VAPID key pair (P-256, base64url) for a Web Push channel account: paste the public
key into "VAPID public key" and the private key into "VAPID private key" (Settings → Channels). One
pair per workspace is enough; changing it later stops the subscriptions made with the old public key
(browsers subscribe again when customers next open their account page). Nothing is stored.`;

const command: Command = {
  summary: 'print a fresh VAPID key pair for a Web Push channel account',
  async run(args) {
    let help: boolean | undefined;
    try {
      help = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } } }).values.help;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (help) {
      console.log(HELP);
      return;
    }
    const keys = webpush.generateVAPIDKeys();
    console.log(`VAPID public key:  ${keys.publicKey}`);
    console.log(`VAPID private key: ${keys.privateKey}`);
  },
};

export default command;
