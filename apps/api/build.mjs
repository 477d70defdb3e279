// Bundles the API for production (tools/build/bundle-nest-app.mjs: esbuild with an SWC transform
// for the decorator metadata NestJS and TypeORM depend on; npm packages stay external).
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleNestApp, workspaceRoot } from '../../tools/build/bundle-nest-app.mjs';

const outdir = await bundleNestApp({
  entryPoints: {
    main: 'apps/api/src/main.ts',
    migrate: 'apps/api/src/migrate.ts',
    seed: 'apps/api/src/seed.ts',
    'search-index': 'apps/api/src/search-index.ts',
    'recompute-reputation': 'apps/api/src/recompute-reputation.ts',
    'support-tick': 'apps/api/src/support-tick.ts',
  },
  outdir: 'dist/apps/api',
  tsconfig: 'apps/api/tsconfig.app.json',
});
// The web app's trusted documents (ADR 0023), generated from the same sources as its build: the
// image sets TRUSTED_DOCUMENTS_MANIFEST to this copy.
await copyFile(
  join(workspaceRoot, 'libs/web/data-access-graphql/src/generated/persisted-documents.json'),
  join(outdir, 'persisted-documents.json'),
);
process.stdout.write(`API bundled into ${outdir}\n`);
