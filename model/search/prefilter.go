// The prefilter: deciding from a file's raw bytes that it cannot match.

package search

import (
	"baogao/model/fold"
	"baogao/model/internal/scan"
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// prefilter decides from a file's raw bytes that it cannot match a query:
// some character of the query occurs in none of the forms that fold to it,
// in none of the encodings Decode may read the file in. A file decoded from
// UTF-8, GB18030 or Big5 that holds a character holds its bytes in that
// encoding (all three are stateless), so this needs no decoding and not
// even a UTF-8 validity check; UTF-16 (a byte order mark, or NUL bytes) is
// never skipped. Only CJK characters (U+2E80 and up) and ASCII are checked:
// for other symbols a legacy decoder may have more than one byte form.
type prefilter struct {
	off   bool            // regex: every file may match
	whole []scan.Finder   // the terms as folded: when all occur, the file may match
	forms [][]scan.Finder // per distinct query rune, every encoding of every form of it
}

func newPrefilter(q *Query, freq *[256]uint32) *prefilter {
	p := &prefilter{off: q.Regex != nil}
	if p.off {
		return p
	}
	gb, big5 := simplifiedchinese.GB18030.NewEncoder(), traditionalchinese.Big5.NewEncoder()
	seen := map[rune]bool{}
	for _, t := range q.Terms {
		p.whole = append(p.whole, scan.NewFinder(t, freq))
	runes:
		for _, r := range t {
			if seen[r] || r >= utf8.RuneSelf && r < 0x2E80 || r == utf8.RuneError {
				continue
			}
			seen[r] = true
			var forms []scan.Finder
			for _, f := range fold.Unfold(r) {
				if f >= utf8.RuneSelf && f < 0x2E80 {
					continue runes // a form the check cannot vouch for
				}
				forms = append(forms, scan.NewFinder(string(f), freq))
				if f >= utf8.RuneSelf {
					for _, enc := range []interface{ String(string) (string, error) }{gb, big5} {
						if e, err := enc.String(string(f)); err == nil {
							forms = append(forms, scan.NewFinder(e, freq))
						}
					}
				}
			}
			if r == ' ' {
				continue // a space in the key stands for any whitespace
			}
			p.forms = append(p.forms, forms)
		}
	}
	return p
}

// mayMatch reports whether the file with bytes b may hold a match.
func (p *prefilter) mayMatch(b []byte) bool {
	if p.off {
		return true
	}
	all := true
	for i := range p.whole {
		if p.whole[i].IndexBytes(b, 0) < 0 {
			all = false
			break
		}
	}
	if all || len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) ||
		bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	for _, forms := range p.forms {
		found := false
		for i := range forms {
			if forms[i].IndexBytes(b, 0) >= 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
