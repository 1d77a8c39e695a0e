#!/usr/bin/env bash
# Installs the pinned peers + measurement tools into $PB (default /tmp/peerbench) and builds
# each peer deck to static files. Adapted from the shared bench's setup-peers.sh (same pins,
# same npm --before freeze); what changed: it is cached. A step is skipped when its stamp
# file matches, so a second run takes about a second:
#   $PB/<peer>/.installed  the pins that were installed
#   $PB/<peer>/.built      a hash of the pins and the peer's source files
# and each build's wall time is kept in $PB/<peer>/build-ms (one sample, from the last real build).
# FORCE=1 reinstalls and rebuilds everything. Needs: Node >= 20.19, npm, the npm registry.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PB="${PB:-/tmp/peerbench}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
NPM_BEFORE="${NPM_BEFORE-2026-11-27T21:00:00Z}"
[ -n "$NPM_BEFORE" ] && export npm_config_before="$NPM_BEFORE"

# Pinned versions (exact), as in the shared baseline. Slidev 53.x needs Node >= 22.12, so
# 52.20.1 is the newest that declares Node 20 support. Spectacle 10 is tested with React 18.
SLIDEV_CLI=52.20.1; SLIDEV_THEME=0.25.0
REVEAL=6.0.2; SPECTACLE=10.2.3; REACT=18.3.1
VITE=8.3.8; PLUGIN_REACT=6.3.0
PLAYWRIGHT=1.65.1; LIGHTHOUSE=12.2.3   # lighthouse 13 needs Node 22

log() { echo "== $*" >&2; }
mkdir -p "$PB/src"
node "$HERE/peers/gen-decks.mjs" "$PB/src" >/dev/null   # deck sources from one definition
cp "$HERE/peers/reveal/main.js" "$PB/src/reveal/"
cp "$HERE/peers/spectacle/"{index.html,main.jsx,vite.config.js} "$PB/src/spectacle/"

init() { # dir
  mkdir -p "$PB/$1"
  [ -f "$PB/$1/package.json" ] || echo "{\"name\":\"pb-$1\",\"private\":true,\"type\":\"module\"}" > "$PB/$1/package.json"
}
install() { # dir packages...
  local d="$1"; shift
  init "$d"
  if [ "${FORCE:-}" != 1 ] && [ -d "$PB/$d/node_modules" ] && [ "$(cat "$PB/$d/.installed" 2>/dev/null)" = "$*" ]; then
    log "$d: installed (cached)"; return
  fi
  log "$d: npm i $*"
  (cd "$PB/$d" && npm i -E "$@" >install.log 2>&1) || { tail -20 "$PB/$d/install.log" >&2; exit 1; }
  echo "$*" > "$PB/$d/.installed"
  rm -f "$PB/$d/.built"
}
build() { # dir command... (sources already copied into $PB/dir)
  local d="$1"; shift
  local stamp
  stamp="$(cat "$PB/$d/.installed" 2>/dev/null; cd "$PB/src/$d" && cat $(ls | sort) | sha256sum)"
  if [ "${FORCE:-}" != 1 ] && [ -f "$PB/$d/dist/index.html" ] && [ "$(cat "$PB/$d/.built" 2>/dev/null)" = "$stamp" ]; then
    log "$d: built (cached)"; return
  fi
  log "$d: build"
  cp "$PB/src/$d/"* "$PB/$d/"
  rm -rf "$PB/$d/dist"
  local t0; t0=$(date +%s%N)
  (cd "$PB/$d" && "$@" >build.log 2>&1) || { tail -20 "$PB/$d/build.log" >&2; exit 1; }
  echo $(( ($(date +%s%N) - t0) / 1000000 )) > "$PB/$d/build-ms"
  echo "$stamp" > "$PB/$d/.built"
}

install tools "playwright-core@$PLAYWRIGHT" "lighthouse@$LIGHTHOUSE"

install slidev "@slidev/cli@$SLIDEV_CLI" "@slidev/theme-default@$SLIDEV_THEME"
build slidev npx slidev build slides.md

install reveal "reveal.js@$REVEAL" "vite@$VITE"
build reveal npx vite build

install spectacle "spectacle@$SPECTACLE" "react@$REACT" "react-dom@$REACT" "vite@$VITE" "@vitejs/plugin-react@$PLUGIN_REACT"
build spectacle npx vite build

mkdir -p "$PB/static/dist"
cp "$PB/src/static/index.html" "$PB/static/dist/"
echo 0 > "$PB/static/build-ms"   # nothing to build: the file is the deck

# Record what actually got installed (top-level + the bundler each build used).
{
  echo "node $(node -v), npm $(npm -v), $(/usr/bin/chromium --version 2>/dev/null)"
  for d in tools slidev reveal spectacle; do
    (cd "$PB/$d" && npm ls --depth=0 2>/dev/null | tail -n +2 | sed "s/^/$d: /")
  done
  for m in slidev/node_modules/{vue,shiki,vite} spectacle/node_modules/{styled-components,react-syntax-highlighter,react-spring}; do
    echo "transitive: $m $(node -p "require('$PB/$m/package.json').version")"
  done
} > "$PB/versions.txt"
log "dists: $PB/slidev/dist $PB/reveal/dist $PB/spectacle/dist $PB/static/dist (versions in $PB/versions.txt)"
