#!/usr/bin/env bash
# Puts a current Node first on PATH (22.22.2+, 24.15+ or 26+: the floor of Electron 45,
# better-sqlite3 13, vitest 5, html-validate 11 and jsdom 31, see package.json engines), installing the pinned Node 24 LTS from the npm registry
# into .tools/ when the machine's own Node is older. Offline build machines
# reach the npm registry but not nodejs.org, and the registry serves the
# official Node build as the package node-linux-<arch>.
#
#   scripts/with-node.sh npm test     run one command with that Node
#   . scripts/with-node.sh            (source it) set up the current shell
#
# node-gyp is pointed at the same Node's headers (npm_config_nodedir), which
# overrides a machine-wide `nodedir` in npmrc: otherwise native modules would
# compile against the machine's older headers and fail to load.

COPYDESK_NODE_VERSION=24.22.3
COPYDESK_NODE_MIN="22.22.2, 24.15.0 or 26"

copydesk_version_ge() { # $1 >= $2, both x.y.z
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]
}

copydesk_node_ok() { # the engines range: ^22.22.2 || ^24.15.0 || >=26.0.0
  { copydesk_version_ge "$1" 22.22.2 && ! copydesk_version_ge "$1" 23.0.0; } ||
    { copydesk_version_ge "$1" 24.15.0 && ! copydesk_version_ge "$1" 25.0.0; } ||
    copydesk_version_ge "$1" 26.0.0
}

copydesk_use_node() {
  local root current arch dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  current="$(node --version 2>/dev/null | sed 's/^v//')"
  if [ -n "$current" ] && copydesk_node_ok "$current"; then
    return 0 # the machine's Node is recent enough: install nothing
  fi
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "with-node: no Node package for $(uname -m); install Node $COPYDESK_NODE_MIN or newer" >&2; return 1 ;;
  esac
  dir="$root/.tools/node-$COPYDESK_NODE_VERSION-linux-$arch"
  if [ "$("$dir/bin/node" --version 2>/dev/null)" != "v$COPYDESK_NODE_VERSION" ]; then
    echo "with-node: Node ${current:-none} is older than $COPYDESK_NODE_MIN; installing Node $COPYDESK_NODE_VERSION from the npm registry into .tools/" >&2
    local tmp
    tmp="$(mktemp -d)"
    # npm pack checks the tarball against the registry's integrity hash.
    if ! (cd "$tmp" && npm pack --silent "node-linux-$arch@$COPYDESK_NODE_VERSION" >/dev/null); then
      rm -rf "$tmp"; echo "with-node: could not download node-linux-$arch@$COPYDESK_NODE_VERSION" >&2; return 1
    fi
    tar -xzf "$tmp"/node-linux-"$arch"-*.tgz -C "$tmp"
    rm -rf "$dir"; mkdir -p "$root/.tools"; mv "$tmp/package" "$dir"; rm -rf "$tmp"
    if [ "$("$dir/bin/node" --version 2>/dev/null)" != "v$COPYDESK_NODE_VERSION" ]; then
      echo "with-node: the installed Node does not report v$COPYDESK_NODE_VERSION" >&2; return 1
    fi
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
  unset NPM_CONFIG_NODEDIR
  hash -r
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  copydesk_use_node
  if [ $# -gt 0 ]; then exec "$@"; fi
  node --version
else
  copydesk_use_node
fi
