import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type ProxyOptions } from 'vite';
import { graphqlDocumentImports } from './build/graphqlDocumentImports.ts';
import { highlightLanguageSubset } from './build/highlightLanguageSubset.ts';

const workspaceRoot = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as {
  version: string;
};

const host = '127.0.0.1';
const port = Number(process.env.WEB_PORT ?? 4200);

// The browser only ever talks to its own origin; the dev and preview servers forward the API.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxy: Record<string, ProxyOptions> = {
  // `ws`: subscriptions run over a WebSocket upgrade of the same path.
  '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
  // Single sign-on redirects land on the web origin so the session cookie is first-party.
  '/auth': { target: apiTarget, changeOrigin: true },
  // Downloads the API streams (the audit log as CSV).
  '/exports': { target: apiTarget, changeOrigin: true },
  // One-click unsubscribe (RFC 8058): mail clients POST to the link in List-Unsubscribe.
  '/api/unsubscribe': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: join(workspaceRoot, 'node_modules/.vite/apps/web'),
  plugins: [
    graphqlDocumentImports({
      generatedFile: join(workspaceRoot, 'libs/web/data-access-graphql/src/generated/graphql.ts'),
    }),
    highlightLanguageSubset(),
    react(),
  ],
  resolve: { tsconfigPaths: true },
  define: { __APP_VERSION__: JSON.stringify(version) },
  server: { host, port, strictPort: true, proxy },
  preview: { host, port, strictPort: true, proxy },
  build: {
    outDir: join(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    reportCompressedSize: true,
  },
});
