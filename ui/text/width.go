package text

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Rune is the width of one rune in cells, as the renderer counts it: 0 for
// controls and for nonspacing and enclosing marks and format characters
// (Mn, Me, Cf), which never advance the cursor; go-runewidth's width for the
// rest.
func (m *Measure) Rune(r rune) int {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return 0
	case r < 0x7F:
		return 1
	case zeroWidth(r):
		return 0
	}
	return m.cond.RuneWidth(r)
}

// String is the width of plain text (no escape sequences) in cells: the sum
// of its runes' widths.
func (m *Measure) String(s string) int {
	w := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7F {
				w++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w += m.Rune(r)
		i += n
	}
	return w
}

// zeroWidthTables are the categories whose runes do not advance the cursor
// (x/ansi's list): nonspacing and enclosing marks, format characters.
var zeroWidthTables = []*unicode.RangeTable{unicode.Mn, unicode.Me, unicode.Cf}

// zeroWidthBMP is a bitset of the zeroWidthTables runes below U+10000.
var zeroWidthBMP = func() (t [1 << 16 / 64]uint64) {
	for _, tab := range zeroWidthTables {
		for _, rg := range tab.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				t[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return t
}()

// zeroWidth reports whether r is in zeroWidthTables.
func zeroWidth(r rune) bool {
	if r < 0x10000 {
		return zeroWidthBMP[uint16(r)>>6]&(1<<(r&63)) != 0
	}
	return unicode.In(r, zeroWidthTables...)
}

// Truncate shortens plain text to at most w cells, ending it with tail when
// something was cut. The tail is dropped when it alone is wider than w.
func (m *Measure) Truncate(s string, w int, tail string) string {
	if w <= 0 {
		return ""
	}
	if m.String(s) <= w {
		return s
	}
	if m.String(tail) > w {
		tail = ""
	}
	w -= m.String(tail)
	used := 0
	for i, r := range s {
		rw := m.Rune(r)
		if rw > 0 && used+rw > w {
			return s[:i] + tail // the marks after the last rune kept stay with it
		}
		used += rw
	}
	return s + tail
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
