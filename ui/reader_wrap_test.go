package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"baogao/ui/text"
)

// TestWrapLongMatchesWrap wraps random text piece by piece, with pieces of
// a few bytes so that every kind of cut occurs, and checks the lines
// against wrapping it whole: Chinese, kinsoku punctuation, ASCII runs and
// decimals, spaces of both widths, combining marks and wide symbols.
func TestWrapLongMatchesWrap(t *testing.T) {
	alphabet := []string{"法", "治", "政", "府", "，", "。", "、", "（", "）", "“", "”", "《", "》", "…",
		"a", "b", "Z", "1", "2", "0", ".", ",", " ", "  ", "\u3000", "法\u0301", "😀", "%", "x1.5"}
	rng := rand.New(rand.NewPCG(3, 4))
	compared := 0
	for _, wide := range []bool{false, true} {
		m := text.NewMeasure(wide)
		for n := 0; n < 300; n++ {
			var b strings.Builder
			for b.Len() < 50+rng.IntN(3000) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			s := b.String()
			width, indent, piece := 1+rng.IntN(40), []int{0, 2, 4}[rng.IntN(3)], 8+rng.IntN(300)
			want, got := m.Wrap(s, width, indent), wrapWhole(m, s, width, indent, piece)
			checkWrapped(t, m, s, got, width)
			if longestRun(s) > width-indent {
				continue // cut at width, not width-indent, after the first piece (see wrapLong)
			}
			compared++
			if fmt.Sprint(got) != fmt.Sprint(want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Fatalf("wide %v, width %d, indent %d, piece %d: line %d is %q, want %q (of %q)", wide, width, indent, piece, i, got[i].Text, want[i].Text, s)
					}
				}
				t.Fatalf("wide %v, width %d, indent %d, piece %d: %d lines, want %d", wide, width, indent, piece, len(got), len(want))
			}
		}
	}
	// A piece that cuts a run of letters makes a token that fits where
	// the whole run does not: the line before the cut must not change.
	m := text.NewMeasure(false)
	s := strings.Repeat("法法abc", 50)
	for piece := 8; piece < 80; piece++ {
		if got, want := wrapWhole(m, s, 5, 0, piece), m.Wrap(s, 5, 0); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("piece %d: %v, want %v", piece, got, want)
		}
	}
	if compared < 200 {
		t.Errorf("only %d of 600 texts compared line for line", compared)
	}
}

// longestRun is the longest run of ASCII letters and digits in s, with the
// decimal points the wrapper keeps in it.
func longestRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			n++
		case (c == '.' || c == ',') && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			n++
		default:
			n = 0
		}
		best = max(best, n)
	}
	return best
}

// checkWrapped checks what the reader needs of wrapped lines: each fits
// the width (or is one wide character on a line of one cell), and their texts are s in order with
// only spaces dropped at the breaks (and the first line's indent added).
func checkWrapped(t *testing.T, m *text.Measure, s string, lines []text.Line, width int) {
	t.Helper()
	pos := 0
	for i, l := range lines {
		if l.Width > width && m.String(strings.TrimSpace(l.Text)) > max(width, 2) {
			t.Fatalf("line %d %q is %d cells, wider than %d", i, l.Text, l.Width, width)
		}
		content := strings.TrimLeft(l.Text, " \u3000")
		rest := strings.TrimLeft(s[pos:], " \u3000")
		if !strings.HasPrefix(rest, content) {
			t.Fatalf("line %d %q is not the text at byte %d: %q", i, l.Text, pos, rest[:min(len(rest), 40)])
		}
		pos = len(s) - len(rest) + len(content)
	}
	if strings.Trim(s[pos:], " \u3000") != "" {
		t.Fatalf("the lines stop at byte %d of %d", pos, len(s))
	}
}

// wrapWhole is wrapLong run to its end.
func wrapWhole(m *text.Measure, s string, width, indent, piece int) []text.Line {
	lines, _ := wrapLong(context.Background(), m, s, width, indent, piece)
	return lines
}
