#!/usr/bin/env bash
# Register Claimline with the desktop (menu entry, icon, .claimline file type).
#
#   bash packaging/install-desktop.sh [PREFIX] [EXEC]
#
# PREFIX: where to install (default ~/.local; /usr/local for all users, as root).
# EXEC:   the program the menu entry starts (default: claimline on PATH; for the
#         bundle, e.g. "$PWD/dist/claimline/claimline").
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX=${1:-$HOME/.local}
EXEC=${2:-claimline}
APP_ID=org.claimline.Claimline
share="$PREFIX/share"

install -d "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
sed -e "s|^Exec=claimline |Exec=\"$EXEC\" |" -e "s|^TryExec=claimline$|TryExec=$EXEC|" \
  "packaging/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
install -m 644 "packaging/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -m 644 packaging/claimline-mime.xml "$share/mime/packages/$APP_ID.xml"
install -m 644 resources/icons/claimline.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/claimline-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "install-desktop: Claimline registered in $share (Exec=$EXEC)"
