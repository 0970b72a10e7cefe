#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: formatting and lints,
# native core tests, browser tests (wasm-bindgen-test in headless Chromium),
# the release build with its size budget, and end-to-end tests in Chromium.
# Ends with a pass/fail line per stage; exits non-zero if any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh || exit 1
set +e

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR=never
results=()
failed=0

stage() {
  local name="$1"
  shift
  printf '\n\033[1m=== %s\033[0m\n' "$name"
  if "$@"; then
    results+=("PASS  $name")
  else
    results+=("FAIL  $name")
    failed=1
  fi
}

skip() {
  results+=("SKIP  $1 ($2)")
  failed=1
}

stage "cargo fmt --check" cargo fmt --all -- --check
stage "clippy (native)" cargo clippy --all-targets -- -D warnings
stage "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
# The app and the tools module are built without the feature `full` (see Cargo.toml).
stage "clippy (wasm32, app without 'full')" \
  cargo clippy --target wasm32-unknown-unknown --no-default-features --bin kiemdiem --bin tools_ui -- -D warnings
stage "native tests (cargo test)" cargo test
stage "browser tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test 'browser_*' \
  --test core_seal --test core_keyfile --test core_filename

# An independent RFC 8785 + Ed25519 implementation (Node's crypto and the
# reference canonicaliser) accepts the valid sealed files and refuses the
# broken ones.
independent_verifier() {
  local f ok=0
  node scripts/verify-dossier.mjs tests/fixtures/seal/valid.json tests/fixtures/seal/variants/ok-*.json || ok=1
  for f in tests/fixtures/seal/variants/bad-*.json; do
    if node scripts/verify-dossier.mjs "$f" >/dev/null; then
      echo "accepted a broken file: $f"
      ok=1
    fi
  done
  return "$ok"
}
stage "independent verifier (Node) on the sealed test files" independent_verifier
if stage "release build (trunk build --release)" trunk build --release; then
  stage "size budget (first load ≤ 250 KB gzip)" node scripts/sizes.mjs dist
  stage "end-to-end tests (Playwright, Chromium)" npx playwright test -c tests/e2e/playwright.config.mjs
else
  skip "size budget" "no build"
  skip "end-to-end tests" "no build"
fi

printf '\n\033[1m=== Summary\033[0m\n'
printf '%s\n' "${results[@]}"
if [ "$failed" -eq 0 ]; then
  echo "ALL STAGES PASSED"
else
  echo "SOME STAGES FAILED"
fi
exit "$failed"
