# syntax=docker/dockerfile:1
#
# The web image: the static build of apps/web served by an unprivileged nginx (uid 101, port
# 8080), which also proxies /graphql, /healthz and /readyz to the API (docker/nginx.conf).
#
# Build from the repository root (docker/compose.yml does this):
#   docker build -f docker/web.Dockerfile -t forum-web:local .
#
# Run-time settings (environment):
#   API_UPSTREAM   name:port of the API, default api:3000. The name is resolved again while
#                  nginx runs, so restarted or scaled API containers are picked up. Outside
#                  Docker's own DNS give a fully qualified name (nginx does not apply the
#                  search domains of resolv.conf), e.g. forum-api.forum.svc.cluster.local:3000.

ARG NODE_IMAGE=node:24.21.0-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30.5-alpine

# ---- build -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    CI=true
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci
COPY . .
RUN npx nx run web:build

# ---- runtime -----------------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
ARG FORUM_VERSION=local
LABEL org.opencontainers.image.title="forum-web" \
      org.opencontainers.image.description="Customer community forum: web app behind nginx" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${FORUM_VERSION}"
# The image's entry point renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with
# envsubst, limited here to the two variables the template uses so that nginx's own $variables
# are never touched. NGINX_LOCAL_RESOLVERS is filled in from /etc/resolv.conf.
ENV API_UPSTREAM=api:3000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(API_UPSTREAM|NGINX_LOCAL_RESOLVERS)\$"
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/apps/web/ /usr/share/nginx/html/
EXPOSE 8080
# An internal listener (127.0.0.1:8081) answers the health check, so it stays out of the access
# log and does not depend on the API. busybox wget ships with the Alpine base.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8081/"]
