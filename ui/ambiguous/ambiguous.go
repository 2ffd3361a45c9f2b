package ambiguous

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/x/term"

	"baogao/ui/text"
)

// Settings accepted by Resolve.
const (
	Narrow = "narrow" // one cell: what most terminals draw (the default)
	Wide   = "wide"   // two cells: CJK terminal profiles with "ambiguous wide"
	Auto   = "auto"   // ask the terminal
)

// Environment variables passed to the re-executed process.
const (
	envEastAsian = "RUNEWIDTH_EASTASIAN" // read by x/ansi and go-runewidth
	envDecided   = "BAOGAO_AMBIGUOUS_DECIDED"
)

// probeTimeout bounds the wait for a terminal that never answers a
// cursor-position request.
const probeTimeout = 300 * time.Millisecond

// Resolve turns a setting (narrow, wide or auto) into wide or not and makes
// RUNEWIDTH_EASTASIAN agree, re-executing the program if needed; on success
// the re-execution does not return. If the program cannot be re-executed,
// Resolve follows the environment, so our widths always equal Lip Gloss's.
func Resolve(setting string) bool {
	wide := setting == Wide
	if setting == Auto {
		if d := os.Getenv(envDecided); d != "" {
			wide = d == Wide
		} else {
			wide = Probe()
		}
	}
	if text.EnvAmbiguousWide() == wide || os.Getenv(envDecided) != "" {
		return text.EnvAmbiguousWide()
	}
	reexec(wide)
	return text.EnvAmbiguousWide()
}

// reexec starts the program again with the decision in its environment.
func reexec(wide bool) {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	decided := Narrow
	if wide {
		decided = Wide
	}
	var env []string
	for _, kv := range os.Environ() { // the first of duplicate names wins: drop ours
		if !strings.HasPrefix(kv, envEastAsian+"=") && !strings.HasPrefix(kv, envDecided+"=") {
			env = append(env, kv)
		}
	}
	env = append(env, envEastAsian+"="+strconv.FormatBool(wide), envDecided+"="+decided)
	_ = syscall.Exec(exe, os.Args, env) // returns only on failure
}

// Probe asks the terminal where the cursor lands after printing “ at the
// start of a line: column 2 means ambiguous characters are one cell, column
// 3 two. Terminals that do not answer within probeTimeout, that cannot
// bound a read by a deadline, or a missing terminal, count as narrow. The
// line is cleared afterwards.
func Probe() bool {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer tty.Close()
	state, err := term.MakeRaw(tty.Fd())
	if err != nil {
		return false
	}
	defer term.Restore(tty.Fd(), state) //nolint:errcheck // best effort on the way out
	return ask(tty, probeTimeout)
}

// terminal is what ask needs of the tty: *os.File.
type terminal interface {
	io.ReadWriter
	SetReadDeadline(time.Time) error
}

// ask sends the probe to a terminal in raw mode and reads the answer for at
// most timeout. A terminal that cannot take a read deadline is not asked at
// all (narrow): a read without one would wait forever for a terminal that
// does not answer, and a question asked and not read would leave the
// answer in the input for the program to read as keys.
func ask(tty terminal, timeout time.Duration) bool {
	if err := tty.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return false
	}
	if _, err := io.WriteString(tty, "\r“\x1b[6n"); err != nil {
		return false
	}
	defer io.WriteString(tty, "\r\x1b[K") //nolint:errcheck
	var reply []byte
	buf := make([]byte, 64)
	for !bytes.Contains(reply, []byte("R")) && len(reply) < 256 {
		n, err := tty.Read(buf)
		reply = append(reply, buf[:n]...)
		if err != nil {
			break
		}
	}
	col, ok := ParseCursorColumn(reply)
	return ok && col == 3
}

// ParseCursorColumn finds the last cursor-position report (ESC [ row ; col
// R) in b and returns its column.
func ParseCursorColumn(b []byte) (int, bool) {
	end := bytes.LastIndexByte(b, 'R')
	start := bytes.LastIndex(b[:max(end, 0)], []byte("\x1b["))
	if end < 0 || start < 0 {
		return 0, false
	}
	_, colText, ok := bytes.Cut(b[start+2:end], []byte(";"))
	if !ok {
		return 0, false
	}
	col, err := strconv.Atoi(string(colText))
	return col, err == nil
}
