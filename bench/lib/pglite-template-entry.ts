// Child process: creates an empty embedded database (PGlite, migrated) in the given folder and exits. Every
// API server of a benchmark run starts from a copy of it: PGlite's initdb takes seconds of CPU, which a
// server pays once in its life, not at every start.
import { Store } from '../../apps/api/src/store/store.js';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: pglite-template-entry.ts <dir>');
const store = await Store.open({ dataDir: dir });
await store.close();
