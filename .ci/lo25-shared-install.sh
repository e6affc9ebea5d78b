#!/usr/bin/env bash
# `unopkg add --shared` of the built .oxt into the LibreOffice 25.2 unpacked by .ci/install-lo25.sh (a private
# installation: the machine's own office is untouched), SharedInstallIT on a fresh user profile of it, then
# `unopkg remove --shared` again, also when the test fails.
#   bash .ci/lo25-shared-install.sh [ROOT] [OXT]        (defaults /opt/lo25, target/nianbao.oxt; mvn package first)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(realpath -m "${1:-${LO25_ROOT:-/opt/lo25}}")
OXT=$(realpath "${2:-target/nianbao.oxt}")
UNOPKG="$ROOT/usr/lib/libreoffice/program/unopkg"
PROFILE=$(mktemp -d /tmp/unopkg-profile.XXXXXX)
unopkg() { .ci/lo25-env "$ROOT" "$UNOPKG" "$@" "-env:UserInstallation=file://$PROFILE"; }
cleanup() {
  unopkg remove --shared org.nianbao.writer >/dev/null 2>&1 || true
  rm -rf "$PROFILE"
}
trap cleanup EXIT

unopkg add --shared --suppress-license "$OXT"
unopkg list --shared | grep -E 'Identifier: org\.nianbao\.writer'
mvn -B -Plo25 -Dlo25.root="$ROOT" failsafe:integration-test failsafe:verify \
  -Dit.test=SharedInstallIT -Dnianbao.unopkgSharedInstall=true
