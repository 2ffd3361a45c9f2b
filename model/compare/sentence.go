// Sentences and tokens: the units the comparison works in.
//
// A report is compared sentence by sentence because that is the unit a
// reviewer reads and the unit a drafter edits: next year's report keeps most
// sentences, rewrites a few, drops some and adds some. A sentence ends at
// 。！？； (or their half-width forms) and at the end of a paragraph, but
// never inside 《》（）“”「」【】: "印发《关于……的通知》。" is one sentence
// even when the title holds a stop. Closing quotes and brackets after the
// stop stay with the sentence ("……。”"), and a quote that closes right after
// a stop ends the sentence there. A bracket left open for more than
// maxBracketRunes is taken to be unbalanced and no longer holds splits back.
//
// Inside a pair of sentences the diff works on tokens: one per Chinese
// character, but a run of ASCII digits and letters, with "." and "%" inside,
// is one token, so that 174份 → 186份 reads as "174 became 186", not as
// "1 stayed, 74 became 86". Tokens come from the folded key (Fold), so a
// full-width "１７４" and a half-width "174" are the same token.

package compare

import (
	"baogao/model/fold"
	"slices"
	"unicode"
	"unicode/utf8"
)

// maxBracketRunes is how long a bracket or quote may stay open before the
// splitter treats it as unbalanced: real titles and quotations in reports
// are far shorter, and a stray "“" must not glue a whole paragraph together.
const maxBracketRunes = 160

// sentence is one sentence of a section's paragraphs.
type sentence struct {
	text  string   // as written
	key   string   // fold.String(text): what is compared
	para  int      // index in Section.Paras
	off   int      // byte offset of text in the paragraph
	id    int      // interned key, equal ids ⇔ equal keys within one comparison
	runes int      // runes in key
	grams []uint64 // distinct character bigrams of key, sorted (for Dice)
}

// sentenceBounds returns the byte offsets where the sentences of paragraph p
// end; the last is len(p).
func sentenceBounds(p string) []int {
	var (
		ends     []int
		depth    int  // brackets and quotes open
		openedAt int  // rune index where the outermost one opened
		n        int  // runes so far
		pending  bool // a stop at depth 0 was seen: end before the next rune that is neither stop nor closer
		afterEnd bool // the last rune other than a closer was a stop
	)
	for i, r := range p {
		if pending && !isSentenceStop(r) && !isCloser(r) {
			ends = append(ends, i)
			pending = false
		}
		switch {
		case r == '\n':
			ends = append(ends, i+len("\n"))
			depth, pending, afterEnd = 0, false, false
		case isOpener(r):
			if depth == 0 {
				openedAt = n
			}
			depth++
			afterEnd = false
		case isCloser(r):
			if depth > 0 {
				depth--
				if depth == 0 && afterEnd {
					pending = true // 。” ends the sentence after the quote
				}
			}
		case isSentenceStop(r):
			if depth > 0 && n-openedAt > maxBracketRunes {
				depth = 0 // an unbalanced bracket: stop waiting for it
			}
			pending = pending || depth == 0
			afterEnd = true
		default:
			afterEnd = false
		}
		n++
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(p) {
		ends = append(ends, len(p))
	}
	return ends
}

func isSentenceStop(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '｡':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '《', '（', '(', '“', '‘', '「', '『', '【', '〔', '﹝', '〈':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '》', '）', ')', '”', '’', '」', '』', '】', '〕', '﹞', '〉':
		return true
	}
	return false
}

// splitParas splits paragraphs into sentences, dropping those whose key is
// empty (nothing but spaces).
//
// The keys are folded one after another into one buffer and cut from one
// string (Folder.Append folds each as fold.String would), so a section
// costs two allocations for its keys rather than two a sentence.
func splitParas(paras []string) []sentence {
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	var (
		out  []sentence
		ends []int // end of each sentence's key in buf
		f    fold.Folder
		buf  = make([]byte, 0, size)
	)
	for pi, p := range paras {
		start := 0
		for _, end := range sentenceBounds(p) {
			n := len(buf)
			if buf = f.Append(buf, p[start:end]); len(buf) > n {
				out = append(out, sentence{text: p[start:end], para: pi, off: start})
				ends = append(ends, len(buf))
			}
			start = end
		}
	}
	keys := string(buf)
	from := 0
	for i := range out {
		out[i].key = keys[from:ends[i]]
		out[i].runes = utf8.RuneCountInString(out[i].key)
		from = ends[i]
	}
	return out
}

// bigrams returns the distinct character bigrams of a key, sorted, skipping
// punctuation and spaces (which every sentence shares). A key of one
// content character yields that character alone.
func bigrams(key string) []uint64 {
	var (
		out       = make([]uint64, 0, len(key)/3+1) // about a bigram a character, three bytes each
		prev rune = -1
	)
	for _, r := range key {
		if !isContentRune(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			out = append(out, uint64(prev)<<21|uint64(r))
		}
		prev = r
	}
	if len(out) == 0 && prev >= 0 {
		out = append(out, uint64(prev))
	}
	return sortUnique(out)
}

// isContentRune reports whether r carries meaning for similarity: letters
// (Han included) and digits, not punctuation, symbols or spaces.
func isContentRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs: nearly all the text
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sortUnique sorts s and drops duplicates, in place.
func sortUnique(s []uint64) []uint64 {
	if len(s) < 2 {
		return s
	}
	slices.Sort(s)
	w := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[w-1] {
			s[w] = s[i]
			w++
		}
	}
	return s[:w]
}

// dice is the Dice coefficient of two sorted bigram sets: 2|a∩b|/(|a|+|b|).
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// token is one diff token of a key: bytes [start, end) of the key and a
// code that is equal for equal tokens (the rune itself, or an interned code
// above the Unicode range for a digit/letter run).
type token struct {
	start, end int
	code       uint32
	runes      int
}

// tokenize splits a key into tokens; runs of ASCII digits and letters (with
// "." and "%" inside or "%" at the end) get codes from intern.
func tokenize(key string, intern map[string]uint32) []token {
	toks := make([]token, 0, len(key)/2)
	for i := 0; i < len(key); {
		c := key[i]
		if isAlnumByte(c) {
			j := i + 1
			for j < len(key) {
				switch d := key[j]; {
				case isAlnumByte(d):
					j++
					continue
				case (d == '.') && j+1 < len(key) && isAlnumByte(key[j+1]):
					j++
					continue
				case d == '%':
					j++
				}
				break
			}
			run := key[i:j]
			code, ok := intern[run]
			if !ok {
				code = uint32(utf8.MaxRune + 1 + len(intern))
				intern[run] = code
			}
			toks = append(toks, token{i, j, code, j - i})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(key[i:])
		toks = append(toks, token{i, i + size, uint32(r), 1})
		i += size
	}
	return toks
}

func isAlnumByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
