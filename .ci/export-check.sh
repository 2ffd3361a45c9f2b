#!/usr/bin/env bash
# Exports as a user opens them: a seed report against an edited copy of it
# (a title year, a number, a sentence removed, one added, a word changed),
# exported with the real binary as HTML, docx (tracked changes), docx-table
# and Markdown; the HTML printed to PDF and screenshotted by headless
# Chromium with the network off, the docx files converted by headless
# LibreOffice. Asserts: A4 pages, the marks' words in the PDF text, no
# request leaving the HTML, an existing file refused without --force, an
# input never written; the figures as CSV (BOM, CRLF) and as an .xlsx that
# LibreOffice Calc reads to the same rows. Installs chromium, LibreOffice
# Writer and Calc, poppler-utils and a CJK font when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
# Calc opens the .xlsx (the Writer package alone cannot).
dpkg-query -W -f='${Status}' libreoffice-calc-nogui 2>/dev/null | grep -q installed ||
  dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null | grep -q installed || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ "$(fc-list 2>/dev/null | grep -ci 'CJK')" -gt 0 ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin="$work/baogao"
CGO_ENABLED=0 go build -o "$bin" ./cmd/baogao

fail() { echo "export-check: $*" >&2; exit 1; }

cd "$work"
cp "$OLDPWD/seeds/jinan-lixia-2024.txt" a.txt
sed -e '1s/2024/2025/' -e 's/43家/50家/' -e '0,/全面实施/s//全方位实施/' \
    -e 's/充分发挥“关键少数”头雁效应，引领带动“绝大多数”，推动法治建设起到“关键作用”。//' \
    -e '6s/$/同时建立述法考核结果通报机制。/' a.txt > b.txt
sum_before=$(sha256sum a.txt b.txt)

for f in html docx docx-table md; do
  out=out-$f.${f%-table}; [ "$f" = docx-table ] && out=out-table.docx
  "$bin" diff a.txt b.txt --export "$f" -o "$out" 2>/dev/null || fail "diff --export $f failed"
done
"$bin" show a.txt 2 --export html -o show.html 2>/dev/null || fail "show --export html failed"

# Refusals: an existing file, an input (even with --force), an unwritable path.
if "$bin" diff a.txt b.txt --export html -o out-html.html 2>err.txt; then fail "an existing file was overwritten"; fi
grep -q -- '--force' err.txt || fail "no --force hint: $(cat err.txt)"
if "$bin" diff a.txt b.txt --export md -o b.txt --force 2>err.txt; then fail "an input was written"; fi
if "$bin" diff a.txt b.txt --export md -o /nonexistent/dir/x.md 2>err.txt; then fail "an unwritable path succeeded"; fi
grep -q 'cannot write' err.txt || fail "unclear error: $(cat err.txt)"
[ "$sum_before" = "$(sha256sum a.txt b.txt)" ] || fail "an input changed"

# HTML: Chromium prints it to A4 pages and shoots it at A4 size, with
# every network request refused (a file that fetched anything would log it).
chrome=(chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions
  --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server="http://0.0.0.0:1" --enable-logging=stderr --v=1)
timeout 90 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf=html.pdf out-html.html 2>chrome.log >/dev/null || fail "chromium print failed"
timeout 90 "${chrome[@]}" --screenshot=html.png --window-size=794,1123 out-html.html 2>>chrome.log >/dev/null || fail "chromium screenshot failed"
# Every URL request is logged at --v=1; Chromium's own (Google's update,
# time, account and dictionary services) are not the page's.
requests() { grep -o 'NotifyBeforeURLRequest: [^ ]*' "$1" | sed 's/.*: //' |
  grep -Ev '^(file|data|chrome|about):|^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)/' || true; }
[ -z "$(requests chrome.log)" ] || fail "the HTML made requests: $(requests chrome.log)"
# The check itself: a page with an image on the web is caught.
echo '<img src="http://example.com/x.png">' > fetches.html
timeout 90 "${chrome[@]}" --screenshot=fetches.png fetches.html 2>fetches.log >/dev/null || true
[ -n "$(requests fetches.log)" ] || fail "the request check sees no request from a page that makes one"
pdfinfo html.pdf | grep -q 'Page size:.*(A4)' || fail "HTML pages are not A4: $(pdfinfo html.pdf | grep 'Page size')"
# pdftotext breaks lines where the page does: join them to find phrases.
text() { pdftotext "$1" - | tr -d ' \n\f' > "$2"; }
text html.pdf html.txt
for w in 对照表 概况 图例 目录 2025 50 同时建立述法考核结果通报机制 方位 '句未变'; do
  grep -q "$w" html.txt || fail "the HTML's PDF lacks \"$w\""
done
[ -s html.png ] || fail "no screenshot"

# docx: LibreOffice converts both without error, to A4 pages with the words.
timeout 120 soffice --headless --norestore -env:UserInstallation=file://"$work"/lo \
  --convert-to pdf out-docx.docx out-table.docx >lo.log 2>&1 || fail "LibreOffice failed: $(cat lo.log)"
for f in out-docx out-table; do
  [ -s "$f.pdf" ] || fail "LibreOffice made no $f.pdf: $(cat lo.log)"
  pdfinfo "$f.pdf" | grep -q 'Page size:.*(A4)' || fail "$f pages are not A4"
  text "$f.pdf" "$f.txt"
  for w in 历下区 2025 同时建立述法考核结果通报机制; do
    grep -q "$w" "$f.txt" || fail "$f.pdf lacks \"$w\""
  done
done
grep -q '句未变' out-table.txt || fail "the docx table shows no collapsed run"
# The figures: CSV with a BOM and CRLF; the workbook as LibreOffice reads it.
"$bin" diff a.txt b.txt --export csv -o figures.csv 2>/dev/null || fail "diff --export csv failed"
"$bin" diff a.txt b.txt --export xlsx -o figures.xlsx 2>/dev/null || fail "diff --export xlsx failed"
head -c 3 figures.csv | od -An -tx1 | grep -q 'ef bb bf' || fail "the CSV has no BOM"
grep -q $'\r$' figures.csv || fail "the CSV lines do not end in CRLF"
timeout 120 soffice --headless --norestore -env:UserInstallation=file://"$work"/lo \
  --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir xlsx figures.xlsx >lo.log 2>&1 || fail "LibreOffice failed on the xlsx: $(cat lo.log)"
grep -q '行政机关负责人出庭应诉率' xlsx/figures.csv || fail "the xlsx lacks the figures: $(head -3 xlsx/figures.csv)"
[ "$(wc -l < xlsx/figures.csv)" -eq "$(wc -l < figures.csv)" ] || fail "the xlsx and the CSV have different row counts"
grep -q '~~' out-md.md && grep -q '\*\*' out-md.md || fail "the Markdown has no marks"

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
echo "export-check: html $(pages html.pdf) pages, docx $(pages out-docx.pdf), docx-table $(pages out-table.pdf); all A4, marks present, no request, refusals clear"
