package doc

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/model/format"
)

func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	gz, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestTruncated cuts a real document at every 61 bytes: each cut reads or
// fails, and never panics (Extract's recover would turn a panic into
// ErrCorrupt, so a panic is checked for by its message).
func TestTruncated(t *testing.T) {
	b := readFixture(t, "features.doc.gz")
	for n := 0; n < len(b); n += 61 {
		_, err := Extract(context.Background(), b[:n])
		if err == nil {
			continue
		}
		if strings.Contains(err.Error(), "runtime error") {
			t.Fatalf("cut at %d: %v", n, err)
		}
	}
}

func TestCorruptContainers(t *testing.T) {
	text := []wordPiece{{text: "正文\r"}}
	word := func() []byte { return buildWord(wordSpec{pieces: text}) }
	le := binary.LittleEndian
	tests := []struct {
		name    string
		corrupt func(b []byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"not OLE", func([]byte) []byte { return bytes.Repeat([]byte("报告"), 400) }},
		{"header only", func(b []byte) []byte { return b[:512] }},
		{"bad sector size", func(b []byte) []byte { le.PutUint16(b[30:], 7); return b }},
		{"FAT count past the file", func(b []byte) []byte { le.PutUint32(b[44:], 0xFFFFFFFF); return b }},
		{"DIFAT count past the file", func(b []byte) []byte { le.PutUint32(b[72:], 1<<20); return b }},
		{"directory chain loops", func(b []byte) []byte {
			dir := le.Uint32(b[48:])
			le.PutUint32(b[512+4*dir:], dir)
			return b
		}},
		{"directory past the end", func(b []byte) []byte { le.PutUint32(b[48:], 1<<20); return b }},
		{"stream larger than the file", func(b []byte) []byte {
			dir := int(le.Uint32(b[48:]))
			le.PutUint32(b[512*(1+dir)+128+120:], 0xFFFFFF00)
			return b
		}},
		{"directory tree loops", func(b []byte) []byte {
			dir := int(le.Uint32(b[48:]))
			le.PutUint32(b[512*(1+dir)+2*128+72:], 1) // table stream's right sibling: WordDocument
			return b
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.corrupt(word()))
			if !errors.Is(err, format.ErrCorrupt) || strings.Contains(err.Error(), "runtime error") {
				t.Errorf("error %v, want a corrupt document", err)
			}
		})
	}
}

// TestStreamChainLoop: a stream whose sector chain loops back reads the
// looped sectors up to the stream's size and stops.
func TestStreamChainLoop(t *testing.T) {
	wd := make([]byte, 3*tMiniLimit)
	b, lay := writeOLE([]oleStream{{"WordDocument", wd}, {"0Table", nil}})
	first := lay.streamStart[0]
	binary.LittleEndian.PutUint32(b[lay.fatOffset+4*(first+2):], uint32(first))
	_, err := Extract(context.Background(), b)
	if err == nil {
		t.Fatal("a looping chain of zeros read as a document")
	}
}

func TestPiecesPastTheStream(t *testing.T) {
	b := buildWord(wordSpec{pieces: []wordPiece{{text: "正文\r"}}, fcShift: 1 << 28})
	if _, err := Extract(context.Background(), b); !errors.Is(err, format.ErrCorrupt) {
		t.Errorf("error %v, want corrupt", err)
	}
	b = buildWord(wordSpec{pieces: []wordPiece{{text: "正文\r", compressed: true}}, fcShift: 1 << 28})
	if _, err := Extract(context.Background(), b); !errors.Is(err, format.ErrCorrupt) {
		t.Errorf("compressed: error %v, want corrupt", err)
	}
}

func TestTooMuchText(t *testing.T) {
	defer func(n int) { maxText = n }(maxText)
	maxText = 100
	long := []wordPiece{{text: strings.Repeat("很长的一段话。", 20)}}
	if _, err := Extract(context.Background(), buildWord(wordSpec{pieces: long})); !errors.Is(err, format.ErrTooMuchText) {
		t.Errorf("one long paragraph: %v", err)
	}
	many := []wordPiece{{text: strings.Repeat("短段。\r", 40)}}
	if _, err := Extract(context.Background(), buildWord(wordSpec{pieces: many})); !errors.Is(err, format.ErrTooMuchText) {
		t.Errorf("many paragraphs: %v", err)
	}
}

func TestDeepFields(t *testing.T) {
	s := strings.Repeat("\x13 IF ", 1000) + "\x14深\x15" + strings.Repeat("\x15", 999) + "后\r"
	d, err := Extract(context.Background(), buildWord(wordSpec{pieces: []wordPiece{{text: s}}}))
	if err != nil {
		t.Fatal(err)
	}
	if got := paraTexts(d); len(got) != 1 || got[0] != "后" {
		t.Errorf("got %q", got)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, readFixture(t, "features.doc.gz"))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	// Cancelled while reading: the text loop checks every ctxEvery chars.
	ctx, cancel = context.WithCancel(context.Background())
	r := &textReader{ctx: ctx, wd: make([]byte, 4*ctxEvery)}
	cancel()
	if err := r.read([]piece{{cpStart: 0, cpEnd: 2 * ctxEvery, compressed: true}}); !errors.Is(err, context.Canceled) {
		t.Errorf("text loop: %v", err)
	}
}

// TestEndlessRow: a table row that never ends counts against MaxText as
// it grows, and reading stops there, not once the row is emitted.
func TestEndlessRow(t *testing.T) {
	defer func(n int) { maxText = n }(maxText)
	maxText = 100
	wd := []byte(strings.Repeat("x\x07", 200))
	r := &textReader{ctx: context.Background(), wd: wd}
	err := r.read([]piece{{cpStart: 0, cpEnd: uint32(len(wd)), compressed: true}})
	if !errors.Is(err, format.ErrTooMuchText) || len(r.cells) == 0 || len(r.cells) > 40 {
		t.Errorf("error %v after %d cells, want too much text within 40", err, len(r.cells))
	}
}
