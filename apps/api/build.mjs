// Bundles the API for production: esbuild resolves the workspace's path aliases and bundles our
// own code into ES modules (npm packages stay external); SWC compiles each TypeScript file first
// because esbuild cannot emit the decorator metadata NestJS and TypeORM depend on.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from '@swc/core';
import { build } from 'esbuild';

const workspaceRoot = join(import.meta.dirname, '../..');
const outdir = join(workspaceRoot, 'dist/apps/api');

const swcDecorators = {
  name: 'swc-decorators',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const { code, map } = await transform(source, {
        filename: path,
        sourceMaps: 'inline',
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
          keepClassNames: true,
        },
        module: { type: 'es6' },
      });
      return { contents: map ? `${code}\n//# sourceMappingURL=${map}` : code, loader: 'js' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: workspaceRoot,
  entryPoints: {
    main: 'apps/api/src/main.ts',
    migrate: 'apps/api/src/migrate.ts',
    seed: 'apps/api/src/seed.ts',
    'search-index': 'apps/api/src/search-index.ts',
    'recompute-reputation': 'apps/api/src/recompute-reputation.ts',
    'support-tick': 'apps/api/src/support-tick.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  tsconfig: 'apps/api/tsconfig.app.json',
  sourcemap: true,
  keepNames: true,
  logLevel: 'warning',
  plugins: [swcDecorators],
});
// The web app's trusted documents (ADR 0023), generated from the same sources as its build: the
// image sets TRUSTED_DOCUMENTS_MANIFEST to this copy.
await copyFile(
  join(workspaceRoot, 'libs/web/data-access-graphql/src/generated/persisted-documents.json'),
  join(outdir, 'persisted-documents.json'),
);
process.stdout.write(`API bundled into ${outdir}\n`);
