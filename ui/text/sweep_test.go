package text

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode"

	"baogao/model"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestSanitizedWidthsAgree proves, for every code point after Sanitize —
// alone, after a letter, after an ideograph, doubled, and beside the Hangul
// it could compose with — that our width equals the width Bubble Tea's
// renderer places it at (x/ansi's wcwidth), in both ambiguous modes, and
// equals Lip Gloss's grapheme width except for the clusters listed in
// graphemeMayDiffer. It then wraps random text made of the characters
// Sanitize exists for and checks every line the same way. Each mode runs in
// a child process, as x/ansi reads RUNEWIDTH_EASTASIAN once at start-up.
//
// With BAOGAO_WIDTH_DUMP=FILE the narrow child also writes every sanitized
// string and our width to FILE, one "hex,hex… width" line each, for
// .ci/width-sweep.sh to compare with libc wcwidth, what tmux and most Linux
// terminals draw with.
func TestSanitizedWidthsAgree(t *testing.T) {
	if os.Getenv("BAOGAO_WIDTH_CHILD") != "" {
		t.Skip("running as a child")
	}
	for _, mode := range []string{"0", "1"} {
		t.Run("RUNEWIDTH_EASTASIAN="+mode, func(t *testing.T) {
			args := []string{"-test.run=^TestSanitizedWidthsChild$", "-test.v"}
			if testing.Short() {
				args = append(args, "-test.short")
			}
			cmd := selfCommand(args...)
			cmd.Env = append(os.Environ(), "BAOGAO_WIDTH_CHILD=1", "RUNEWIDTH_EASTASIAN="+mode)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child failed: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), "sanitized widths checked") {
				t.Fatalf("child did not run the check:\n%s", out)
			}
			t.Logf("%s", grep(string(out), "sanitized widths checked"))
		})
	}
}

// sweepContexts are the neighbourhoods each code point is tried in ("%" is
// the code point); the dump for libc adds those where Hangul composes
// (model's tests check the composition itself).
var (
	sweepContexts = []string{"%", "a%", "中%", "%%"}
	dumpContexts  = append(sweepContexts, "\u1100%", "%\u1161", "가%")
)

// TestSanitizedWidthsChild is the check itself; it runs only inside the
// child processes that TestSanitizedWidthsAgree starts.
func TestSanitizedWidthsChild(t *testing.T) {
	if os.Getenv("BAOGAO_WIDTH_CHILD") == "" {
		t.Skip("run through TestSanitizedWidthsAgree")
	}
	wide := EnvAmbiguousWide()
	m := NewMeasure(wide)
	var dump *bufio.Writer
	if p := os.Getenv("BAOGAO_WIDTH_DUMP"); p != "" && !wide {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = bufio.NewWriterSize(f, 1<<20)
		defer dump.Flush()
	}
	checked, grapheme := 0, 0
	check := func(s string) {
		checked++
		ours, wc, lg := m.String(s), ansi.StringWidthWc(s), lipgloss.Width(s)
		if ours != wc {
			t.Errorf("wide=%v %+q: ours %d, renderer %d", wide, s, ours, wc)
		}
		if ours != lg {
			if !graphemeMayDiffer(s, wide) {
				t.Errorf("wide=%v %+q: ours %d, Lip Gloss %d", wide, s, ours, lg)
			}
			grapheme++
		}
		if dump != nil {
			for _, line := range strings.Split(s, "\n") { // U+2028 became a line break
				if line == "" {
					continue
				}
				for i, r := range line {
					if i > 0 {
						dump.WriteByte(',')
					}
					fmt.Fprintf(dump, "%x", r)
				}
				fmt.Fprintf(dump, " %d\n", m.String(line))
			}
		}
	}
	for r := rune(0x20); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF || !sweepWanted(r, dump != nil) {
			continue
		}
		contexts := sweepContexts
		if dump != nil {
			contexts = dumpContexts
		}
		for _, c := range contexts {
			if s := model.Sanitize(strings.ReplaceAll(c, "%", string(r))); s != "" {
				check(s)
			}
		}
		if t.Failed() && checked > 1000 {
			t.FailNow() // a table is off: one screen of errors says so
		}
	}
	lines := wrapRandom(t, m)
	t.Logf("sanitized widths checked: wide=%v, %d strings, %d wrapped lines, %d differ from Lip Gloss only as graphemeMayDiffer allows",
		wide, checked, lines, grapheme)
}

// sweepWanted picks the code points to try: all of them in planes 0 to 3
// and 14, every 61st in the uniform planes 4 to 13 (unassigned) and 15 and
// 16 (private use), and every 7th of the rest with -short (unless all are
// to be dumped).
func sweepWanted(r rune, all bool) bool {
	uniform := r >= 0x40000 && r < 0xE0000 || r >= 0xF0000
	if uniform {
		return r%61 == 0
	}
	return all || !testing.Short() || r%7 == 0
}

// graphemeMayDiffer reports whether Lip Gloss (x/ansi's grapheme width,
// which Bubble Tea's renderer uses only on terminals that report Unicode
// core mode 2027) may measure s differently from us. Layout never asks Lip
// Gloss for a width, so these are the known limits, not faults:
//   - a cluster extended by a spacing mark or started by a prepended letter
//     (Devanagari का, Thai กำ, halfwidth ｶﾞ): grapheme width counts the base,
//     runewidth and libc add the mark;
//   - in wide mode, the Latin letters go-runewidth keeps narrow though they
//     are East Asian ambiguous (à é ü ā ł æ ß…), and U+FFFD, which x/ansi
//     keeps narrow.
func graphemeMayDiffer(s string, wide bool) bool {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mc, r), r == 0x0E33, r == 0x0EB3, r == 0xFF9E, r == 0xFF9F:
			return true
		case unicode.Is(prependLetters, r):
			return true
		case wide && (unicode.Is(ambiguousLatin, r) || r == 0xFFFD):
			return true
		}
	}
	return false
}

// prependLetters are the letters of Grapheme_Cluster_Break=Prepend (a
// cluster goes on past them).
var prependLetters = &unicode.RangeTable{
	R16: []unicode.Range16{{Lo: 0x0D4E, Hi: 0x0D4E, Stride: 1}},
	R32: []unicode.Range32{
		{Lo: 0x111C2, Hi: 0x111C3, Stride: 1}, {Lo: 0x1193F, Hi: 0x1193F, Stride: 1},
		{Lo: 0x11941, Hi: 0x11941, Stride: 1}, {Lo: 0x11A84, Hi: 0x11A89, Stride: 1},
		{Lo: 0x11D46, Hi: 0x11D46, Stride: 1},
	},
}

// ambiguousLatin is go-runewidth's table of the East Asian ambiguous Latin
// letters it counts as one cell in East Asian mode.
var ambiguousLatin = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00AA, Hi: 0x00AA, Stride: 1}, {Lo: 0x00BA, Hi: 0x00BA, Stride: 1},
		{Lo: 0x00C6, Hi: 0x00C6, Stride: 1}, {Lo: 0x00D0, Hi: 0x00D0, Stride: 1},
		{Lo: 0x00D8, Hi: 0x00D8, Stride: 1}, {Lo: 0x00DE, Hi: 0x00E1, Stride: 1},
		{Lo: 0x00E6, Hi: 0x00E6, Stride: 1}, {Lo: 0x00E8, Hi: 0x00EA, Stride: 1},
		{Lo: 0x00EC, Hi: 0x00ED, Stride: 1}, {Lo: 0x00F0, Hi: 0x00F0, Stride: 1},
		{Lo: 0x00F2, Hi: 0x00F3, Stride: 1}, {Lo: 0x00F8, Hi: 0x00FA, Stride: 1},
		{Lo: 0x00FC, Hi: 0x00FC, Stride: 1}, {Lo: 0x00FE, Hi: 0x00FE, Stride: 1},
		{Lo: 0x0101, Hi: 0x0101, Stride: 1}, {Lo: 0x0111, Hi: 0x0111, Stride: 1},
		{Lo: 0x0113, Hi: 0x0113, Stride: 1}, {Lo: 0x011B, Hi: 0x011B, Stride: 1},
		{Lo: 0x0126, Hi: 0x0127, Stride: 1}, {Lo: 0x012B, Hi: 0x012B, Stride: 1},
		{Lo: 0x0131, Hi: 0x0133, Stride: 1}, {Lo: 0x0138, Hi: 0x0138, Stride: 1},
		{Lo: 0x013F, Hi: 0x0142, Stride: 1}, {Lo: 0x0144, Hi: 0x0144, Stride: 1},
		{Lo: 0x0148, Hi: 0x014B, Stride: 1}, {Lo: 0x014D, Hi: 0x014D, Stride: 1},
		{Lo: 0x0152, Hi: 0x0153, Stride: 1}, {Lo: 0x0166, Hi: 0x0167, Stride: 1},
		{Lo: 0x016B, Hi: 0x016B, Stride: 1},
	},
}

// hostilePieces are the characters Sanitize removes or replaces, and some
// it keeps, for random text.
var hostilePieces = []string{
	"\u3164", "\uFFA0", "\u115F", "\u1160", "\u1100", "\u1161", "\u11A8", "\u1113", "\u1176", "가", "각",
	"👨", "\u200D", "\U0001F3FB", "\uFE0F", "\uFE0E", "☀", "1", "\u20E3", "\U0001F1E8", "\U0001F1F3",
	"\U000E0067", "\U000E0100", "\uFE00", "\u0301", "\u0600", "\u2061", "\u00AD", "\u0378", "\uFDD0",
	"\U00031350", "\U0001FAE8", "☰", "\U0001D360", "\u3248", "\U0001D165", "\uE000", "\U00017000",
	"𠮷", "क", "\u093E", "ｶ", "ﾞ", "“", "①", "…", "\uFFFD", "é", "\t", "\n", " ", "\u3000",
	"法治", "政府", "，", "。", "（", "）", "2024", "abc",
}

// wrapRandom wraps sanitized random text at several widths and checks that
// every line is as wide to the renderer as to us, and no wider than the
// width. It returns the number of lines checked.
func wrapRandom(t *testing.T, m *Measure) int {
	rng := rand.New(rand.NewSource(8))
	n := 0
	for range 400 {
		var b strings.Builder
		for k := rng.Intn(120); k > 0; k-- {
			b.WriteString(hostilePieces[rng.Intn(len(hostilePieces))])
		}
		for _, para := range strings.Split(model.Sanitize(b.String()), "\n") {
			for _, w := range []int{7, 13, 40} {
				for _, l := range m.Wrap(para, w, 2) {
					n++
					if wc := ansi.StringWidthWc(l.Text); l.Width != wc || l.Width != m.String(l.Text) || l.Width > w && m.String(l.Text) > 2 {
						t.Errorf("wide=%v width %d: line %+q is %d cells to us, %d to the renderer", m.Wide(), w, l.Text, l.Width, wc)
					}
				}
			}
		}
	}
	return n
}
