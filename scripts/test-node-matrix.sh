#!/usr/bin/env bash
# Run every package's vitest suite and the consumer test under other Node majors (default 22 and 24).
# Node 20 runs the normal `pnpm test`; this covers the rest of what we support. Each Node comes from the
# npm registry (the `node-<platform>-<arch>` packages), cached in .cache/node/<major>.
# Needs `pnpm install` and a build first (`pnpm test` does both); the consumer test packs the built dist.
#
#   bash scripts/test-node-matrix.sh          # 22 and 24
#   bash scripts/test-node-matrix.sh 24       # just 24
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${NODE_MATRIX_CACHE:-$root/.cache/node}
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)
platform_package=node-$(node -p 'process.platform')-$(node -p 'process.arch')
vitest=$root/node_modules/vitest/vitest.mjs
[ -f "$vitest" ] || { echo "vitest is not installed: run pnpm install first" >&2; exit 1; }

summary=()
failed=0
record() { # record <PASS|FAIL> <what>
  summary+=("$1  $2")
  echo "$1  $2"
  [ "$1" = PASS ] || failed=1
}

for major in "${majors[@]}"; do
  dir=$cache/$major
  bin=$dir/node_modules/$platform_package/bin
  if [ ! -x "$bin/node" ]; then
    echo "== installing Node $major ($platform_package@$major) into ${dir#"$root"/}"
    mkdir -p "$dir"
    if ! npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "$platform_package@$major"; then
      record FAIL "Node $major: install $platform_package@$major"
      continue
    fi
  fi
  version=$("$bin/node" --version)
  echo "== Node $version"

  # PATH first, so whatever the suites spawn (workers, tsx, npm) runs on this Node as well.
  for config in "$root"/packages/*/vitest.config.ts; do
    package=$(dirname "$config")
    name=${package#"$root"/}
    echo "-- $name: vitest run"
    if (cd "$package" && PATH="$bin:$PATH" "$bin/node" "$vitest" run); then
      record PASS "Node $version  $name vitest"
    else
      record FAIL "Node $version  $name vitest"
    fi
  done

  echo "-- consumer test"
  if PATH="$bin:$PATH" "$bin/node" "$root/scripts/consumer-test.mjs"; then
    record PASS "Node $version  consumer test"
  else
    record FAIL "Node $version  consumer test"
  fi
done

echo
echo "== Node matrix summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
