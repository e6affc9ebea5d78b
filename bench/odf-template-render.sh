#!/bin/sh
# Renders the blank template, the template filled with 7-digit numbers and the sample-report fixture
# with LibreOffice (soffice --convert-to pdf, throw-away profile), counts the 7-digit numbers that stay
# on one line (pdftotext), and writes page images to target/odf-render/ (pdftoppm -r 60) for a look.
# Needs soffice and poppler-utils. Prints figures; exits non-zero only if a tool fails.
set -eu
cd "$(dirname "$0")/.."
OUT="target/odf-render"
rm -rf "$OUT"
mkdir -p "$OUT"
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.nianbao.odf.TemplateRenderMain "$OUT"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
(cd "$OUT" && timeout 300 soffice "-env:UserInstallation=file://$PROFILE" --headless --convert-to pdf \
  template.odt filled-7-digits.odt sample-report.odt >/dev/null 2>&1)
for f in template filled-7-digits sample-report; do
  echo "$f.pdf: $(pdfinfo "$OUT/$f.pdf" | awk '/^Pages/ {print $2}') pages"
  pdftoppm -png -r 60 "$OUT/$f.pdf" "$OUT/$f"
done
whole=$(pdftotext "$OUT/filled-7-digits.pdf" - | grep -o '[0-9]\+' | grep -c '^1234567$' || true)
echo "7-digit numbers rendered unbroken: $whole of 200 value cells"
ls "$OUT"/*.png
