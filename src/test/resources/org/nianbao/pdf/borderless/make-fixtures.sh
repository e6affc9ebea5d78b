#!/usr/bin/env bash
# Makes the borderless PDF fixtures of PdfBorderlessTest (run from anywhere; LibreOffice 7.4 of the system):
#   1. our writer fills reports (BorderlessFixtures: small, medium, large figures) → *.odt here;
#   2. LibreOffice opens each, removes the tables' borders (strip_borders.py, python3-uno: "none" = no border at
#      all; "rules" = horizontal rules only; "shifted" = no border, two figures moved off their slots) and exports
#      the PDF → *-none.pdf, medium-rules.pdf, medium-shifted.pdf here.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../../../.." && pwd)
cd "$ROOT"
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/fixtures-cp.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/fixtures-cp.txt)" org.nianbao.pdf.BorderlessFixtures "$HERE"
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
PROFILE=$(mktemp -d)
/usr/bin/soffice -env:UserInstallation="file://$PROFILE" --headless --invisible --norestore \
    --accept="socket,host=127.0.0.1,port=$PORT;urp;" &
OFFICE=$!
trap 'kill $OFFICE 2>/dev/null || true; rm -rf "$PROFILE"' EXIT
for i in $(seq 1 60); do
    if python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 1)" 2>/dev/null; then break; fi
    sleep 1
done
/usr/bin/python3 "$HERE/strip_borders.py" "$PORT" none "$HERE"/*.odt "$HERE"
/usr/bin/python3 "$HERE/strip_borders.py" "$PORT" rules "$HERE/medium.odt" "$HERE"
/usr/bin/python3 "$HERE/strip_borders.py" "$PORT" shifted "$HERE/medium.odt" "$HERE"
ls -l "$HERE"
