# syntax=docker/dockerfile:1
#
# The API image: the esbuild bundles of apps/api and apps/worker plus production node_modules, run
# as a non-root user. The same image serves these commands:
#   node dist/apps/api/main.mjs      the GraphQL server (default)
#   node dist/apps/worker/main.mjs   the worker: job queues and schedules, no HTTP
#   node dist/apps/api/migrate.mjs   applies pending migrations, then exits
#   node dist/apps/api/search-index.mjs reindex | check [--repair]   search index maintenance
#
# Build from the repository root (docker/compose.yml does this):
#   docker build -f docker/api.Dockerfile -t forum-api:local .

ARG NODE_IMAGE=node:24.21.0-bookworm-slim

# ---- build: every dependency, then the bundle --------------------------------------------------
FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    CI=true
WORKDIR /app
# The lockfile alone decides this layer, so source edits do not reinstall packages.
# npm ci honours the allowScripts list in package.json.
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci
COPY . .
RUN npx nx run-many --targets=build --projects=api,worker

# ---- prod-deps: what the bundle imports at run time --------------------------------------------
# esbuild keeps npm packages external, so the runtime needs node_modules, but not the dev-only
# tool chain (Nx, SWC, Jest, embedded PostgreSQL, the Meilisearch binary).
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci --omit=dev

# ---- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG FORUM_VERSION=local
LABEL org.opencontainers.image.title="forum-api" \
      org.opencontainers.image.description="Customer community forum: GraphQL API" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${FORUM_VERSION}"
# The heap is bounded: a process that reaches it ends ("JavaScript heap out of memory", exit
# code 134) and is restarted, instead of growing into swap (docs/operations.md). Override
# NODE_OPTIONS to size it; compose sets it from API_MAX_HEAP_MB.
# The web app's trusted documents, built from the same sources as the web image (ADR 0023).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    FORUM_VERSION=${FORUM_VERSION} \
    NODE_OPTIONS=--max-old-space-size=1024 \
    TRUSTED_DOCUMENTS_MANIFEST=/app/dist/apps/api/persisted-documents.json
WORKDIR /app
# Files stay owned by root: the process can read its code but not change it.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
# "node" (uid 1000) comes with the base image.
USER node
EXPOSE 3000
# Liveness only: /readyz also checks PostgreSQL, Meilisearch and the queue, and a dependency
# outage should not make Docker restart a healthy process. The slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.mjs"]
