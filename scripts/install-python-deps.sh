#!/usr/bin/env bash
# Debian's numpy, scikit-learn, torch and onnx: the example project trains and exports with them, and
# the end-to-end tests use them for real models. They import only under Debian's /usr/bin/python3.
set -euo pipefail
if /usr/bin/python3 -c 'import numpy, sklearn, torch, onnx' 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "needs Debian's python3-numpy python3-sklearn python3-torch python3-onnx (run as root with apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  python3-numpy python3-sklearn python3-torch python3-onnx >/dev/null
/usr/bin/python3 -c 'import numpy, sklearn, torch, onnx'
