// Regenerates one stored document in a process of its own, where no other PDF was rendered before:
// `node --import tsx regenerate-alone.ts <dataDir> <passphrase> <documentId>` prints the Result as JSON.
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';

const [dataDir, passphrase, documentId] = process.argv.slice(2);
if (!dataDir || !passphrase || !documentId)
  throw new Error('usage: regenerate-alone.ts <dataDir> <passphrase> <documentId>');
const handlers = createHandlers({ dataDir, scrypt: { N: 2 ** 10, r: 8, p: 1 } });
const unlocked = await dispatch(handlers, 'vault.unlock', { passphrase });
if (!unlocked.ok)
  throw new Error(`unlock failed: ${unlocked.error.code} ${unlocked.error.message}`);
const result = await dispatch(handlers, 'documents.regenerate', { documentId });
await dispatch(handlers, 'vault.lock', {});
process.stdout.write(`${JSON.stringify(result)}\n`);
