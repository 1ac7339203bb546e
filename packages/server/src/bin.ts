/** `consent-receipts <serve|export|prune> …`: the receipts command as a program of its own. */
import { receiptsCommand } from './cli';

// Exit explicitly: the exit code is the command's, and a store's last sockets do not keep the process up.
process.exit(await receiptsCommand(process.argv.slice(2)));
