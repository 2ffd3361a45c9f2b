package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"baogao/model/format"
)

// FuzzExtract feeds the reader mutations of the fixtures and of the test
// files: it must return text or an error, in bounded time, never panic.
// Panics are not recovered here so that the fuzzer sees them.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/seeds/*.pdf")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	for _, b := range fuzzSeeds() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		catchPanics = false
		defer func() { catchPanics = true }()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		doc, err := Extract(ctx, b)
		if d := time.Since(start); d > 8*time.Second {
			t.Fatalf("took %v, past the 5 s deadline", d)
		}
		if err != nil {
			return
		}
		n := 0
		for _, p := range doc.Paras {
			if p.Text == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("paragraph %q", p.Text)
			}
			n += len(p.Text)
		}
		if n > format.MaxText {
			t.Fatalf("%d bytes of text", n)
		}
	})
}

// fuzzSeeds are the shapes of test file the fuzzer starts from besides the
// fixtures: predefined CMaps, encryption, an xref stream.
func fuzzSeeds() [][]byte {
	var out [][]byte
	for _, cm := range []string{"GBK-EUC-H", "UniGB-UTF16-H"} {
		p := newTestPDF()
		res := cidFont(p, cm, "GB1")
		show := gbk
		if cm == "UniGB-UTF16-H" {
			show = utf16Hex
		}
		p.page(simplified.content(show, "- 1 -"), res)
		out = append(out, p.bytes())
	}
	for _, kind := range []string{"rc4", "aesv3"} {
		p := newTestPDF()
		p.crypt = newTestCrypt(kind, "", "owner")
		p.xrefStm = true
		s := simplified
		res, show := identityFont(p, uniqueRunes(s.title, s.heading, s.lines[0], s.lines[1], s.lines[2], "- 1"), true)
		p.page(s.content(show, "- 1 -"), res)
		out = append(out, p.bytes())
	}
	return out
}

func TestRecoverCorrupt(t *testing.T) {
	doc, err := func() (doc *format.Document, err error) {
		defer recoverCorrupt(&doc, &err)
		var m map[string]int
		m["x"]++ // a panic, as a bug on a malformed file would raise
		return &format.Document{}, nil
	}()
	if doc != nil || !errors.Is(err, format.ErrCorrupt) {
		t.Errorf("doc %v, err %v", doc, err)
	}
}

// FuzzTrueType feeds the cmap reader broken font programs.
func FuzzTrueType(f *testing.F) {
	f.Add(testTrueType(map[rune]uint16{'法': 3, '治': 4, '⼀': 5, '一': 5}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if m := trueTypeRunes(b); len(m) > maxGlyphs {
			t.Fatalf("%d glyphs", len(m))
		}
	})
}
