package ambiguous

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseCursorColumn(t *testing.T) {
	tests := []struct {
		in   string
		col  int
		okay bool
	}{
		{"\x1b[12;2R", 2, true},
		{"\x1b[1;3R", 3, true},
		{"junk\x1b[5;9R", 9, true},
		{"\x1b[1;2R\x1b[1;3R", 3, true},
		{"", 0, false},
		{"\x1b[12R", 0, false},
		{"\x1b[1;xR", 0, false},
		{"R\x1b[1;2", 0, false},
	}
	for _, tt := range tests {
		col, ok := ParseCursorColumn([]byte(tt.in))
		if col != tt.col || ok != tt.okay {
			t.Errorf("ParseCursorColumn(%q) = %d, %v; want %d, %v", tt.in, col, ok, tt.col, tt.okay)
		}
	}
}

// fakeTerminal answers the probe with reply; deadlineErr is what
// SetReadDeadline returns.
type fakeTerminal struct {
	reply       string
	deadlineErr error
	written     strings.Builder
	reads       int
}

func (f *fakeTerminal) SetReadDeadline(time.Time) error { return f.deadlineErr }
func (f *fakeTerminal) Write(b []byte) (int, error)     { return f.written.Write(b) }
func (f *fakeTerminal) Read(b []byte) (int, error) {
	f.reads++
	if f.reply == "" {
		return 0, os.ErrDeadlineExceeded
	}
	n := copy(b, f.reply)
	f.reply = f.reply[n:]
	return n, nil
}

func TestAsk(t *testing.T) {
	// A terminal that answers column 3 is wide, and the line is cleared.
	f := &fakeTerminal{reply: "\x1b[4;3R"}
	if !ask(f, time.Second) {
		t.Error("column 3: not wide")
	}
	if got, want := f.written.String(), "\r“\x1b[6n\r\x1b[K"; got != want {
		t.Errorf("written %q, want %q", got, want)
	}
	// One that does not answer is narrow.
	if f := (&fakeTerminal{}); ask(f, time.Second) {
		t.Error("no answer: wide")
	}
	// One without read deadlines is narrow and is neither asked nor read:
	// a read would block for ever on a terminal that never answers. (This
	// fake would answer wide.)
	f = &fakeTerminal{reply: "\x1b[4;3R", deadlineErr: os.ErrNoDeadline}
	if ask(f, time.Second) {
		t.Error("no deadline: wide")
	}
	if f.reads != 0 || f.written.Len() != 0 {
		t.Errorf("no deadline: %d reads, wrote %q", f.reads, f.written.String())
	}
}
