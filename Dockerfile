# Cordon's image: `docker build -t cordon .` then `docker run cordon web|worker|migrate`.
# See README "Run in production" and deploy/.

# 1. Dependencies, with dev tools, for building.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
COPY lib/db lib/db
RUN npm install --no-audit --no-fund
COPY . .
# Next's standalone output (next.config.mjs reads the flag), plus the bundled
# server entry and worker (.next/cordon/serve.mjs, .next/cordon/worker.mjs).
ARG CORDON_VERSION=dev
ENV CORDON_STANDALONE=1 NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# 2. Production dependencies only. The worker and `migrate` need packages
# that Next's file trace of the web server does not see (pg-boss, the Prisma
# CLI), so they are installed in full rather than traced.
FROM node:20-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The image: no compilers, no dev dependencies, not root.
FROM node:20-slim
ARG CORDON_VERSION=dev
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CORDON_VERSION=$CORDON_VERSION \
    HOST=0.0.0.0 PORT=3000 TMPDIR=/tmp
WORKDIR /app
COPY --from=build /app/.next/standalone ./
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/.next/static .next/static
COPY --from=build /app/.next/cordon .next/cordon
COPY --from=build /app/public public
COPY --from=build /app/prisma prisma
COPY --from=build /app/lib/db lib/db
COPY --from=build /app/lib/generated lib/generated
COPY --from=build /app/prisma.config.ts /app/next.config.mjs /app/package.json ./
COPY deploy/docker-entrypoint.sh /usr/local/bin/cordon
# The root filesystem is read-only at run time; /tmp (and Next's cache,
# which it points into) are the only writable places: mount them as tmpfs
# or emptyDir.
RUN mkdir -p /tmp/next-cache && ln -s /tmp/next-cache .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["cordon"]
CMD ["web"]
