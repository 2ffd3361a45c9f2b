#!/bin/sh
# Regenerates the .doc fixtures with LibreOffice (CI reads the committed
# .doc.gz files and needs neither LibreOffice nor this script).
#   seeds/NAME.doc.gz   each seed report (../../../../seeds/NAME.txt), one
#                       paragraph per line, converted as UTF-8 text
#   features.doc.gz     features.py's report: numbering, table, fields, breaks,
#                       footnote, comment, header, text box
#   features-wps.doc.gz the same with the custom property WPS Office writes
#                       (KSOProductBuildVer), as a Kingsoft .wps carries
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seeds=$here/../../../../seeds
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$seeds"/*.txt "$tmp"/
python3 "$here/features.py" "$tmp/features.docx"
python3 "$here/features.py" "$tmp/features-wps.docx" kingsoft
cd "$tmp"
soffice --headless --infilter="Text (encoded):UTF8,,," --convert-to doc:"MS Word 97" ./*.txt >/dev/null
soffice --headless --convert-to doc:"MS Word 97" features.docx features-wps.docx >/dev/null
mkdir -p "$here/seeds"
for f in *.doc; do
	case $f in
	features*) gzip -9n -c "$f" >"$here/$f.gz" ;;
	*) gzip -9n -c "$f" >"$here/seeds/$f.gz" ;;
	esac
done
