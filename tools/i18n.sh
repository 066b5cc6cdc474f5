#!/usr/bin/env bash
# Refresh the translation sources from the code: every tr()/translate() string of agentdesk/ui
# lands in resources/translations/agentdesk_<lang>.ts (existing translations are kept).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
for lang in da ar id vi; do
  "$bin/pyside6-lupdate" -locations relative -no-obsolete $(find agentdesk/ui -name '*.py' | sort) \
    -ts "resources/translations/agentdesk_${lang}.ts"
done
