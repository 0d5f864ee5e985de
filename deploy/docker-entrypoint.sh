#!/bin/sh
# The image's entrypoint: `cordon web|worker|migrate`.
#   web      the web server (CORDON_MIGRATE_ON_START=1 applies migrations first,
#            for single-node installs; clusters run `migrate` as a Job instead)
#   worker   the job worker (run web nodes with CORDON_WORKER=off)
#   migrate  apply the committed database migrations and exit
set -eu
cd /app

migrate() {
  node node_modules/prisma/build/index.js migrate deploy
}

case "${1:-web}" in
  web)
    if [ "${CORDON_MIGRATE_ON_START:-0}" = "1" ]; then migrate; fi
    # Same flags as `npm start` (scripts/lib/server-process.ts): a small young
    # generation and one malloc arena keep a streaming upload's memory low.
    MALLOC_ARENA_MAX=1 exec node --max-semi-space-size=1 .next/cordon/serve.mjs --port "${PORT:-3000}" --hostname "${HOST:-0.0.0.0}"
    ;;
  worker)
    exec node --conditions=react-server .next/cordon/worker.mjs
    ;;
  migrate)
    migrate
    ;;
  *)
    echo "usage: cordon web|worker|migrate (got \"$1\")" >&2
    exit 64
    ;;
esac
