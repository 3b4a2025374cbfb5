#!/usr/bin/env bash
# apt-get install of the Debian packages named after the first argument (what they are for, said in
# the error when this machine cannot install them: not root, or no apt-get).
set -euo pipefail
purpose=$1
shift
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "$purpose needs Debian's $* (run as root with apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
