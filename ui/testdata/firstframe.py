#!/usr/bin/env python3
"""Time to first frame of the real binary, measured through a pseudo-terminal.

Usage: python3 ui/testdata/firstframe.py BINARY [RUNS] [COLS ROWS]

For each run it opens a pty of COLS x ROWS (default 160x48), starts BINARY
(no arguments: the embedded seeds) on it, and measures from just before the
fork until the frame's pane title "正文" has been written to the terminal.
Nobody answers the terminal queries (background colour, cursor position), as
on a terminal that ignores them. Then it sends q and reaps the process.
Prints min, p50, p90 and max in milliseconds.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

def one(binary, cols, rows):
    marker = "正文".encode()
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.environ.setdefault("TERM", "xterm-256color")
        os.execv(binary, [binary])
    buf, elapsed = b"", None
    deadline = start + 5
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        buf += chunk
        if marker in buf:
            elapsed = (time.perf_counter() - start) * 1000
            break
    os.write(fd, b"q")
    end = time.perf_counter() + 2
    while time.perf_counter() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed

def main():
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    cols, rows = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (160, 48)
    times = sorted(t for t in (one(binary, cols, rows) for _ in range(runs)) if t is not None)
    if len(times) < runs:
        print(f"{runs - len(times)} runs never showed a frame")
    if times:
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
        print(f"first frame {cols}x{rows}, {len(times)} runs: min {times[0]:.1f} ms, "
              f"p50 {pick(0.5):.1f} ms, p90 {pick(0.9):.1f} ms, max {times[-1]:.1f} ms")
    sys.exit(0 if len(times) == runs else 1)

main()
