// Bundles the worker for production, the same way as the API (tools/build/bundle-nest-app.mjs).
import { bundleNestApp } from '../../tools/build/bundle-nest-app.mjs';

const outdir = await bundleNestApp({
  entryPoints: { main: 'apps/worker/src/main.ts' },
  outdir: 'dist/apps/worker',
  tsconfig: 'apps/worker/tsconfig.app.json',
});
process.stdout.write(`Worker bundled into ${outdir}\n`);
