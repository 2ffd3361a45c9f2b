#!/usr/bin/env bash
# End-to-end check of the reader on hostile input: a 60 MB report that is
# one line of 单行单 repeated (about seven million hits of 单行单 in one
# paragraph), made here and never committed.
#
# For each case the real binary is started in tmux at 80x24 on that file;
# once its first frame shows, a search is typed and Enter pressed, and as
# soon as the screen says 搜索中… (the search is running) the program is
# told to stop: q, or SIGTERM to its pid. The case fails unless the process
# has exited within LIMIT_MS (1000) of that; a process still alive after
# GIVE_UP_S (20 s) is killed. The time includes the kernel freeing the
# process's few hundred megabytes, which on a loaded machine can take
# longer than the reader took to quit: a case over the limit is run once
# more, and fails when both runs are (a search in Update, as before this
# script, takes tens of seconds every time). Cases:
#   q-term      /单行单 Enter, then q
#   term-term   /单行单 Enter, then kill -TERM
#   q-regex     /re:单. Enter (a regular expression: every match located
#               by the regexp engine, the slowest search), then q
#   term-early  /单行单 Enter at the first frame, while the index of the
#               file is still being built, then kill -TERM
# and one that the reader answers at all: /单行单 Enter shows the first
# 100000 hits and the count of all of them, n moves, and Esc clears.
#
# Prints one line per case with the measured time.
# Usage: .ci/e2e-hostile.sh            (builds ./cmd/baogao)
#        BAOGAO_BIN=path .ci/e2e-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need tmux tmux
need python3 python3

LIMIT_MS=${LIMIT_MS:-1000}
GIVE_UP_S=${GIVE_UP_S:-20}
work=$(mktemp -d)
sock="baogao-hostile-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

bin=${BAOGAO_BIN:-}
if [ -z "$bin" ]; then
  bin="$work/baogao"
  CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/baogao
fi
file="$work/one-line.txt"
python3 -c "import sys; sys.stdout.write('单行单' * (60 * 1024 * 1024 // 9) + '\n')" >"$file"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
fail=0

# wait_for SESSION TEXT TRIES: poll the screen every 10 ms until TEXT shows.
wait_for() {
  local s=$1 text=$2 tries=$3
  for _ in $(seq "$tries"); do
    tmux -L "$sock" capture-pane -p -t "$s" >"$work/$s.txt" 2>/dev/null || return 1
    grep -qF -- "$text" "$work/$s.txt" && return 0
    sleep 0.01
  done
  return 1
}

# start NAME: the reader on the file in a new session; sets pid.
start() {
  local s=$1
  tmux -L "$sock" new-session -d -s "$s" -x 80 -y 24 "'$bin' '$file'; echo \$? > '$work/$s.rc'; sleep 600"
  pid=""
  for _ in $(seq 100); do
    pid=$(pgrep -P "$(tmux -L "$sock" display -p -t "$s" '#{pane_pid}')" -x "$(basename "$bin")" || true)
    [ -n "$pid" ] && break
    sleep 0.05
  done
  if [ -z "$pid" ]; then echo "FAIL $s: the reader did not start"; fail=1; return 1; fi
}

# stop NAME HOW QUERY EARLY: search for QUERY once the first frame shows
# (EARLY=1: at once, while the index builds) and, while it runs, stop the
# reader with q or SIGTERM; check the time until it has exited, twice if
# the first run is over the limit.
stop() {
  local verdict
  for try in 1 2; do
    verdict=$(stop_once "$1-$try" "$2" "$3" "$4")
    case $verdict in ok*) break ;; esac
    [ "$try" = 1 ] && echo "     $1: first run over the limit: $verdict"
  done
  echo "$verdict"
  case $verdict in ok*) ;; *) fail=1 ;; esac
}

stop_once() {
  local s=$1 how=$2 query=$3 early=$4
  start "$s" >/dev/null || { echo "FAIL $s: the reader did not start"; return; }
  if ! wait_for "$s" "3 正文" 6000; then
    kill -KILL "$pid" 2>/dev/null; echo "FAIL $s: no first frame"; return
  fi
  [ "$early" = 1 ] || sleep 3 # let the index build at start-up finish
  tmux -L "$sock" send-keys -t "$s" /
  tmux -L "$sock" send-keys -t "$s" -l "$query"
  tmux -L "$sock" send-keys -t "$s" Enter
  local running=yes
  wait_for "$s" "搜索中" 300 || running="no (it had answered)"
  local t0 t1
  t0=$(now_ms)
  case $how in
    q) tmux -L "$sock" send-keys -t "$s" q ;;
    term) kill -TERM "$pid" ;;
  esac
  local deadline=$(( t0 + GIVE_UP_S * 1000 ))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.005; done
  t1=$(now_ms)
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    echo "FAIL $s: still running ${GIVE_UP_S} s after $how (search running: $running); killed"
    return
  fi
  local ms=$(( t1 - t0 ))
  if [ "$ms" -gt "$LIMIT_MS" ]; then
    echo "FAIL $s: exited ${ms} ms after $how, want at most ${LIMIT_MS} ms (search running: $running)"
  else
    echo "ok   $s: exited ${ms} ms after $how (search running: $running)"
  fi
}

# answers: the search shows its first hits and the count of all, n moves,
# Esc clears, q quits.
answers() {
  local s=answers
  start "$s" || return
  wait_for "$s" "3 正文" 6000 || { echo "FAIL $s: no first frame"; fail=1; return; }
  tmux -L "$sock" send-keys -t "$s" /
  tmux -L "$sock" send-keys -t "$s" -l 单行单
  tmux -L "$sock" send-keys -t "$s" Enter
  if ! wait_for "$s" "1/100000（共 6990506 处）" 3000; then
    echo "FAIL $s: no count of every hit"; cat "$work/$s.txt"; fail=1
  else
    echo "ok   $s: 1/100000（共 6990506 处）"
  fi
  tmux -L "$sock" send-keys -t "$s" n
  wait_for "$s" "2/100000" 300 || { echo "FAIL $s: n did not move"; fail=1; }
  tmux -L "$sock" send-keys -t "$s" Escape
  wait_for "$s" "/ 搜索" 300 || { echo "FAIL $s: Esc did not clear"; fail=1; }
  tmux -L "$sock" send-keys -t "$s" q
  for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.01; done
  kill -0 "$pid" 2>/dev/null && { echo "FAIL $s: q did not quit"; kill -KILL "$pid"; fail=1; }
  return 0
}

answers
stop q-term q 单行单 0
stop term-term term 单行单 0
stop q-regex q "re:单." 0
stop term-early term 单行单 1

exit $fail
