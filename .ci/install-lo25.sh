#!/usr/bin/env bash
# Unpacks LibreOffice 25.2 from Debian bookworm-backports into ROOT (default /opt/lo25) beside the system's
# LibreOffice 7.4, without installing it: the machine's own office and dpkg database stay untouched.
#   bash .ci/install-lo25.sh [ROOT]      then: ROOT/usr/lib/libreoffice/program/soffice (run it with .ci/lo25-env)
# Steps (see README, "Two LibreOffice versions"): a private apt lists dir with bookworm + bookworm-backports,
# `apt-get download` of every package of the Writer + Java closure whose candidate is a ~bpo12 version (plus
# libzxcvbn0, which 25.2 needs and bookworm has), `dpkg -x` into ROOT, absolute symlinks rewritten into ROOT,
# main.xcd copied where the unpacked office looks for it, BRAND_BASE_DIR in fundamentalrc pointed at ROOT.
set -euo pipefail
ROOT=$(realpath -m "${1:-${LO25_ROOT:-/opt/lo25}}")
PROGRAM="$ROOT/usr/lib/libreoffice/program"
if [ -x "$PROGRAM/soffice" ] && "$(dirname "$0")/lo25-env" "$ROOT" "$PROGRAM/soffice" --version 2>/dev/null | grep -q '^LibreOffice 25\.2'; then
  echo "LibreOffice 25.2 already unpacked in $ROOT"
  exit 0
fi

WORK=$(mktemp -d /tmp/lo25-apt.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lists/partial" "$WORK/debs"
cat > "$WORK/sources.list" <<'EOF'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-backports main
EOF
APT_OPTS=(-o "Dir::Etc::sourcelist=$WORK/sources.list" -o Dir::Etc::sourceparts=/dev/null
          -o "Dir::State::Lists=$WORK/lists" -o Debug::NoLocking=1)
apt-get "${APT_OPTS[@]}" update -qq

# The closure of what the tests need, resolved with backports preferred; of it, the LibreOffice packages
# (source libreoffice: libreoffice-*, ure*, uno-libs-private, libuno-*, …, fonts-opensymbol) in their ~bpo12
# version. Every other library comes from the machine's bookworm (7.4 needs the same ones), except libzxcvbn0,
# new in 25.2, which bookworm has.
apt-cache "${APT_OPTS[@]}" -o APT::Default-Release=bookworm-backports depends --recurse --no-recommends \
    --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances \
    libreoffice-writer libreoffice-java-common ure-java libreoffice-uiconfig-writer libreoffice-l10n-zh-cn \
  | grep -v '^ ' | grep -v '^<' | sort -u > "$WORK/closure"
apt-cache "${APT_OPTS[@]}" madison $(cat "$WORK/closure") \
  | awk -F'|' '$2 ~ /~bpo12/ {gsub(/ /, "", $1); gsub(/ /, "", $2); if (!seen[$1]++) print $1 "=" $2}' \
  | grep -E '^(libreoffice|ure|uno-libs-private|libuno-|libunoloader-java|liblibreoffice-java|fonts-opensymbol)' > "$WORK/wanted.ok"
echo "libzxcvbn0" >> "$WORK/wanted.ok"
echo "downloading $(wc -l < "$WORK/wanted.ok") packages"
(cd "$WORK/debs" && xargs -a "$WORK/wanted.ok" apt-get "${APT_OPTS[@]}" download -qq)

rm -rf "$ROOT"
mkdir -p "$ROOT"
for deb in "$WORK"/debs/*.deb; do dpkg -x "$deb" "$ROOT"; done

# Absolute symlinks point at /usr/… of a real installation: make them point inside ROOT.
find "$ROOT" -type l | while read -r link; do
  target=$(readlink "$link")
  case "$target" in
    /*) ln -sfn "$ROOT$target" "$link" ;;
  esac
done
mkdir -p "$ROOT/etc/libreoffice/registry"
cp "$ROOT/usr/lib/libreoffice/share/.registry/main.xcd" "$ROOT/etc/libreoffice/registry/main.xcd"
sed -i "s#file:///usr/lib/libreoffice#file://$ROOT/usr/lib/libreoffice#g" "$PROGRAM/fundamentalrc"

"$(dirname "$0")/lo25-env" "$ROOT" "$PROGRAM/soffice" --version
