#!/usr/bin/env bash
# dist/ is what the GitHub Action runs, committed; it must be exactly what the build makes from
# src/. Run after a build (npm test builds).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git diff --quiet -- dist || [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
  echo "dist/ is out of date with src/: run npm run build and commit dist/" >&2
  git status --short -- dist >&2
  exit 1
fi
# schemas/ is generated too (scripts/gen-schemas.mjs), and what editors and the package read.
if ! git diff --quiet -- schemas || [ -n "$(git ls-files --others --exclude-standard -- schemas)" ]; then
  echo "schemas/ is out of date with src/providers/: run npm run build and commit schemas/" >&2
  git status --short -- schemas >&2
  exit 1
fi
echo "dist/ and schemas/ match the build"
