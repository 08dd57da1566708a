#!/usr/bin/env bash
# The first hour from the published package, not from this repository: packs the package,
# installs the tarball into an empty directory (no registry needed: the CLI is one bundle with
# no runtime dependencies), then runs what the README tells a new user to run there: --help,
# validate on the shipped example, and plan/apply/plan against a sandbox started from the
# installed package, stopped by the pid it wrote. Run after a build (npm test builds).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- npm pack"
npm pack --ignore-scripts --silent --pack-destination "$work" >"$work/pack.out"
tarball="$work/$(tail -n 1 "$work/pack.out")"
# Only what a user needs ships: the bundle, the schemas, the examples, the README and licence.
unexpected=$(tar -tzf "$tarball" | sed 's|^package/||' | grep -Ev '^(build/cli/|schemas/|examples/|hooks\.example\.yaml$|README\.md$|LICENSE$|package\.json$)' || true)
if [ -n "$unexpected" ]; then echo "the package would ship files it should not:"; echo "$unexpected"; exit 1; fi
echo "   $(tar -tzf "$tarball" | wc -l) files, $(du -k "$tarball" | cut -f1) KiB"

echo "-- install the tarball into an empty directory"
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$tarball"
hooksync() { npx --no-install hooksync "$@"; }
pkg=node_modules/@hooksync/cli

echo "-- hooksync --help"
hooksync --help >help.txt
grep -q '^Usage: hooksync' help.txt
# --help names the example where the package put it, so a new user can type the path.
grep -qF "hooksync plan -c $pkg/hooks.example.yaml" help.txt || { echo "--help does not name the shipped example:"; tail -3 help.txt; exit 1; }
echo "-- hooksync validate on the shipped examples"
hooksync validate -c "$pkg/hooks.example.yaml" 2>/dev/null
hooksync validate -c "$pkg/examples/auth0/hooks.yaml" 2>/dev/null

echo "-- a sandbox started from the installed package"
hooksync sandbox --write-env sandbox.env >/dev/null &
if ! timeout 20 sh -c 'until [ -f sandbox.env ]; do sleep 0.2; done'; then echo "the sandbox did not start within 20s"; exit 1; fi
# shellcheck disable=SC1091
source sandbox.env
sandbox_pid=$HOOKSYNC_SANDBOX_PID
export CRM_TOKEN=anything
set +e
hooksync plan -c "$pkg/hooks.example.yaml" --detailed-exitcode >plan.txt
code=$?
set -e
if [ "$code" != 2 ] || ! grep -q '^Plan: 13 to add, 0 to change, 0 to delete\.$' plan.txt; then echo "plan (exit $code) is not the expected one:"; cat plan.txt; exit 1; fi
echo "   $(grep '^Plan:' plan.txt)"
hooksync apply -c "$pkg/hooks.example.yaml" --yes >/dev/null 2>&1
hooksync plan -c "$pkg/hooks.example.yaml" --detailed-exitcode | grep -q '^No changes'
echo "   apply, then plan again: No changes"

echo "-- kill \$HOOKSYNC_SANDBOX_PID stops the emulators themselves"
kill "$sandbox_pid"
timeout 20 sh -c "while kill -0 $sandbox_pid 2>/dev/null; do sleep 0.2; done"
sandbox_pid=
if [ -f sandbox.env ]; then echo "the sandbox left sandbox.env behind"; exit 1; fi
if node -e 'fetch(process.argv[1]).then(() => process.exit(1), () => process.exit(0))' "$LOGTO_ENDPOINT"; then :; else echo "an emulator still answers at $LOGTO_ENDPOINT"; exit 1; fi
echo "the packed package works from an empty directory"
