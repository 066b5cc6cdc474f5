#!/usr/bin/env bash
# Refresh the translation sources from the code: every tr()/translate() string of agentdesk/ui
# lands in resources/translations/agentdesk_<lang>.ts (existing translations are kept).
# English needs only its plural forms ("%n ticket(s)" -> "1 ticket", "2 tickets").
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
files="$(find agentdesk/ui -name "*.py" | sort) agentdesk/settings.py"
for lang in da ar id vi; do
  "$bin/pyside6-lupdate" -locations relative -no-obsolete $files \
    -ts "resources/translations/agentdesk_${lang}.ts"
done
"$bin/pyside6-lupdate" -locations none -no-obsolete -pluralonly -source-language en \
  -target-language en $files -ts resources/translations/agentdesk_en.ts
"$bin/python" tools/en_plurals.py resources/translations/agentdesk_en.ts
