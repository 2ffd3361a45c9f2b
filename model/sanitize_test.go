// Tests for Sanitize: a table of terminal attacks and formatting tricks
// embedded in Chinese text, the allocation-free fast path, a seeded random
// property test, a fuzz target and a throughput benchmark.

package model

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// sanitizeSample is a clean Chinese paragraph with the punctuation that
// shares lead bytes with removed characters (quotes, dashes, ellipses,
// full-width forms, the middle dot).
const sanitizeSample = "济南市历下区2024年度法治政府建设报告。一、党政主要负责人履行推进法治建设第一责任人职责情况：" +
	"（一）深入学习宣传贯彻习近平法治思想，严格落实“第一议题”制度——全年共组织学习36次……" +
	"行政复议纠错率0.5％，群众满意度达98.6%·年度考核优秀§①。\n"

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain chinese", sanitizeSample, sanitizeSample},
		{"empty", "", ""},
		{"SGR colour", "\x1b[1;31m法治\x1b[0m政府", "法治政府"},
		{"OSC 0 title BEL", "前\x1b]0;evil title\a后", "前后"},
		{"OSC 0 title ST", "前\x1b]0;evil title\x1b\\后", "前后"},
		{"OSC 8 hyperlink", "见\x1b]8;;https://evil.example/\x1b\\报告全文\x1b]8;;\x1b\\。", "见报告全文。"},
		{"OSC 52 clipboard", "依法行政，\x1b]52;c;cm0gLXJmIH4K\a建设法治政府。", "依法行政，建设法治政府。"},
		{"OSC unterminated", "正文\x1b]0;title without end", "正文"},
		{"clear screen", "\x1b[2J\x1b[H报告", "报告"},
		{"DCS", "甲\x1bP1$r0m\x1b\\乙", "甲乙"},
		{"APC PM SOS", "甲\x1b_apc\a乙\x1b^pm\x1b\\丙\x1bXsos\a丁", "甲乙丙丁"},
		{"two-byte ESC", "甲\x1b7乙\x1bc丙", "甲乙丙"},
		{"ESC intermediates", "甲\x1b(B乙\x1b#8丙", "甲乙丙"},
		{"ESC before text", "甲\x1b乙", "甲乙"},
		{"ESC before newline", "甲\x1b\n乙", "甲\n乙"},
		{"CSI cut by text", "甲\x1b[12乙", "甲乙"},
		{"lone trailing ESC", "报告\x1b", "报告"},
		{"only ESC", "\x1b", ""},
		{"backspace", "法治\b\b政府", "法治政府"},
		{"bare CR", "进度100%\r完成", "进度100%完成"},
		{"CRLF", "甲\r\n乙", "甲\n乙"},
		{"BEL and NUL", "甲\a\x00乙", "甲乙"},
		{"form feed and vertical tab", "甲\f乙\v丙", "甲\n乙\n丙"},
		{"tab at start", "\t甲", "    甲"},
		{"tab after runes", "甲乙\t丙", "甲乙  丙"},
		{"tabs after newline", "abcdef\nab\tc\td", "abcdef\nab  c   d"},
		{"tab after removed", "a\x1b[1mb\tc", "ab  c"},
		{"tab after four", "abcd\te", "abcd    e"},
		{"C1 CSI with params", "甲\u009b31;1m乙", "甲乙"},
		{"C1 OSC", "甲\u009d0;title\a乙", "甲乙"},
		{"C1 OSC ST", "甲\u009d0;title\u009c乙", "甲乙"},
		{"C1 DCS", "甲\u0090q#0\x1b\\乙", "甲乙"},
		{"C1 NEL", "甲\u0085乙", "甲乙"},
		{"raw 8-bit CSI byte", "甲\x9b31m乙", "甲\uFFFD31m乙"},
		{"RLO", "文件\u202egpj.exe", "文件gpj.exe"},
		{"LRI PDI", "\u2066甲\u2069", "甲"},
		{"bidi marks", "\u200e甲\u200f乙\u061c丙\u202a丁\u202c", "甲乙丙丁"},
		{"ZWSP", "法\u200b治", "法治"},
		{"ZWJ ZWNJ WJ", "法\u200c治\u200d政\u2060府", "法治政府"},
		{"BOM in the middle", "法治\ufeff政府", "法治政府"},
		{"BOM at start", "\ufeff法治", "法治"},
		{"DEL", "法\x7f治", "法治"},
		{"invalid UTF-8", "法\xff治\xe6\xb3", "法\uFFFD治\uFFFD\uFFFD"},
		{"surrogate bytes", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"overlong", "\xc0\xaf\xe0\x80\xaf", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"},
		{"kept neighbours", "\u00a0\u00b7\u2014\u201c\u2026\u3000\uff08\ufeff", "\u00a0\u00b7\u2014\u201c\u2026\u3000\uff08"},
		{"four-byte rune", "𠮷\x1b[m", "𠮷"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

// TestSanitizeFastPath checks that clean text comes back as the same string
// without allocating.
func TestSanitizeFastPath(t *testing.T) {
	in := strings.Repeat(sanitizeSample, 10)
	got := Sanitize(in)
	if got != in || unsafe.StringData(got) != unsafe.StringData(in) {
		t.Fatal("clean text was changed or copied")
	}
	allocs := testing.AllocsPerRun(100, func() { _ = Sanitize(in) })
	if allocs != 0 {
		t.Errorf("Sanitize allocated %v times on clean text", allocs)
	}
}

// checkSanitized reports the first way out violates Sanitize's guarantees.
func checkSanitized(t *testing.T, in, out string) {
	if msg := sanitizedFault(out); msg != "" {
		t.Helper()
		t.Fatalf("Sanitize(%q) = %q: %s", in, out, msg)
	}
	checkWidthSafe(t, in, out)
}

// sanitizedFault describes the first way out violates Sanitize's guarantees
// on controls, or is "". (It is checkSanitized without a testing.T, for
// loops over millions of inputs, where t.Helper costs more than the check.)
func sanitizedFault(out string) string {
	if !utf8.ValidString(out) {
		return "not valid UTF-8"
	}
	for i, r := range out {
		bad := r < 0x20 && r != '\n' ||
			r >= 0x7F && r <= 0x9F ||
			r >= 0x200B && r <= 0x200F ||
			r >= 0x202A && r <= 0x202E ||
			r == 0x2060 || r >= 0x2066 && r <= 0x2069 ||
			r == 0x061C || r == 0xFEFF
		if bad {
			return fmt.Sprintf("rune %U at byte %d", r, i)
		}
	}
	return ""
}

// TestSanitizeRandom feeds seeded random inputs, biased towards the bytes
// that matter, and checks the output invariants and idempotence.
func TestSanitizeRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	pieces := []string{
		"\x1b", "[", "]", "P", "\\", "\a", "\r", "\n", "\t", "\x7f", "\x00", "1;2",
		"\xc2", "\x9b", "\x9c", "\x9d", "\x90", "\xe2\x80", "\xe2\x81", "\xae", "\xa6", "\x8b",
		"\xef\xbb\xbf", "\xd8\x9c", "法治", "“", "。", "a", "\xff", "\xed\xa0",
	}
	for n := range 5000 {
		var b strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			if rng.Intn(3) == 0 {
				b.WriteByte(byte(rng.Intn(256)))
			} else {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		in := b.String()
		out := Sanitize(in)
		checkSanitized(t, in, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("case %d: not idempotent on %q: %q then %q", n, in, out, again)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add(sanitizeSample)
	f.Add("\x1b[31m红\x1b[0m\x1b]0;t\a\x1b]8;;u\x1b\\链接\x1b]8;;\x1b\\")
	f.Add("\u009b1m\u009d52;c;x\u009c\u202e\u2066\u200b\ufeff\x7f\b\r\t\f\v")
	f.Add("\xff\xe6\xb3\xc2\x9b\xed\xa0\x80")
	f.Add("ab\tc\x1bPq\x1b")
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkSanitized(t, in, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent on %q: %q then %q", in, out, again)
		}
	})
}

func BenchmarkSanitize(b *testing.B) {
	in := strings.Repeat(sanitizeSample, 10<<20/len(sanitizeSample))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if Sanitize(in) != in {
			b.Fatal("clean text changed")
		}
	}
}

// BenchmarkSanitizeDirty measures the slow path: the same text with an
// escape sequence every few hundred bytes.
func BenchmarkSanitizeDirty(b *testing.B) {
	in := strings.Repeat("\x1b[1m"+sanitizeSample+"\t\u200b", 10<<20/len(sanitizeSample))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		_ = Sanitize(in)
	}
}

func TestSanitizeMore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"正文\x1b]0;没有结尾\n下一段。", "正文\n下一段。"},
		{"正文\x1bP没有结尾的DCS\n下一段", "正文\n下一段"},
		{"甲\u2028乙\u2029丙", "甲\n乙\n丙"},
		{"软\u00ad连字符", "软连字符"},
		{"标签\U000E0041\U000E007F字符", "标签字符"},
		// An ideographic variation selector after its ideograph is kept (it is
		// past the tag characters); alone at the start it has no base and goes.
		{"葛\U000E0100变体选择符保留", "葛\U000E0100变体选择符保留"},
		{"\U000E0100变体选择符", "变体选择符"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
