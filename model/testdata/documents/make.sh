#!/bin/sh
# The web pages here are seeds wrapped in model/format/html's portal
# templates (testdata/templates), one template per seed, gzipped:
#   go test ./model/format/html -run Fixture -pages /tmp/pages
# then, from this folder, for seed:template in the list below,
#   gzip -9n < /tmp/pages/TEMPLATE-SEED.html > SEED.TEMPLATE.html.gz
# The Word, WPS and PDF fixtures are the readers' own (made with LibreOffice
# from the seeds; see model/format/{docx,doc,pdf}/testdata), read from there.
set -e
pages=${1:-/tmp/pages}
for pair in jinan-changqing-2023:govcn jinan-lixia-2020:sfj jinan-lixia-2024:oldgbk \
	jining-jingkai-2024:savedas zibo-zhoucun-2023:district; do
	s=${pair%%:*} t=${pair##*:}
	gzip -9n < "$pages/$t-$s.html" > "$s.$t.html.gz"
done
