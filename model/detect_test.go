package model

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"baogao/internal/fixture"
	"baogao/seeds"
)

// sprinkle puts extra after every k-th rune of s.
func sprinkle(s string, k int, extra string) []byte {
	var b []byte
	for i, r := range []rune(s) {
		if i > 0 && i%k == 0 {
			b = append(b, extra...)
		}
		b = append(b, string(r)...)
	}
	return b
}

// TestDecodeReplacedCount checks the encoding chosen and the exact number
// of bytes replaced for damaged input in every encoding, and that clean
// input (a U+FFFD written in the file included) replaces none.
func TestDecodeReplacedCount(t *testing.T) {
	long := strings.Repeat(decodeSample, 4)
	every := func(k int) int { return (utf8.RuneCountInString(long) - 1) / k } // sprinkle's count
	gb := encodeWith(t, simplifiedchinese.GB18030, long)
	b5 := encodeWith(t, traditionalchinese.Big5, strings.Repeat(decodeSampleTrad, 4))
	tests := []struct {
		name     string
		in       []byte
		encoding string
		replaced int
	}{
		{"utf-8 clean", []byte(long), "utf-8", 0},
		{"utf-8 holding U+FFFD", []byte(long + "\uFFFD"), "utf-8", 0},
		{"utf-8, a stray byte in 100 runes", sprinkle(long, 100, "\xFF"), "utf-8", every(100)},
		// More than one in a hundred read as GB18030 before: 0 sections.
		{"utf-8, one stray byte in 20 runes", sprinkle(long, 20, "\xFF"), "utf-8", every(20)},
		{"utf-8, a truncated character in 20", sprinkle(long, 20, "\xE4\xB8"), "utf-8", 2 * every(20)},
		{"utf-8, a lone continuation byte in 10", sprinkle(long, 10, "\x80"), "utf-8", every(10)},
		{"utf-8 BOM, stray bytes", append([]byte("\xEF\xBB\xBF"), sprinkle(long, 50, "\xC3")...), "utf-8-bom", every(50)},
		{"gb18030 clean", gb, "gb18030", 0},
		{"gb18030 holding U+FFFD", append(bytes.Clone(gb), 0x84, 0x31, 0xA4, 0x37), "gb18030", 0},
		{"gb18030, stray 0xFF", append(append([]byte{0xFF}, gb...), 0xFF, 0xFF), "gb18030", 3},
		{"gb18030, lead byte before ASCII", append(bytes.Clone(gb), 0xD6, '\n', 0xB0, ' '), "gb18030", 2},
		{"gb18030, bad four-byte sequence", append(bytes.Clone(gb), 0x81, 0x30, 0x20, 0x30), "gb18030", 1},
		{"gb18030, truncated at the end", append(bytes.Clone(gb), 0xB0), "gb18030", 1},
		{"big5 clean", b5, "big5", 0},
		{"big5, stray 0x80", append(append([]byte{0x80}, b5...), 0x80), "big5", 2},
		{"big5, lead byte before 0x7F", append(bytes.Clone(b5), 0xA4, 0x7F), "big5", 2},
		{"big5, lead byte before a digit", append(bytes.Clone(b5), 0xA4, '1'), "big5", 1},
		{"utf-16le clean", utf16Bytes(long, false, true), "utf-16le-bom", 0},
		{"utf-16le, lone surrogates and an odd byte", append(utf16Bytes(long+"\U00020BB7", false, true)[:2+2*utf16Len(long)+2], 0x41, 0x00, 0x00, 0xDC, 0x42), "utf-16le-bom", 5},
		{"utf-16be, no BOM, lone low surrogate", append(utf16Bytes(long, true, false), 0xDC, 0x00), "utf-16be", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decode(tt.in, false)
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tt.encoding || d.Replaced != tt.replaced {
				t.Errorf("%s with %d bytes replaced, want %s with %d", d.Encoding, d.Replaced, tt.encoding, tt.replaced)
			}
			if n, err := replacedUnread(tt.in); n != tt.replaced || err != nil {
				t.Errorf("replacedUnread: %d, %v; want %d", n, err, tt.replaced)
			}
		})
	}
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// TestLoadStrayBytesWarn: a UTF-8 report with 41 stray bytes, more than 1
// in 100 runes (none at the start of a line), was read as GB18030: a
// garbled title, no sections and no word of it. It must load as UTF-8, with
// every section, and a warning that counts the bytes.
func TestLoadStrayBytesWarn(t *testing.T) {
	clean, err := seeds.FS.ReadFile("jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	n, col := 0, 0
	for i, r := range []rune(string(clean)) {
		if n < 41 && i%80 == 79 && col > 4 {
			b = append(b, 0xFF)
			n++
		}
		b = append(b, string(r)...)
		if col++; r == '\n' {
			col = 0
		}
	}
	if n != 41 {
		t.Fatalf("%d stray bytes put in, want 41", n)
	}
	want, err := LoadBytes("x", "x", clean)
	if err != nil {
		t.Fatal(err)
	}
	dir := fixture.WriteFiles(t, map[string][]byte{"stray.txt": b})
	loaded := LoadPaths([]string{dir}, nil)
	if len(loaded.Reports) != 1 || len(loaded.Errors) > 0 {
		t.Fatalf("%d reports, errors %v", len(loaded.Reports), loaded.Errors)
	}
	r := loaded.Reports[0]
	if r.Encoding != "utf-8" || r.District != "历下区" || len(r.Sections) != len(want.Sections) {
		t.Errorf("read as %s: district %q, %d sections; want utf-8, 历下区, %d", r.Encoding, r.District, len(r.Sections), len(want.Sections))
	}
	line := filepath.Join(dir, "stray.txt") + ": 41 invalid bytes replaced"
	if len(loaded.Warnings) != 1 || loaded.Warnings[0].String() != line {
		t.Errorf("warnings %v, want %q", loaded.Warnings, line)
	}
	if got := strings.Join(r.Warnings, ";"); got != "41 invalid bytes replaced" {
		t.Errorf("report warnings %q", got)
	}
}

// TestLoadCleanNoWarning checks that the seeds load without a warning.
func TestLoadCleanNoWarning(t *testing.T) {
	if w := LoadFS(seeds.FS, "seeds").Warnings; len(w) > 0 {
		t.Errorf("warnings %v", w)
	}
}

// replacedByXText counts the bytes that dec replaces in b, one character at
// a time: the smallest output buffer that takes a character takes exactly
// one. A U+FFFD from four bytes is GB18030's own encoding of it, not a
// replacement.
func replacedByXText(enc encoding.Encoding, b []byte) int {
	dec := enc.NewDecoder()
	var dst [8]byte
	n := 0
	for len(b) > 0 {
		nDst, nSrc := 0, 0
		for size := 1; size <= len(dst) && nDst == 0; size++ {
			nDst, nSrc, _ = dec.Transform(dst[:size], b, true)
		}
		if string(dst[:nDst]) == "\uFFFD" && nSrc < 4 {
			n += nSrc
		}
		b = b[nSrc:]
	}
	return n
}

// replacedOracle counts the bytes decoding b as enc must replace, with the
// standard library and x/text rather than the scanners Decode uses.
func replacedOracle(b []byte, enc string) int {
	switch enc {
	case encUTF8BOM:
		b = b[3:]
		fallthrough
	case encUTF8:
		return strings.Count(string([]rune(string(b))), "\uFFFD") - bytes.Count(b, []byte("\uFFFD"))
	case encGB18030:
		return replacedByXText(simplifiedchinese.GB18030, b)
	case encBig5:
		return replacedByXText(traditionalchinese.Big5, b)
	}
	if strings.HasSuffix(enc, "-bom") {
		b = b[2:]
	}
	units := make([]uint16, len(b)/2)
	literal := 0
	for i := range units {
		units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		if strings.HasPrefix(enc, "utf-16le") {
			units[i] = units[i]>>8 | units[i]<<8
		}
		if units[i] == 0xFFFD {
			literal++
		}
	}
	return 2*(strings.Count(string(utf16.Decode(units)), "\uFFFD")-literal) + len(b)%2
}

// checkReplaced is FuzzDecode's check of the count: it must match the
// oracle, and replacedUnread (search's view of a file it skips) must agree
// with decode, but that it may leave a binary file with nothing replaced
// unreported.
func checkReplaced(t *testing.T, in []byte) {
	d, err := decode(in, false)
	if err == nil {
		if want := replacedOracle(in, d.Encoding); d.Replaced != want {
			t.Fatalf("%s: %d bytes replaced, oracle %d", d.Encoding, d.Replaced, want)
		}
	}
	n, uerr := replacedUnread(in)
	switch {
	case err == nil && (n != d.Replaced || uerr != nil):
		t.Fatalf("replacedUnread %d, %v; decode replaced %d", n, uerr, d.Replaced)
	case err != nil && uerr != nil && !errors.Is(uerr, err):
		t.Fatalf("replacedUnread error %v, decode %v", uerr, err)
	case err != nil && uerr == nil && (n != 0 || !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEmpty)):
		t.Fatalf("replacedUnread %d, no error; decode %v", n, err)
	}
}

// TestValidUTF8 checks the word-at-a-time validity check against
// utf8.Valid, on every cut of texts with each kind of sequence, valid and
// not, at each alignment.
func TestValidUTF8(t *testing.T) {
	parts := []string{"a", "\n", "\t", "\x00", "\r", "é", "中", "，", "\uFFFD", "😀", "Ѐ", "ࠀ", "퟿", "\U0010FFFF",
		"\xc0\x80", "\xc1\xbf", "\xc2", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x80\x80\x80\x80",
		"\xff", "\x80", "\xbf\xbf", "\xe4\xb8", "\xe4", "\xe4\xb8\xad\xad"}
	for _, p := range parts {
		for _, q := range parts {
			for pad := 0; pad < 9; pad++ {
				s := strings.Repeat("中", pad%3) + strings.Repeat("x", pad) + p + strings.Repeat("文", 3) + q + "。"
				for cut := 0; cut <= len(s); cut++ {
					b := []byte(s[:cut])
					if got, want := validUTF8(b), utf8.Valid(b); got != want {
						t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
					}
				}
			}
		}
	}
}
