// Package text measures and wraps report text for the terminal.
//
// Everything that decides how many cells a string takes on screen goes
// through a Measure, so the wrapper, the pane layout and the tests agree to
// the cell. A Measure is go-runewidth behind a runewidth.Condition whose
// East-Asian-ambiguous setting is ours: the package-level runewidth functions
// read the locale (LANG=zh_CN.UTF-8 turns “ into two cells) while Lip Gloss
// and Bubble Tea's renderer read only RUNEWIDTH_EASTASIAN, and the two must
// never disagree. The caller makes them agree by choosing the setting once
// and making sure the process environment says the same (see Ambiguous).
package text

import (
	"os"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
)

// Measure answers "how many cells" for one ambiguous-width setting. It is
// safe for concurrent use once built.
type Measure struct {
	cond *runewidth.Condition
	wide bool
}

// NewMeasure returns a Measure that counts East Asian ambiguous characters
// (“ ” — … · ① → and box drawing) as two cells when wide is true and one
// cell otherwise. StrictEmojiNeutral matches x/ansi's own condition, which
// is what Bubble Tea's renderer places cells with.
func NewMeasure(wide bool) *Measure {
	return &Measure{
		cond: &runewidth.Condition{EastAsianWidth: wide, StrictEmojiNeutral: true},
		wide: wide,
	}
}

// Wide reports whether ambiguous characters count as two cells.
func (m *Measure) Wide() bool { return m.wide }

// Rune is the width of one rune in cells (0 for combining marks and
// controls).
func (m *Measure) Rune(r rune) int { return m.cond.RuneWidth(r) }

// String is the width of plain text (no escape sequences) in cells,
// counting grapheme clusters as the terminal does. Text made only of
// characters that never join a cluster (ASCII, Han, CJK and general
// punctuation, Latin letters, symbols) is summed rune by rune, which gives
// the same answer several times faster than segmenting it.
func (m *Measure) String(s string) int {
	w := 0
	for _, r := range s {
		if !standalone(r) {
			return m.cond.StringWidth(s)
		}
		w += m.cond.RuneWidth(r)
	}
	return w
}

// standalone reports whether r is a printable character that forms a
// grapheme cluster on its own unless a combining character follows it (and
// combining characters are not standalone).
func standalone(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x300 && r != 0xad:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e, r >= 0x2100 && r <= 0x23ff,
		r >= 0x2460 && r <= 0x25ff: // punctuation, letterlike, arrows, ①, box drawing, shapes
		return true
	case r >= 0x3000 && r <= 0x9fff:
		return !(r >= 0x302a && r <= 0x302f) && r != 0x3099 && r != 0x309a
	case r >= 0xff01 && r <= 0xff60, r >= 0xfe30 && r <= 0xfe4f, r >= 0xfe50 && r <= 0xfe6b:
		return true // full-width forms, CJK compatibility and small forms (﹝﹞)
	}
	return false
}

// Truncate shortens plain text to at most w cells, ending it with tail when
// something was cut. The tail is dropped when it alone is wider than w.
func (m *Measure) Truncate(s string, w int, tail string) string {
	if w <= 0 {
		return ""
	}
	if m.String(tail) > w {
		tail = ""
	}
	return m.cond.Truncate(s, w, tail)
}

// Fit returns plain text cut (with "…") or padded with spaces to exactly w
// cells. A wide character that would straddle the edge is replaced by
// padding, so the result is never wider than w.
func (m *Measure) Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := m.String(s)
	if sw > w {
		s = m.Truncate(s, w, "…")
		sw = m.String(s)
	}
	return Pad(s, sw, w)
}

// Pad appends spaces to s, which is sw cells wide, to make it w cells.
func Pad(s string, sw, w int) string {
	if sw >= w {
		return s
	}
	return s + strings.Repeat(" ", w-sw)
}

// EnvAmbiguousWide reports what x/ansi, and with it Lip Gloss and Bubble
// Tea's renderer, decided at start-up: it reads RUNEWIDTH_EASTASIAN once,
// exactly as x/ansi's init does, so the answer holds for the whole process.
func EnvAmbiguousWide() bool {
	ea, err := strconv.ParseBool(os.Getenv("RUNEWIDTH_EASTASIAN"))
	return err == nil && ea
}
