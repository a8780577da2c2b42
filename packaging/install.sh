#!/bin/sh
# Install the HashInsight Desktop bundle this script sits in, for one user (default) or everyone:
#   ./install.sh                     # into ~/.local: ~/.local/lib/hashinsight-desktop, ~/.local/bin, the menu entry
#   sudo ./install.sh --prefix /usr/local      # for every user of this computer
#   ./install.sh --uninstall [--prefix P]      # removes what an install put there (the user's data stays)
# The program's folder is copied whole; the menu entry (.desktop) and icon go where desktops look for them.
set -eu
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
here="$(cd "$(dirname "$0")" && pwd)"
app="${prefix}/lib/hashinsight-desktop"
bin="${prefix}/bin/hashinsight-desktop"
desktop="${prefix}/share/applications/hashinsight-desktop.desktop"
icon="${prefix}/share/icons/hicolor/scalable/apps/hashinsight-desktop.svg"

if [ "$action" = uninstall ]; then
    rm -rf "$app"
    rm -f "$bin" "$desktop" "$icon"
    echo "removed HashInsight Desktop from ${prefix}"
    exit 0
fi
[ -x "${here}/hashinsight-desktop" ] || { echo "install.sh: run it from the unpacked bundle folder" >&2; exit 1; }
mkdir -p "${prefix}/lib" "${prefix}/bin" "$(dirname "$desktop")" "$(dirname "$icon")"
rm -rf "$app.new"
cp -a "$here" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "${app}/hashinsight-desktop" "$bin"
cp "${here}/share/hashinsight-desktop.svg" "$icon"
sed -e "s|^Exec=.*|Exec=${app}/hashinsight-desktop|" -e "s|^Icon=.*|Icon=${icon}|" \
    "${here}/share/hashinsight-desktop.desktop" > "$desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$desktop")" || true
echo "installed HashInsight Desktop in ${app}; menu entry ${desktop}; command ${bin}"
case ":${PATH}:" in *":${prefix}/bin:"*) ;; *) echo "note: ${prefix}/bin is not on your PATH" ;; esac
