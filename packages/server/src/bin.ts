/** `consent-receipts <serve|export|prune> …`: the receipts command as a program of its own. */
import { receiptsCommand } from './cli';

const code = await receiptsCommand(process.argv.slice(2));
// Exit explicitly (nothing left open keeps the process up), once what export wrote has left stdout.
process.stdout.write('', () => process.exit(code));
