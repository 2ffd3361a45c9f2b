// Years: a report's years move on with the report.
//
// Next year's report of a district repeats most of this year's sentences
// with every year moved on by one: 2024年 becomes 2025年, 2023—2025年
// becomes 2024—2026年. Shown as changes, these bumps drown the real ones
// (in a next-year copy of a seed, 5 of 11 changed sentences changed only
// a year). So when both reports know their year (model.Report.Year) and
// the years differ by d, a year of A that became the same year plus d in
// B is a year bump: a span of kind OpYear, counted as matched text, not as
// an edit. A sentence whose only differences are year bumps is an OpSame
// with Years set: unchanged, unless the reader asks to see the bumps.
//
// A year is four ASCII digits from 1900 to 2099 (after folding, so
// full-width digits count) followed by 年 or by a dash, 至 or 到 that
// starts a range: 2024人 is a count, not a year. Years inside a sentence
// are one token kind for the diff (yearCode), so that the token diff lines
// up 2024 with 2025; equal runs are then split again where the two years
// differ (splitYears). Sentences are matched on keys with every year
// blanked (yearless), so a bumped sentence is paired with its original
// even when it is not unique after bumping.
package compare

import (
	"strings"
	"unicode/utf8"
)

// yearCode is the diff code of every year token when years are bumped.
const yearCode = ^uint32(0)

// yearValue returns the year a token of key stands for, or 0.
func yearValue(key string, t token) int {
	if t.end-t.start != 4 {
		return 0
	}
	y := 0
	for i := t.start; i < t.end; i++ {
		c := key[i]
		if c < '0' || c > '9' {
			return 0
		}
		y = 10*y + int(c-'0')
	}
	if y < 1900 || y > 2099 {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(key[t.end:])
	switch next {
	case '年', '-', '—', '–', '－', '~', '～', '至', '到':
		return y
	}
	return 0
}

// markYears gives the year tokens of key the shared yearCode and returns
// their values by token index (nil when there are none).
func markYears(key string, toks []token) []int {
	var years []int
	for i, t := range toks {
		if y := yearValue(key, t); y != 0 {
			if years == nil {
				years = make([]int, len(toks))
			}
			years[i] = y
			toks[i].code = yearCode
		}
	}
	return years
}

// yearless is key with the digits of every year replaced by '#', the key
// sentences are matched on when years are bumped.
func yearless(key string) string {
	if !strings.ContainsAny(key, "0123456789") {
		return key
	}
	var b []byte
	for i := 0; i+4 <= len(key); i++ {
		if i > 0 && isAlnumByte(key[i-1]) || !isDigits(key[i:i+4]) {
			continue
		}
		if i+4 < len(key) && isAlnumByte(key[i+4]) {
			continue
		}
		if yearValue(key, token{start: i, end: i + 4}) == 0 {
			continue
		}
		if b == nil {
			b = []byte(key)
		}
		copy(b[i:i+4], "####")
		i += 3
	}
	if b == nil {
		return key
	}
	return string(b)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// splitYears splits the equal edits of es where the years of a and b
// (from markYears) differ: a year bumped by shift becomes an edit of kind
// OpYear, any other pair of years an ordinary change. It returns the edits
// with their kinds.
func splitYears(es []tokenEdit, ya, yb []int, shift int) []kindEdit {
	out := make([]kindEdit, 0, len(es))
	push := func(kind OpKind, e tokenEdit) {
		if n := len(out); n > 0 && out[n-1].kind == kind && out[n-1].a1 == e.a0 && out[n-1].b1 == e.b0 {
			out[n-1].a1, out[n-1].b1 = e.a1, e.b1
			return
		}
		out = append(out, kindEdit{e, kind})
	}
	for _, e := range es {
		if !e.equal {
			push(editKind(e), e)
			continue
		}
		for i, j := e.a0, e.b0; i < e.a1; i, j = i+1, j+1 {
			one := tokenEdit{true, i, i + 1, j, j + 1}
			switch a, b := at(ya, i), at(yb, j); {
			case a == b:
				push(OpSame, one)
			case b-a == shift:
				one.equal = false
				push(OpYear, one)
			default:
				one.equal = false
				push(OpChange, one)
			}
		}
	}
	return out
}

// kindEdit is a token edit with the kind of span it becomes.
type kindEdit struct {
	tokenEdit
	kind OpKind
}

// editKind is the span kind of a token edit without years.
func editKind(e tokenEdit) OpKind {
	switch {
	case e.equal:
		return OpSame
	case e.a0 == e.a1:
		return OpAdd
	case e.b0 == e.b1:
		return OpDel
	}
	return OpChange
}

func at(ys []int, i int) int {
	if ys == nil {
		return 0
	}
	return ys[i]
}
