#!/usr/bin/env bash
# Every code point, after model.Sanitize, is as wide to libc wcwidth as to
# the reader.
#
# The reader measures with ui/text's Measure, which equals Bubble Tea's
# renderer by construction (TestSanitizedWidthsAgree); tmux and most Linux
# terminals draw with libc wcwidth. This runs that Go test with
# BAOGAO_WIDTH_DUMP, which writes every sanitized string (each code point
# alone, after a letter, after an ideograph, doubled, and beside Hangul it
# could compose with) with our width in narrow mode, and checks each
# against the sum of libc wcwidth under C.UTF-8 and zh_CN.UTF-8 (built with
# localedef into a temporary directory when the system lacks it). A string
# libc calls unprintable, or measures differently, fails.
#
# Usage: .ci/width-sweep.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v python3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq python3 >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

BAOGAO_WIDTH_DUMP="$work/widths.txt" go test -count=1 -run '^TestSanitizedWidthsAgree$' ./ui/text >/dev/null
[ -s "$work/widths.txt" ] || { echo "FAIL width sweep: the test wrote no dump"; exit 1; }

locales=(C.UTF-8)
if python3 -c 'import locale; locale.setlocale(locale.LC_ALL, "zh_CN.UTF-8")' 2>/dev/null; then
  locales+=(zh_CN.UTF-8)
elif command -v localedef >/dev/null && [ -e /usr/share/i18n/locales/zh_CN ] &&
  localedef -i zh_CN -f UTF-8 "$work/zh_CN.UTF-8" 2>/dev/null; then
  export LOCPATH="$work"
  locales+=(zh_CN.UTF-8)
else
  echo "width sweep: no zh_CN.UTF-8 locale here, C.UTF-8 only"
fi

cat >"$work/check.py" <<'PY'
import ctypes, locale, sys
dump, loc = sys.argv[1], sys.argv[2]
locale.setlocale(locale.LC_ALL, loc)
libc = ctypes.CDLL(None)
libc.wcwidth.argtypes = [ctypes.c_wchar]
cache = {}
def wc(cp):
    w = cache.get(cp)
    if w is None:
        w = cache[cp] = libc.wcwidth(chr(cp))
    return w
n, bad = 0, []
for line in open(dump):
    runes, ours = line.split()
    cps = [int(h, 16) for h in runes.split(",")]
    ws = [wc(c) for c in cps]
    n += 1
    if min(ws) < 0 or sum(ws) != int(ours):
        bad.append(f"{runes}: ours {ours}, libc {ws}")
print(f"{loc}: {n} sanitized strings, {len(bad)} measured differently by libc wcwidth")
if bad:
    print("\n".join(bad[:20]))
    sys.exit(1)
PY

fail=0
for loc in "${locales[@]}"; do
  python3 "$work/check.py" "$work/widths.txt" "$loc" || fail=1
done
exit $fail
