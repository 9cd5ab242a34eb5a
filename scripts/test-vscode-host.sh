#!/usr/bin/env bash
# Run the `vscode`-API integration suite (test/vscode/*.test.ts) in a real VS Code host
# (code-server 4.96.4 + headless Chromium). The one command CI calls; exit code = test result.
#
#   scripts/test-vscode-host.sh [--web-worker] [extra scripts/vscode-host.mjs options, e.g. --setting k=<json>]
#
# By default the extension and the suite run in the Node extension host (the desktop's). With
# --web-worker they run in the web worker extension host (github.dev / vscode.dev: the extension's
# `browser` entry, its language server in a Worker); the CLI cannot run there, so its report on
# the workspace is made here first (out/test/web/cli-report.json, which the suite reads).
# Needs the extension built (`npm run build`). Environment knobs:
#   PAPER_DIGEST_TOOLS         tools cache (default ~/.cache/paper-digest-tools)
#   PAPER_DIGEST_TEST_TIMEOUT  whole-run timeout in seconds (default 180)
#   PAPER_DIGEST_TEST_GREP     only run tests whose title matches
# Logs of the last run (code-server, browser console, workbench) go to .tmp/vscode-host-logs/
# (.tmp/web-host-logs/ with --web-worker).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
WEB=0
for arg in "$@"; do [ "$arg" = --web-worker ] && WEB=1; done
if [ "$WEB" = 1 ]; then
  LOGS="$REPO/.tmp/web-host-logs" TESTS="$REPO/out/test/web/index.js" ENTRY=dist/web/client.js
else
  LOGS="$REPO/.tmp/vscode-host-logs" TESTS="$REPO/out/test/vscode/index.js" ENTRY=dist/client.js
fi

[ -f "$REPO/$ENTRY" ] || { echo "test-vscode-host: $REPO/$ENTRY missing; run 'npm run build' first" >&2; exit 1; }

# 1. Tools (cached; ~1 s when already installed). Last stdout line = tools dir.
PAPER_DIGEST_TOOLS="$(bash "$REPO/scripts/code-server-setup.sh" </dev/null | tail -n 1)"
export PAPER_DIGEST_TOOLS

# 2. Bundle the suite to out/test/vscode/ (out/test/web/).
if [ "$WEB" = 1 ]; then node "$REPO/scripts/build-vscode-tests.mjs" --web; else node "$REPO/scripts/build-vscode-tests.mjs"; fi

# 3. Throwaway workspace: a copy of the test blog (tests edit its posts).
WS="$(mktemp -d "${TMPDIR:-/tmp}/paper-digest-ws.XXXXXX")"
trap 'rm -rf "$WS"' EXIT
cp -R "$REPO/test/fixtures/blog" "$WS/blog"

# 4. The CLI's report on the workspace, for the web worker host (exit 1 only says it found an error).
if [ "$WEB" = 1 ]; then
  (cd "$WS/blog" && node "$REPO/dist/cli.js" check --lang en --format json . >"$REPO/out/test/web/cli-report.json") || [ $? = 1 ]
fi

# 5. Run. (No exec: the trap must remove the workspace afterwards.)
rm -rf "$LOGS"
set +e
node "$REPO/scripts/vscode-host.mjs" test \
  --extension-dev-path "$REPO" \
  --tests-path "$TESTS" \
  --folder "$WS/blog" \
  --timeout "${PAPER_DIGEST_TEST_TIMEOUT:-180}" \
  --logs-dir "$LOGS" \
  "$@" </dev/null
rc=$?
set -e
exit "$rc"
