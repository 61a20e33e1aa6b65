// Completes the package as npm users get it, in dist/package/, beside the build tsdown wrote in its dist/: the
// README and a package.json of its own. The workspace's package.json points at the TypeScript sources, which the
// web app, the CLI and the tests import, and npm applies no publishConfig override of `exports` or
// `dependencies` on pack or publish: so the published manifest is written here, and dist/package/ is what gets
// packed (`npm pack ./dist/package`) or published.
// The contract from @quizstream/core/schemas is bundled into dist/ (tsdown.config.ts): zod, which the contract
// needs at run time, takes core's place among the dependencies, in core's version range.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const out = new URL('dist/package/', root);
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));

const pkg = await readJson(new URL('package.json', root));
const core = await readJson(new URL('../core/package.json', root));
const dependencies = {
  'eventsource-parser': pkg.dependencies['eventsource-parser'],
  zod: core.dependencies.zod,
};

// What the build imports must be exactly what the published package depends on: no workspace package left in.
const dist = new URL('dist/', out);
const files = (await readdir(dist, { recursive: true })).filter((f) => /\.(?:js|d\.ts)$/.test(f));
if (!files.includes('index.js') || !files.includes('index.d.ts')) {
  throw new Error('dist/package/dist/ is incomplete: run tsdown first');
}
const IMPORT = /\bfrom\s*["']([^"'.][^"']*)["']|\bimport\s*\(\s*["']([^"'.][^"']*)["']/g;
for (const file of files) {
  for (const match of (await readFile(new URL(file, dist), 'utf8')).matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!(spec in dependencies)) throw new Error(`dist/package/dist/${file} imports ${spec}, not a dependency`);
  }
}

const manifest = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  type: 'module',
  sideEffects: false,
  exports: {
    '.': { types: './dist/index.d.ts', import: './dist/index.js' },
    './package.json': './package.json',
  },
  main: './dist/index.js',
  types: './dist/index.d.ts',
  files: ['dist', 'README.md'],
  engines: { node: '>=20' },
  dependencies,
};

await cp(new URL('README.md', root), new URL('README.md', out));
await cp(new URL('../../LICENSE', root), new URL('LICENSE', out));
await writeFile(new URL('package.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${pkg.name}@${pkg.version} is in dist/package/: npm pack ./dist/package, or npm publish ./dist/package`);
