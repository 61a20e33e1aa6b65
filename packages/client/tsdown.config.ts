// The package as npm users get it (`npm run build`): one ES module and its declarations, in dist/package/dist/
// (dist/package/ is the package's folder, as in the tarball). The contract from @quizstream/core/schemas, which
// is not published, is bundled in, its types too; zod and eventsource-parser stay imports, dependencies of the
// published package (scripts/stage-package.mjs writes its package.json).
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist/package/dist',
  clean: ['dist'],
  tsconfig: 'tsconfig.build.json',
  // Eager: core's schema files, outside tsconfig.build.json, get declarations too.
  dts: { eager: true },
  // The contract's modules only define schemas: those the client does not use are left out.
  treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]core[\\/]src[\\/]schemas[\\/]/, sideEffects: false }] },
  deps: {
    // Listed in the workspace's dependencies, so tsdown would leave it an import.
    alwaysBundle: [/^@quizstream\/core/],
    neverBundle: ['zod', 'eventsource-parser'],
  },
});
