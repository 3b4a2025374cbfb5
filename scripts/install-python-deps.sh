#!/usr/bin/env bash
# Debian's numpy, scikit-learn, torch and onnx: the example project trains and exports with them, and
# the end-to-end tests use them for real models. They import only under Debian's /usr/bin/python3.
set -euo pipefail
if /usr/bin/python3 -c 'import numpy, sklearn, torch, onnx' 2>/dev/null; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" 'the example project' \
  python3-numpy python3-sklearn python3-torch python3-onnx
/usr/bin/python3 -c 'import numpy, sklearn, torch, onnx'
