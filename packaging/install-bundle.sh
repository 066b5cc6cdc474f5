#!/usr/bin/env bash
# Installs a PyInstaller bundle (dist/agentdesk) for one user, or system-wide with a PREFIX:
#   bash packaging/install-bundle.sh [BUNDLE] [PREFIX]     (defaults: dist/agentdesk, ~/.local)
# The program goes to PREFIX/lib/agentdesk, the command to PREFIX/bin/agentdesk, and the
# desktop entry, AppStream metainfo and icons the bundle carries to PREFIX/share.
set -euo pipefail
bundle=$(cd "${1:-dist/agentdesk}" && pwd)
prefix=${2:-$HOME/.local}
[ -x "$bundle/agentdesk" ] || { echo "install-bundle: no bundle in $bundle" >&2; exit 2; }
rm -rf "$prefix/lib/agentdesk"
mkdir -p "$prefix/lib" "$prefix/bin"
cp -a "$bundle" "$prefix/lib/agentdesk"
ln -sfn "$prefix/lib/agentdesk/agentdesk" "$prefix/bin/agentdesk"
(cd "$bundle/_internal/share" && find . -type f) | while read -r f; do
  install -Dm644 "$bundle/_internal/share/$f" "$prefix/share/$f"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$prefix/share/icons/hicolor" || true
echo "AgentDesk is installed: $prefix/bin/agentdesk" >&2
