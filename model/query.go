// Query parsing rules that go beyond splitting at spaces: where a space
// does not part words, and which regular expressions cannot find anything.
// ParseQuery (search.go) applies them.

package model

import (
	"baogao/model/fold"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordEnd returns where the word that starts rest ends: at a quote or at
// whitespace, but not at whitespace between a digit and a Chinese
// character, which the text's key drops too (2023 年度 = 2023年度). Between
// two Chinese characters a space still parts two words.
func wordEnd(rest string) int {
	isBreak := func(r rune) bool { return r == '"' || fold.IsSpace(fold.Rune(r)) }
	for from := 0; ; {
		end := strings.IndexFunc(rest[from:], isBreak)
		if end < 0 {
			return len(rest)
		}
		end += from
		after := strings.TrimLeftFunc(rest[end:], func(r rune) bool { return fold.IsSpace(fold.Rune(r)) })
		before, _ := utf8.DecodeLastRuneInString(rest[:end])
		next, _ := utf8.DecodeRuneInString(after)
		if rest[end] == '"' || after == "" || !digitMeetsHan(fold.Rune(before), fold.Rune(next)) {
			return end
		}
		from = len(rest) - len(after)
	}
}

// digitMeetsHan reports whether key runes a and b are a digit and a Chinese
// character, in either order.
func digitMeetsHan(a, b rune) bool {
	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	isHan := func(r rune) bool { return r >= 0 && unicode.Is(unicode.Han, r) }
	return isDigit(a) && isHan(b) || isHan(a) && isDigit(b)
}

// matchable reports whether a parsed (and folded) regular expression can
// match at all, and whether it can match some non-empty text. It errs
// towards yes: `a^b` is taken to match.
func matchable(re *syntax.Regexp) (can, nonEmpty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false, false
	case syntax.OpLiteral, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true, re.Op != syntax.OpLiteral || len(re.Rune) > 0
	case syntax.OpCharClass:
		return len(re.Rune) > 0, len(re.Rune) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return matchable(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		_, nonEmpty = matchable(re.Sub[0])
		return true, nonEmpty
	case syntax.OpRepeat:
		can, nonEmpty = matchable(re.Sub[0])
		if re.Min == 0 {
			return true, nonEmpty && re.Max != 0
		}
		return can, nonEmpty
	case syntax.OpConcat:
		can = true
		for _, sub := range re.Sub {
			c, n := matchable(sub)
			can, nonEmpty = can && c, nonEmpty || n
		}
		return can, can && nonEmpty
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if c, n := matchable(sub); c {
				can, nonEmpty = true, nonEmpty || n
			}
		}
		return can, nonEmpty
	}
	return true, false // empty match, anchors and word boundaries
}
