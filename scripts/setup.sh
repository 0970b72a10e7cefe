#!/usr/bin/env bash
# Installs whatever this project needs and is missing on a Debian machine
# with rustup. Idempotent: a second run installs nothing. Source it (it
# exports PATH) or run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# Debian packages: Node.js for the tool scripts and Playwright; Chromium and
# its driver for every browser test (never a downloaded browser).
apt_missing=()
command -v node >/dev/null 2>&1 || apt_missing+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_missing+=(npm)
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
[ -x /usr/bin/chromedriver ] || apt_missing+=(chromium-driver)
if [ ${#apt_missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "apt-get install ${apt_missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${apt_missing[@]}"
fi

# Rust: the wasm target and the linters.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# Trunk 0.21.14 (0.22 needs a newer rustc than 1.95).
if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  say "cargo install trunk 0.21.14"
  cargo install --locked trunk --version 0.21.14
fi

# wasm-bindgen-cli at exactly the version in Cargo.lock (without --locked:
# the registry lacks one of its locked dependencies).
wbg=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  say "cargo install wasm-bindgen-cli $wbg"
  cargo install wasm-bindgen-cli --version "$wbg"
fi

# npm tools: wasm-opt (binaryen; Debian's binaryen 108 emits wasm that fails
# in Chromium) and Playwright (drives /usr/bin/chromium, downloads nothing).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"
