// Bundles a NestJS entry point for production: esbuild resolves the workspace's path aliases and
// bundles our own code into ES modules (npm packages stay external); SWC compiles each TypeScript
// file first because esbuild cannot emit the decorator metadata NestJS and TypeORM depend on.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from '@swc/core';
import { build } from 'esbuild';

export const workspaceRoot = join(import.meta.dirname, '../..');

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

/** Empties `outdir` (relative to the workspace) and bundles the entry points into `<name>.mjs`. */
export async function bundleNestApp({ entryPoints, outdir, tsconfig }) {
  const absoluteOutdir = join(workspaceRoot, outdir);
  await rm(absoluteOutdir, { recursive: true, force: true });
  await build({
    absWorkingDir: workspaceRoot,
    entryPoints,
    outdir: absoluteOutdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    tsconfig,
    sourcemap: true,
    keepNames: true,
    logLevel: 'warning',
    plugins: [swcDecorators],
  });
  return absoluteOutdir;
}
