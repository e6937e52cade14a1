#!/usr/bin/env bash
# Installs what the tests need, checks formatting, builds, runs every test project and prints
# the totals over all of them as one line: "N passed, N failed, N skipped".
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

source "$repo/scripts/install-test-deps.sh"

dotnet restore Truce.slnx -v quiet
dotnet format Truce.slnx --verify-no-changes --no-restore -v quiet || {
  echo "test.sh: 'dotnet format' found changes to make; run 'dotnet format Truce.slnx' and commit." >&2
  echo "0 passed, 1 failed"
  exit 1
}
dotnet build Truce.slnx -c Release --no-restore -v quiet -nologo -clp:ErrorsOnly

results="$repo/TestResults"
rm -rf "$results"
status=0
dotnet test Truce.slnx -c Release --no-build --logger "trx" --results-directory "$results" || status=$?

passed=0 failed=0 total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
done
skipped=$((total - passed - failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project failed to run: never report that as green
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
