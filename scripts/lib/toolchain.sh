# Sourced by every script: puts Node.js 24 and pnpm first on PATH, installing them from the npm
# registry into .tools/ when the system Node is older (no downloads from anywhere else).
ZIBA_ROOT=${ZIBA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
export ZIBA_ROOT
tools="$ZIBA_ROOT/.tools"
node_major() { "${1:-node}" -v 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(node_major node)" != "" ] && [ "$(node_major node)" -ge 24 ] && command -v pnpm >/dev/null 2>&1; then
  : # a suitable toolchain is already on PATH
else
  if [ ! -x "$tools/node_modules/.bin/node" ] || [ "$(node_major "$tools/node_modules/.bin/node")" -lt 24 ] \
    || [ ! -x "$tools/node_modules/.bin/pnpm" ]; then
    echo "toolchain: installing node@24 and pnpm@10 from the npm registry into .tools/" >&2
    mkdir -p "$tools"
    npm install --no-save --no-package-lock --prefix "$tools" node@24 pnpm@10.34.9 >&2
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
fi
export NODE_OPTIONS="${NODE_OPTIONS:-} --disable-warning=ExperimentalWarning"
