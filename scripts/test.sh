#!/usr/bin/env bash
# Everything, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "system packages"; bash scripts/ensure-system-deps.sh
step "type check";      npm run --silent typecheck
step "lint";            npm run --silent lint
step "unit, component and PDF tests"; npm run --silent test:unit
step "production build"; npm run --silent build
step "bundle size";     npm run --silent size
step "end-to-end tests in Chromium"; npm run --silent test:e2e
