// Queries: what the user types, parsed. Words separated by spaces must all
// occur in one paragraph; "double quotes" make a phrase of what they
// enclose; in regex mode the text is a Go regular expression, compiled on
// folded text. Beyond splitting at spaces, the rules say where a space does
// not part words (2023 年度) and which regular expressions cannot find
// anything.

package search

import (
	"baogao/model"
	"baogao/model/fold"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed search.
type Query struct {
	Text  string         // as typed
	Terms []string       // folded words and phrases, all required in one paragraph
	Regex *regexp.Regexp // regex mode: compiled to run on folded text; Terms is nil
}

// ErrEmptyQuery is returned for a query with nothing to look for.
var ErrEmptyQuery = errors.New("empty search")

// ParseInput parses a query as typed in the app: a "re:" prefix selects
// regex mode.
func ParseInput(text string) (*Query, error) {
	if rest, ok := strings.CutPrefix(text, "re:"); ok {
		return ParseQuery(rest, true)
	}
	return ParseQuery(text, false)
}

// ParseQuery parses text as words and "phrases", or as a regular expression
// when regex is set. A space between a digit and a Chinese character parts
// no words (2023 年度 is one, as in the text). A bad regular expression, or
// one that can only match empty text, gives an error that says so; an
// unclosed quote runs to the end of the text.
func ParseQuery(text string, regex bool) (*Query, error) {
	q := &Query{Text: text}
	if regex {
		if strings.TrimFunc(text, func(r rune) bool { return fold.IsSpace(fold.Rune(r)) }) == "" {
			return nil, ErrEmptyQuery
		}
		re, err := compileFolded(text)
		if err != nil {
			return nil, err
		}
		q.Regex = re
		return q, nil
	}
	seen := map[string]bool{}
	add := func(t string) {
		if k := fold.String(t); k != "" && !seen[k] {
			seen[k] = true
			q.Terms = append(q.Terms, k)
		}
	}
	for rest := text; rest != ""; {
		if r, size := utf8.DecodeRuneInString(rest); fold.IsSpace(fold.Rune(r)) {
			rest = rest[size:]
			continue
		}
		if rest[0] == '"' {
			phrase, after, _ := strings.Cut(rest[1:], `"`)
			add(phrase)
			rest = after
			continue
		}
		end := wordEnd(rest)
		add(rest[:end])
		rest = rest[end:]
	}
	if len(q.Terms) == 0 {
		return nil, ErrEmptyQuery
	}
	return q, nil
}

// maxRegexRange is the largest character-class range whose runes are folded
// one by one; wider ranges are kept as written.
const maxRegexRange = 4096

// compileFolded compiles a regular expression to run on folded text: its
// literal characters and small character classes are folded like the text
// (so 楓橋 and [Ａ-Ｚ] still match), and ^ and $ match at paragraph ends
// (parsing without OneLine makes them line anchors, and the key has one
// paragraph per line).
func compileFolded(expr string) (*regexp.Regexp, error) {
	re, err := syntax.Parse(expr, syntax.Perl&^syntax.OneLine)
	if se, ok := err.(*syntax.Error); ok {
		return nil, fmt.Errorf("invalid regular expression: %s: `%s`", se.Code, model.PrintableName(se.Expr))
	}
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %w", err)
	}
	foldSyntax(re)
	switch can, nonEmpty := matchable(re); {
	case !can:
		return nil, fmt.Errorf("regular expression `%s` can match nothing", model.PrintableName(expr))
	case !nonEmpty:
		// Empty matches are not hits: without a word the search would
		// just find nothing.
		return nil, fmt.Errorf("regular expression `%s` matches only empty text", model.PrintableName(expr))
	}
	out, err := regexp.Compile(re.String())
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %w", err)
	}
	return out, nil
}

// foldSyntax folds the literals and character classes of a parsed regular
// expression in place.
func foldSyntax(re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		var out []rune
		for i, r := range re.Rune {
			f := fold.Rune(r)
			if f < 0 {
				continue
			}
			if fold.IsSpace(f) {
				// Whitespace is in the key only between word runes.
				if i > 0 && !fold.IsWordRune(fold.Rune(re.Rune[i-1])) || i+1 < len(re.Rune) && !fold.IsWordRune(fold.Rune(re.Rune[i+1])) {
					continue
				}
				f = ' '
			}
			out = append(out, f)
		}
		if len(out) == 0 {
			re.Op, re.Rune = syntax.OpEmptyMatch, nil
			return
		}
		re.Rune = out
	case syntax.OpCharClass:
		var add []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > maxRegexRange {
				continue
			}
			for r := lo; r <= hi; r++ {
				if f := fold.Rune(r); f != r && f >= 0 {
					add = append(add, f, f)
				}
			}
		}
		if len(add) > 0 {
			re.Rune = mergeRanges(append(re.Rune, add...))
		}
	}
	for _, sub := range re.Sub {
		foldSyntax(sub)
	}
}

// mergeRanges sorts and merges a character class's [lo, hi] pairs.
func mergeRanges(rs []rune) []rune {
	type rng struct{ lo, hi rune }
	var v []rng
	for i := 0; i+1 < len(rs); i += 2 {
		v = append(v, rng{rs[i], rs[i+1]})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].lo < v[j].lo })
	out := make([]rune, 0, len(rs))
	for _, r := range v {
		if n := len(out); n > 0 && r.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], r.hi)
			continue
		}
		out = append(out, r.lo, r.hi)
	}
	return out
}

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
