#!/usr/bin/env bash
# End-to-end check of the full-screen reader in a real terminal (tmux).
#
# Starts the real binary in tmux at 80x24 and 160x48, and once at 80x24 with
# LANG=zh_CN.UTF-8 and --ambiguous=auto (the probe asks tmux where “ lands),
# types keys (open a report, move through the outline, page down, help;
# then compare mode: d, pick a report, n ] x p u, and `baogao diff A B`;
# then search: / 法治 Enter n N N Esc, and F 依法行政 Enter j j Enter; then
# load problems: ! , r G Enter, and the help scrolled with j G; then the
# hostile-widths report, every page, its outline and a search in it),
# captures the screen after each step and fails when a captured line is not
# exactly the terminal width by libc wcwidth, the screen is not exactly the
# terminal height, or a pane border is not in one column from top to bottom.
#
# Usage: .ci/e2e-tmux.sh            (builds ./cmd/baogao)
#        BAOGAO_BIN=path .ci/e2e-tmux.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need tmux tmux
need python3 python3

work=$(mktemp -d)
sock="baogao-e2e-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

bin=${BAOGAO_BIN:-}
if [ -z "$bin" ]; then
  bin="$work/baogao"
  CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/baogao
fi

# check.py FILE WIDTH HEIGHT: widths by libc wcwidth, borders in one column.
cat >"$work/check.py" <<'PY'
import ctypes, locale, sys
locale.setlocale(locale.LC_ALL, "C.UTF-8")
libc = ctypes.CDLL(None)
libc.wcwidth.argtypes = [ctypes.c_wchar]
path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = open(path, encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
errors = []
if len(lines) != height:
    errors.append(f"{len(lines)} lines, want {height}")
def cells(line):
    """The glyph starting at each cell column, as the terminal lays them out."""
    out = []
    for ch in line:
        w = libc.wcwidth(ch)
        if w < 0:
            errors.append(f"unprintable {ch!r}")
            w = 1
        if w == 0 and out:
            continue
        out.append(ch)
        out.extend([""] * (w - 1))
    return out
grid = [cells(l) for l in lines]
for y, row in enumerate(grid):
    # tmux keeps no trailing cells that the renderer cleared rather than
    # wrote, so a short line is blank to the edge; a long one is an error.
    # Pane lines end in a border, which must then sit in the last column.
    if len(row) > width or (len(row) < width and y < len(grid) - 2):
        errors.append(f"line {y + 1} is {len(row)} cells, want {width}: {lines[y]!r}")
# Pane borders: every corner of the top row starts a vertical edge that must
# run, one column, down to a bottom corner (stacked panes share the column).
VERT, TOP, BOTTOM = set("│|"), set("╭╮+"), set("╰╯+")
panes = [row for row in grid[:-2]]  # the last two lines are status and help
if panes:
    edges = [x for x, ch in enumerate(panes[0]) if ch in TOP]
    if not edges or edges[0] != 0 or edges[-1] != width - 1:
        errors.append(f"pane corners at columns {edges}, want the first at 0 and the last at {width - 1}")
    for x in edges:
        for y, row in enumerate(panes[1:-1], start=2):
            ch = row[x] if x < len(row) else ""
            if ch not in VERT | TOP | BOTTOM and ch != "─" and ch != "-":
                errors.append(f"border column {x} broken on line {y}: {ch!r} in {lines[y - 1]!r}")
                break
        if x >= len(panes[-1]) or panes[-1][x] not in BOTTOM:
            errors.append(f"border column {x} has no bottom corner")
if errors:
    print("\n".join(errors[:20]))
    print("--- screen ---")
    print("\n".join(lines))
    sys.exit(1)
PY

fail=0
# run NAME WIDTH HEIGHT ENV... -- ARGS...: one session through the key script.
run() {
  local name=$1 w=$2 h=$3; shift 3
  local envs=() args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  local rc="$work/$name.rc"
  tmux -L "$sock" new-session -d -s "$name" -x "$w" -y "$h" \
    "env ${envs[*]:-} '$bin' ${args[*]:-}; echo \$? > '$rc'; sleep 60"
  local overlay_o=o overlay_r=r
  if [ "$w" -ge 100 ]; then overlay_o=2; overlay_r=1; fi
  step "$name" start   "$w" "$h" ""                         "3 正文"
  step "$name" report  "$w" "$h" "$overlay_r j Enter"       "正文 · 历下区 2020"
  step "$name" outline "$w" "$h" "$overlay_o j j j"         "2 目录"
  step "$name" section "$w" "$h" "Enter ]"                  " > "
  step "$name" page    "$w" "$h" "Space PageDown"           "%"
  step "$name" help    "$w" "$h" "?"                        "关闭帮助"
  step "$name" close   "$w" "$h" "Escape"                   "3 正文"
  step "$name" end     "$w" "$h" "3 G"                      "100%"
  tmux -L "$sock" send-keys -t "$name" q
  for _ in $(seq 100); do [ -s "$rc" ] && break; sleep 0.05; done
  if [ "$(cat "$rc" 2>/dev/null)" != "0" ]; then
    echo "FAIL $name: exit status $(cat "$rc" 2>/dev/null || echo none) after q"; fail=1
  fi
}

# compare NAME WIDTH HEIGHT ARGS...: compare mode through its keys, opened
# with d from the reader, or directly when ARGS are "diff A B".
compare() {
  local name=$1 w=$2 h=$3; shift 3
  local rc="$work/$name.rc"
  tmux -L "$sock" new-session -d -s "$name" -x "$w" -y "$h" \
    "'$bin' $*; echo \$? > '$rc'; sleep 60"
  if [ "${1:-}" = diff ]; then
    step "$name" open   "$w" "$h" ""        "3 对比 · A 历下区 2024 ↔ B 周村区 2023"
  else
    step "$name" start  "$w" "$h" ""        "3 正文 · 长清区 2023"
    step "$name" picker "$w" "$h" "d"       "与 长清区 2023 对比"
    step "$name" pick   "$w" "$h" "j Enter" "3 对比 · A 长清区 2023 ↔ B 历下区 2024"
  fi
  step "$name" next     "$w" "$h" "n n n"   "相似"
  step "$name" pair     "$w" "$h" "]"       "相似"
  local swapped="A 历下区 2024 ↔ B 长清区 2023"
  [ "${1:-}" = diff ] && swapped="A 周村区 2023 ↔ B 历下区 2024"
  step "$name" swap     "$w" "$h" "x"       "$swapped"
  step "$name" repair   "$w" "$h" "] p"     "手动配对 ·"
  step "$name" cancel   "$w" "$h" "Escape"  "相似"
  step "$name" layout   "$w" "$h" "u"       "相似"
  step "$name" list     "$w" "$h" "o j j"   "2 对照"
  step "$name" shown    "$w" "$h" "Enter"   "相似"
  step "$name" back     "$w" "$h" "Escape"  "3 正文"
  tmux -L "$sock" send-keys -t "$name" q
  for _ in $(seq 100); do [ -s "$rc" ] && break; sleep 0.05; done
  if [ "$(cat "$rc" 2>/dev/null)" != "0" ]; then
    echo "FAIL $name: exit status $(cat "$rc" 2>/dev/null || echo none) after q"; fail=1
  fi
}

# search NAME WIDTH HEIGHT: / in the reader (Chinese typed as tmux sends it
# with -l: UTF-8 text, not key names), Enter, n, N past the first match to
# the last, Esc; then F with a query, Enter to the list, j j, Enter.
search() {
  local name=$1 w=$2 h=$3
  local rc="$work/$name.rc"
  tmux -L "$sock" new-session -d -s "$name" -x "$w" -y "$h" \
    "'$bin'; echo \$? > '$rc'; sleep 60"
  step "$name" start   "$w" "$h" ""      "3 正文"
  tmux -L "$sock" send-keys -t "$name" /
  tmux -L "$sock" send-keys -t "$name" -l 法治
  step "$name" prompt  "$w" "$h" ""      "/法治"
  step "$name" enter   "$w" "$h" "Enter" " 1/"
  local total
  total=$(grep -oE ' 1/[0-9]+' "$work/$name-enter.txt" | head -1 | cut -d/ -f2)
  step "$name" next    "$w" "$h" "n"     " 2/$total"
  step "$name" prev    "$w" "$h" "N N"   " $total/$total"
  step "$name" clear   "$w" "$h" "Escape" "/ 搜索"
  # "/ 搜索" is on the help line with the search on too: give Esc time.
  for _ in $(seq 100); do
    grep -qF "清除" "$work/$name-clear.txt" || break
    sleep 0.05
    tmux -L "$sock" capture-pane -p -N -t "$name" >"$work/$name-clear.txt"
  done
  if grep -qF "清除" "$work/$name-clear.txt"; then
    echo "FAIL $name/clear: Esc left the search on"; fail=1
  fi
  tmux -L "$sock" send-keys -t "$name" F
  tmux -L "$sock" send-keys -t "$name" -l 依法行政
  step "$name" results "$w" "$h" ""      "搜索全部报告 · 依法行政 · "
  step "$name" list    "$w" "$h" "Enter j j" "enter 打开"
  step "$name" open    "$w" "$h" "Enter" "n/N 匹配"
  tmux -L "$sock" send-keys -t "$name" q
  for _ in $(seq 100); do [ -s "$rc" ] && break; sleep 0.05; done
  if [ "$(cat "$rc" 2>/dev/null)" != "0" ]; then
    echo "FAIL $name: exit status $(cat "$rc" 2>/dev/null || echo none) after q"; fail=1
  fi
}

# sheets NAME WIDTH HEIGHT: files that fail to load and a skipped one beside
# a report; the status hint, ! for the problems in full, the report list
# scrolled onto the problem rows (r G), Enter on one; then ? and the help
# scrolled with j and G when it is taller than the screen.
sheets() {
  local name=$1 w=$2 h=$3
  local rc="$work/$name.rc" dir="$work/mine"
  mkdir -p "$dir"
  cp seeds/jinan-lixia-2024.txt "$dir/"
  printf '\0\1\2\0binary\0' >"$dir/binary.txt"
  echo 'PK not a workbook' >"$dir/notes.xlsx" # not a report format (a .pdf is one now)
  tmux -L "$sock" new-session -d -s "$name" -x "$w" -y "$h" \
    "'$bin' '$dir' 2>/dev/null; echo \$? > '$rc'; sleep 60"
  step "$name" start    "$w" "$h" ""       "未载入 (!)"
  step "$name" problems "$w" "$h" "!"      "binary file, not text"
  step "$name" close    "$w" "$h" "Escape" "3 正文"
  step "$name" list     "$w" "$h" "r G"    "> ! "
  step "$name" enter    "$w" "$h" "Enter"  "skipped (not a report"
  step "$name" back     "$w" "$h" "Escape" "1 报告"
  step "$name" reader   "$w" "$h" "Escape" "3 正文"
  step "$name" help     "$w" "$h" "?"      "↓ 还有"
  step "$name" helpdown "$w" "$h" "j"      "↑ 1"
  step "$name" helpend  "$w" "$h" "G"      "q/ctrl+c"
  step "$name" helpoff  "$w" "$h" "Escape" "3 正文"
  tmux -L "$sock" send-keys -t "$name" q
  for _ in $(seq 100); do [ -s "$rc" ] && break; sleep 0.05; done
  if [ "$(cat "$rc" 2>/dev/null)" != "0" ]; then
    echo "FAIL $name: exit status $(cat "$rc" 2>/dev/null || echo none) after q"; fail=1
  fi
}

# hostile NAME WIDTH HEIGHT ENV... [-- ARGS...]: the reader on
# ui/testdata/hostile-widths.txt, one paragraph per class of character that
# terminals measure differently (Hangul fillers and jamo, emoji sequences,
# flags, variation selectors, marks at the start of a line, format
# characters, unassigned and new code points, private use, ambiguous…):
# every page to the end, the outline, and a search whose matches sit among
# them.
hostile() {
  local name=$1 w=$2 h=$3; shift 3
  local envs=() args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  local rc="$work/$name.rc" dir="$work/hostile"
  mkdir -p "$dir"
  cp ui/testdata/hostile-widths.txt "$dir/"
  tmux -L "$sock" new-session -d -s "$name" -x "$w" -y "$h" \
    "env ${envs[*]:-} '$bin' ${args[*]:-} '$dir'; echo \$? > '$rc'; sleep 60"
  step "$name" start "$w" "$h" "" "宽度区"
  local page=0 last="$work/$name-start.txt"
  while ! grep -qF "100%" "$last" && [ $page -lt 60 ]; do
    page=$((page + 1))
    turn "$name" "page$page" "$w" "$h" "Space" || break
    last="$work/$name-page$page.txt"
  done
  local overlay_o=o
  [ "$w" -ge 100 ] && overlay_o=2
  step "$name" outline "$w" "$h" "g $overlay_o" "目录"
  step "$name" last    "$w" "$h" "G"            ">  （二）长段"
  step "$name" back    "$w" "$h" "Escape"       "3 正文"
  tmux -L "$sock" send-keys -t "$name" /
  tmux -L "$sock" send-keys -t "$name" -l 依法行政
  step "$name" find    "$w" "$h" "Enter"        " 1/"
  step "$name" next    "$w" "$h" "n n n"        " 4/"
  tmux -L "$sock" send-keys -t "$name" q
  for _ in $(seq 100); do [ -s "$rc" ] && break; sleep 0.05; done
  if [ "$(cat "$rc" 2>/dev/null)" != "0" ]; then
    echo "FAIL $name: exit status $(cat "$rc" 2>/dev/null || echo none) after q"; fail=1
  fi
}

# turn SESSION NAME W H KEYS: send keys, wait until the screen has changed
# and is still (a page turn: there is no text to wait for), then check it.
turn() {
  local s=$1 name=$2 w=$3 h=$4 keys=$5 cap="$work/$1-$2.txt" before prev=""
  before=$(tmux -L "$sock" capture-pane -p -N -t "$s")
  tmux -L "$sock" send-keys -t "$s" $keys
  for _ in $(seq 100); do
    tmux -L "$sock" capture-pane -p -N -t "$s" >"$cap"
    if [ "$(cat "$cap")" != "$before" ] && [ "$(cat "$cap")" = "$prev" ]; then break; fi
    prev=$(cat "$cap")
    sleep 0.05
  done
  if [ "$(cat "$cap")" = "$before" ]; then
    echo "FAIL $s/$name: $keys changed nothing"; cat "$cap"; fail=1; return 1
  fi
  if python3 "$work/check.py" "$cap" "$w" "$h"; then
    echo "ok   $s/$name"
  else
    echo "FAIL $s/$name"; fail=1
  fi
}

# step SESSION NAME W H KEYS EXPECT: send keys, wait until EXPECT shows and the
# screen is still, then check the capture.
step() {
  local s=$1 name=$2 w=$3 h=$4 keys=$5 expect=$6 cap="$work/$1-$2.txt" prev=""
  [ -n "$keys" ] && tmux -L "$sock" send-keys -t "$s" $keys
  for _ in $(seq 100); do
    tmux -L "$sock" capture-pane -p -N -t "$s" >"$cap"
    if grep -qF -- "$expect" "$cap" && [ "$(cat "$cap")" = "$prev" ]; then break; fi
    prev=$(cat "$cap")
    sleep 0.05
  done
  if ! grep -qF -- "$expect" "$cap"; then
    echo "FAIL $s/$name: never showed \"$expect\""; cat "$cap"; fail=1; return
  fi
  if python3 "$work/check.py" "$cap" "$w" "$h"; then
    echo "ok   $s/$name"
  else
    echo "FAIL $s/$name"; fail=1
  fi
}

# Negative control: the checker must catch a misaligned screen. Forcing wide
# ambiguous widths on tmux (which draws them narrow) misplaces every border
# on a line with “ or …, so this capture has to fail the check.
control() {
  tmux -L "$sock" new-session -d -s control -x 80 -y 24 "'$bin' --ambiguous=wide; sleep 60"
  local cap="$work/control.txt"
  for _ in $(seq 100); do
    tmux -L "$sock" capture-pane -p -N -t control >"$cap"
    grep -qF "正文" "$cap" && break
    sleep 0.05
  done
  tmux -L "$sock" send-keys -t control j j j j j j j j j j
  sleep 0.3
  tmux -L "$sock" capture-pane -p -N -t control >"$cap"
  if python3 "$work/check.py" "$cap" 80 24 >/dev/null; then
    echo "FAIL control: a wide-mode screen on a narrow terminal passed the check"; fail=1
  else
    echo "ok   control (misalignment detected)"
  fi
}

control
run narrow 80 24
run wide 160 48
run zh 80 24 LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 -- --ambiguous=auto
run zhwide 160 48 LANG=zh_CN.UTF-8 --
search find-narrow 80 24
search find-wide 160 48
sheets sheets-narrow 80 20
sheets sheets-small 40 12
compare cmp-narrow 80 24
compare cmp-wide 160 48
compare diff-narrow 80 24 diff jinan-lixia-2024 zibo-zhoucun-2023
compare diff-wide 160 48 diff jinan-lixia-2024 zibo-zhoucun-2023
hostile hostile-narrow 80 24
hostile hostile-wide 160 48
hostile hostile-small 40 12
hostile hostile-zh 80 24 LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 -- --ambiguous=auto

exit $fail
