package fold

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// A table is the rune → key-rune table: the BMP in pages of 256 runes,
// where a nil page or a 0 entry means the rune is its own key and -1 that
// it is dropped; astral holds the few entries above U+FFFF.
type table struct {
	page   [256]*[256]int32
	astral map[rune]rune
}

// keys is the table, built on first use from foldPairs (not at init: a
// command that folds nothing, such as --version, should not pay for it).
var keys = sync.OnceValue(func() *table {
	t := &table{astral: map[rune]rune{}}
	for _, p := range foldPairs {
		from, to := p[0], p[1]
		if from > 0xFFFF {
			t.astral[from] = to
			continue
		}
		pg := t.page[from>>8]
		if pg == nil {
			pg = new([256]int32)
			t.page[from>>8] = pg
		}
		pg[from&0xFF] = to
	}
	return t
})

// Rune returns the key rune of r, or -1 when r is dropped.
func Rune(r rune) rune { return keys().key(r) }

// key is Rune on the table t.
func (t *table) key(r rune) rune {
	if r <= 0xFFFF {
		if pg := t.page[r>>8]; pg != nil {
			if f := pg[r&0xFF]; f != 0 {
				return f
			}
		}
		return r
	}
	if f, ok := t.astral[r]; ok {
		return f
	}
	return r
}

// IsSpace reports whether a key rune is whitespace. NFKC has already
// turned U+3000, NBSP and the typographic spaces into ' '.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0x1680, 0x2028, 0x2029:
		return true
	}
	return false
}

// IsWordRune reports whether whitespace next to a key rune may be kept (when
// the rune on the other side is one too): letters and digits of alphabetic
// scripts, below U+2000. Chinese is written without spaces, so a space next
// to a CJK character, or next to punctuation, carries nothing.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// String returns the comparison key of s: the same folding as search,
// without the offset map.
func String(s string) string {
	var f Folder
	return string(f.Append(make([]byte, 0, len(s)), s))
}

// Map folds s and returns, for each byte of the key, the byte offset in s
// where the rune that produced it starts (len(key)+1 entries, last = len(s)).
// A space that stands for a run of whitespace maps to the run's first rune.
func Map(s string) (key string, orig []int32) {
	f := Folder{byteMap: make([]int32, 0, len(s)+1)}
	k := f.Append(make([]byte, 0, len(s)), s)
	return string(k), append(f.byteMap, int32(len(s)))
}

// Shift records that from key rune Key on (until the next shift), the
// original rune index is Key+Extra: Extra runes of the original (dropped
// whitespace and invisible runes) have no key rune of their own.
type Shift struct{ Key, Extra int32 }

// Folder holds the state of a fold that appends key after key to one
// buffer (the search index folds a report's paragraphs so). Shifts is filled
// only when TrackRunes is set; byteMap only for Map.
type Folder struct {
	byteMap    []int32 // Map: original byte offset of every key byte
	TrackRunes bool    // record rune shifts in Shifts
	Shifts     []Shift // rune shifts, when TrackRunes
}

// Append appends the key of s to dst.
func (f *Folder) Append(dst []byte, s string) []byte {
	var (
		start    = len(dst) // key of s starts here in dst
		inSpace  bool       // inside a run of whitespace
		spaceAt  int        // byte offset in s of the run's first rune
		lastWord bool       // the last key rune is a word rune
		keyRunes int32      // key runes written
		extra    int32      // original runes without a key rune so far
		shifted  int32      // extra as last recorded in shifts
		mapBytes = f.byteMap != nil
		t        = keys()
	)
	for i := 0; i < len(s); {
		r, size, same := keyRuneAt(t, s, i)
		if r < 0 || IsSpace(r) {
			if r >= 0 && !inSpace {
				inSpace, spaceAt = true, i
			}
			extra++
			i += size
			continue
		}
		if inSpace {
			inSpace = false
			if lastWord && IsWordRune(r) && len(dst) > start {
				dst = append(dst, ' ')
				if mapBytes {
					f.byteMap = append(f.byteMap, int32(spaceAt))
				}
				keyRunes++
				extra--
			}
		}
		if f.TrackRunes && extra != shifted {
			f.Shifts = append(f.Shifts, Shift{keyRunes, extra})
			shifted = extra
		}
		n := len(dst)
		switch {
		case same:
			dst = append(dst, s[i:i+size]...)
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		default:
			dst = utf8.AppendRune(dst, r)
		}
		if mapBytes {
			for ; n < len(dst); n++ {
				f.byteMap = append(f.byteMap, int32(i))
			}
		}
		keyRunes++
		lastWord = IsWordRune(r)
		i += size
	}
	return dst
}

// Blank lists the runes the table folds to nothing (invisible runes) or to
// whitespace, which a key drops unless it parts two words.
func Blank() []rune {
	var out []rune
	for _, p := range foldPairs {
		if p[1] < 0 || IsSpace(p[1]) {
			out = append(out, p[0])
		}
	}
	return out
}

// unfoldTable maps each key rune to the runes that fold to it, itself
// included when it is its own key.
var unfoldTable = sync.OnceValue(func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, p := range foldPairs {
		if p[1] >= 0 {
			m[p[1]] = append(m[p[1]], p[0])
		}
	}
	return m
})

// Unfold returns every rune whose key is r, r first when it is its own key.
func Unfold(r rune) []rune {
	forms := unfoldTable()[r]
	if Rune(r) == r {
		forms = append([]rune{r}, forms...)
	}
	return forms
}

// keyRuneAt decodes the rune at s[i] and returns its key rune, its size in
// s, and whether it is its own key (so its bytes can be copied).
func keyRuneAt(t *table, s string, i int) (r rune, size int, same bool) {
	c := s[i]
	r, size, same = rune(c), 1, true
	switch {
	case c < utf8.RuneSelf:
		if 'A' <= c && c <= 'Z' {
			r += 'a' - 'A'
			same = false
		}
	case c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		// Three bytes: nearly all of Chinese text, decoded inline.
		r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r < 0x800 || 0xD800 <= r && r <= 0xDFFF {
			r, size = utf8.RuneError, 1 // overlong or surrogate: invalid
			same = false
		} else {
			size = 3
			if k := t.key(r); k != r {
				r, same = k, false
			}
		}
	default:
		r, size = utf8.DecodeRuneInString(s[i:])
		if k := t.key(r); k != r || size == 1 {
			r, same = k, false
		}
	}
	return r, size, same
}
