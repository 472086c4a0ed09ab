#!/usr/bin/env bash
# Installs the one-folder build (dist/csms-desktop, from scripts/build-linux) with its
# menu entry and icon.
#   sudo packaging/linux/install.sh            # for every user: /opt/csms-desktop
#   packaging/linux/install.sh --user          # for you only: ~/.local/opt/csms-desktop
#   [sudo] packaging/linux/install.sh --uninstall [--user]
#   packaging/linux/install.sh --autostart     # also start it when you log in (per user)
# Data (database, logs, settings, PDFs) is never in the install folder: it lives in
# ~/.local/share/csms-desktop of each user and is kept by --uninstall and by upgrades
# (migrations run at start). Re-running this script upgrades in place.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src="$root/dist/csms-desktop"
mode=system; action=install; autostart=no
for arg in "$@"; do
  case "$arg" in
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    --autostart) autostart=yes ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ "$mode" = system ]; then
  prefix=/opt/csms-desktop
  apps=/usr/share/applications
  icons=/usr/share/icons/hicolor
  bin=/usr/local/bin
  [ "$(id -u)" = 0 ] || { echo "install.sh: run with sudo, or use --user" >&2; exit 1; }
else
  prefix="$HOME/.local/opt/csms-desktop"
  apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
  icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
  bin="$HOME/.local/bin"
fi
autostart_dir="${XDG_CONFIG_HOME:-$HOME/.config}/autostart"

if [ "$action" = uninstall ]; then
  rm -rf "$prefix"
  rm -f "$apps/csms-desktop.desktop" "$icons/256x256/apps/csms-desktop.png" \
        "$icons/scalable/apps/csms-desktop.svg" "$bin/csms-desktop" \
        "$autostart_dir/csms-desktop.desktop"
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
  echo "install.sh: removed $prefix (your data in ~/.local/share/csms-desktop is kept)"
  exit 0
fi

[ -x "$src/csms-desktop" ] || { echo "install.sh: build first (scripts/build-linux)" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")" "$apps" "$icons/256x256/apps" "$icons/scalable/apps" "$bin"
# Replace the whole folder: an upgrade must not leave files of the previous version.
tmp="$prefix.new.$$"
rm -rf "$tmp"
cp -a "$src" "$tmp"
rm -rf "$prefix"
mv "$tmp" "$prefix"
install -m 644 "$root/resources/icons/csms-desktop.png" "$icons/256x256/apps/csms-desktop.png"
install -m 644 "$root/resources/icons/csms-desktop.svg" "$icons/scalable/apps/csms-desktop.svg"
sed "s|/opt/csms-desktop|$prefix|g" "$here/csms-desktop.desktop" > "$apps/csms-desktop.desktop"
chmod 644 "$apps/csms-desktop.desktop"
ln -sf "$prefix/csms-desktop" "$bin/csms-desktop"
if [ "$autostart" = yes ]; then
  mkdir -p "$autostart_dir"
  cp "$apps/csms-desktop.desktop" "$autostart_dir/csms-desktop.desktop"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
echo "install.sh: installed $("$prefix/csms-desktop" --version) in $prefix"
echo "install.sh: OCPP chargers connect to ws://<this PC>:9000/ — open TCP 9000 in the firewall"
echo "            if one is active (ufw: sudo ufw allow 9000/tcp)."
