#!/usr/bin/env bash
# Run the `vscode`-API integration suite (test/vscode/*.test.ts) in a real VS Code host
# (code-server 4.96.4 + headless Chromium). The one command CI calls; exit code = test result.
#
#   scripts/test-vscode-host.sh [extra scripts/vscode-host.mjs options, e.g. --setting k=<json>]
#
# Needs the extension built (dist/client.js: `npm run build`). Environment knobs:
#   PAPER_DIGEST_TOOLS         tools cache (default ~/.cache/paper-digest-tools)
#   PAPER_DIGEST_TEST_TIMEOUT  whole-run timeout in seconds (default 180)
#   PAPER_DIGEST_TEST_GREP     only run tests whose title matches
# Logs of the last run (code-server, browser console, workbench) go to .tmp/vscode-host-logs/.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
LOGS="$REPO/.tmp/vscode-host-logs"

[ -f "$REPO/dist/client.js" ] || { echo "test-vscode-host: $REPO/dist/client.js missing; run 'npm run build' first" >&2; exit 1; }

# 1. Tools (cached; ~1 s when already installed). Last stdout line = tools dir.
PAPER_DIGEST_TOOLS="$(bash "$REPO/scripts/code-server-setup.sh" </dev/null | tail -n 1)"
export PAPER_DIGEST_TOOLS

# 2. Bundle the suite to out/test/vscode/.
node "$REPO/scripts/build-vscode-tests.mjs"

# 3. Throwaway workspace: a copy of the test blog (tests edit its posts).
WS="$(mktemp -d "${TMPDIR:-/tmp}/paper-digest-ws.XXXXXX")"
trap 'rm -rf "$WS"' EXIT
cp -R "$REPO/test/fixtures/blog" "$WS/blog"

# 4. Run. (No exec: the trap must remove the workspace afterwards.)
rm -rf "$LOGS"
set +e
node "$REPO/scripts/vscode-host.mjs" test \
  --extension-dev-path "$REPO" \
  --tests-path "$REPO/out/test/vscode/index.js" \
  --folder "$WS/blog" \
  --timeout "${PAPER_DIGEST_TEST_TIMEOUT:-180}" \
  --logs-dir "$LOGS" \
  "$@" </dev/null
rc=$?
set -e
exit "$rc"
