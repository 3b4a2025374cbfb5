#!/usr/bin/env bash
# The ml-actions pipeline from a plain shell: a laptop, cron, Jenkins, Buildkite (docs/ci/shell.md).
# Usage: pipeline.sh [PR_NUMBER]   with GITHUB_TOKEN set to comment on that GitHub pull request.
# The commit, branch and repository come from git in this checkout.
set -euo pipefail

if [ -n "${1:-}" ]; then
  # A pull request: train, compare with production, verify; one sticky comment on the PR.
  npx --yes ml-actions@1 pipeline --config .github/ml-actions.yml --steps train,compare,verify --pr-number "$1"
else
  # The main line: the whole pipeline; the gate promotes production and records a Deployment.
  npx --yes ml-actions@1 pipeline --config .github/ml-actions.yml
  npx --yes ml-actions@1 registry history digits-classifier production
fi
