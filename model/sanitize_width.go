// Characters that terminals draw at different widths.
//
// The reader lays a report out with go-runewidth (ui/text's Measure), Bubble
// Tea's renderer places cells with x/ansi's wcwidth, and the terminal draws
// them with its own table: libc wcwidth for tmux and most Linux terminals.
// Where two of them disagree on a character, the line holding it comes out a
// cell short or long and the pane's right border moves. A sweep of every code
// point through all three (and through tmux itself) found the classes below;
// Sanitize removes or replaces them when a file is loaded, so the text that is
// stored, searched, compared and shown is text they all measure alike:
//
//   - unassigned code points and noncharacters (Go: one or two cells; libc:
//     unprintable, and tmux drops them), the characters Unicode 15 added (glibc
//     2.36 and older do not know them: CJK Extension H, new emoji, Kawi…), and
//     the symbols Unicode 16 made wide (trigrams ☰, Tai Xuan Jing, counting
//     rods: two cells to go-runewidth, one to libc) become 〓, the typesetter's
//     mark for a character the font lacks, two cells on every terminal;
//   - conjoining Hangul jamo (libc: zero cells for vowels and finals,
//     go-runewidth one, and runewidth and x/ansi cluster them differently) are
//     composed into precomposed syllables, and those that do not compose become
//     compatibility jamo (ㄱ ㅏ) or 〓; the Hangul fillers (U+115F, U+1160,
//     U+3164, U+FFA0, drawn zero, one or two cells depending on the version)
//     are removed;
//   - regional indicators (one cell each, a flag of two to grapheme-aware
//     terminals) become the letters they stand for: 🇨🇳 → CN;
//   - U+3248–U+324F (circled numbers on black squares: ambiguous to Go, wide
//     to glibc) become ⑩ ⑳ ㉚ ㊵ ㊿, or 〓 where there is no such number;
//   - format characters (Cf: Arabic number signs, invisible operators,
//     interlinear annotation marks, besides the bidi controls and zero-width
//     characters Sanitize always removed), the emoji presentation selectors
//     U+FE0E and U+FE0F, emoji skin-tone modifiers, and a few spacing marks
//     go-runewidth counts as zero cells but libc as one are removed;
//   - a combining mark with nothing but whitespace before it on its line has
//     no base to sit on (tmux drops it, other terminals draw it alone) and is
//     removed.
//
// East Asian ambiguous characters (“ ” … ① → and private-use characters) are
// not here: they are measured by the reader's ambiguous setting, which follows
// the terminal.

package model

import (
	"baogao/model/fold"
	"sync"
	"unicode"
	"unicode/utf8"
)

// placeholder replaces a character no terminal can be relied on to draw at
// the width we measure: U+3013 GETA MARK, the typesetter's mark for a missing
// character, two cells on every terminal and in every Chinese font (GB 2312
// A1FE).
const placeholder = '〓'

// widthAct is what Sanitize does with a rune.
type widthAct uint8

const (
	actKeep widthAct = iota
	actDrop          // removed wherever it is
	actMark          // combining mark: removed when it has no base on its line
	actSwap          // replaced by widthSwap
	actJamo          // conjoining jamo: composed into a syllable, or swapped
	actLV            // Hangul LV syllable: takes a following trailing jamo in
)

// runeAct classifies a valid non-ASCII rune.
func runeAct(r rune) widthAct {
	switch {
	case sanitizeControl(r):
		return actDrop
	case r >= 0xE0000 && r <= 0xE007F: // tag characters, assigned or not
		return actDrop
	case unicode.Is(unicode.Cf, r):
		return actDrop
	case r == 0xFE0E || r == 0xFE0F, // text and emoji presentation selectors
		r >= 0x1F3FB && r <= 0x1F3FF,                                 // emoji skin-tone modifiers
		r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0,     // Hangul fillers
		r == 0x1D165 || r == 0x1D166 || r >= 0x1D16D && r <= 0x1D172, // musical stems and flags
		r == 0x1171E: // Ahom medial ra: a mark to x/ansi, a letter to go-runewidth
		return actDrop
	case unicode.Is(unicode.Cn, r), unicode.Is(unicode15, r), unicode.Is(widened16, r):
		return actSwap
	case r >= 0x3248 && r <= 0x324F, r >= 0x1F1E6 && r <= 0x1F1FF:
		return actSwap
	case isJamo(r):
		return actJamo
	case r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 0:
		return actLV
	case unicode.In(r, unicode.Mn, unicode.Me):
		return actMark
	}
	return actKeep
}

// sanitizeControl reports whether r is one of the invisible controls that
// Sanitize has always removed: C1 controls, bidi controls, zero-width
// characters, byte order marks and the soft hyphen.
func sanitizeControl(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F, // C1 controls
		r >= 0x200B && r <= 0x200F, // zero-width space, ZWNJ, ZWJ, LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r == 0x2060,                // word joiner
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0x061C,                // Arabic letter mark
		r == 0xFEFF,                // byte order mark, zero-width no-break space
		r == 0x00AD:                // soft hyphen: invisible, but some terminals draw it
		return true
	}
	return false
}

// SanitizeChanges reports whether Sanitize may remove or replace the valid,
// non-ASCII rune r. For combining marks and Hangul it depends on the runes
// around r, so the answer is yes for all of them. Precomposed LV syllables,
// which Sanitize changes only when a trailing jamo follows (itself a rune
// this reports), are not included.
func SanitizeChanges(r rune) bool {
	if r == 0x2028 || r == 0x2029 {
		return true // become '\n'
	}
	a := runeAct(r)
	return a != actKeep && a != actLV
}

// SanitizeUncountable reports whether a search term holding the key rune k
// cannot be counted from a file's raw bytes: Sanitize changes k, or can
// write k (or a rune that folds to k) in place of other runes — the
// placeholder, the circled numbers that replace U+3248–U+324C, Hangul
// syllables and compatibility jamo. (The capital letters that replace
// regional indicators qualify too, but the counters give up on a file that
// holds regional indicators, by SanitizeChanges.)
func SanitizeUncountable(k rune) bool {
	return sanitizeOutputs()[k] || k >= utf8.RuneSelf && SanitizeChanges(k)
}

// SanitizeStops marks the BMP runes that Sanitize may remove or replace
// but that folding keeps: the byte-level counters, which fold raw lines,
// must give up on a file holding one. (The runes both drop, such as the
// zero-width space, they handle.) It is built on first use, after the fold
// table.
var SanitizeStops = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var t [1 << 16 / 64]uint64
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if !needsAttention(r) || !SanitizeChanges(r) {
			continue
		}
		if k := fold.Rune(r); k >= 0 && !fold.IsSpace(k) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return &t
})

// sanitizeOutputs holds the runes Sanitize writes in place of others, and
// their keys. It is built on first use: the fold table is filled by an init
// function, after package variables.
var sanitizeOutputs = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	add := func(r rune) {
		m[r] = true
		if k := fold.Rune(r); k >= 0 {
			m[k] = true
		}
	}
	add(placeholder)
	for _, r := range circledTens {
		add(r)
	}
	for r := rune(0x3131); r <= 0x318E; r++ {
		add(r)
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		add(r)
	}
	return m
})

// circledTens replace U+3248–U+324F, CIRCLED NUMBER TEN (…EIGHTY) ON BLACK
// SQUARE, by the plain circled number where Unicode has one.
var circledTens = [8]rune{'⑩', '⑳', '㉚', '㊵', '㊿', placeholder, placeholder, placeholder}

// widthSwap is the replacement of a rune whose act is actSwap or actJamo (a
// jamo left over from composition).
func widthSwap(r rune) rune {
	switch {
	case r >= 0x3248 && r <= 0x324F:
		return circledTens[r-0x3248]
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return 'A' + r - 0x1F1E6
	case isJamo(r):
		if c, ok := compatJamo[r]; ok {
			return c
		}
	}
	return placeholder
}

// isJamo reports whether r is a conjoining Hangul jamo (the fillers aside,
// which runeAct removes before asking).
func isJamo(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0xA960 && r <= 0xA97C ||
		r >= 0xD7B0 && r <= 0xD7C6 || r >= 0xD7CB && r <= 0xD7FB
}

// Hangul syllable composition (Unicode §3.12): a leading consonant, a vowel
// and an optional trailing consonant make one of the 11,172 syllables.
const (
	jamoL, jamoV, jamoT = 0x1100, 0x1161, 0x11A7 // bases; T counts from 1
	countL, countV      = 19, 21
	countT              = 28 // including "no trailing consonant"
	syllableBase        = 0xAC00
)

// composeHangul composes the jamo at the start of s (its first rune is a
// conjoining jamo or an LV syllable) and returns the syllable and how many
// bytes it took, or ok=false when nothing composes.
func composeHangul(s string) (syl rune, n int, ok bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= jamoL && r < jamoL+countL:
		v, vs := utf8.DecodeRuneInString(s[size:])
		if v < jamoV || v >= jamoV+countV {
			return 0, 0, false
		}
		syl = syllableBase + ((r-jamoL)*countV+(v-jamoV))*countT
		n = size + vs
	case r >= syllableBase && r <= 0xD7A3 && (r-syllableBase)%countT == 0:
		syl, n = r, size
	default:
		return 0, 0, false
	}
	if t, ts := utf8.DecodeRuneInString(s[n:]); t > jamoT && t < jamoT+countT {
		return syl + t - jamoT, n + ts, true
	}
	return syl, n, n > size
}

// trailingJamoAt reports whether s[i:] starts with a modern trailing
// consonant, U+11A8–U+11C2 (E1 86 A8 – E1 87 82).
func trailingJamoAt(s string, i int) bool {
	if i+2 >= len(s) || s[i] != 0xE1 {
		return false
	}
	return s[i+1] == 0x86 && s[i+2] >= 0xA8 || s[i+1] == 0x87 && s[i+2] <= 0x82
}

// attention marks the BMP runes for which runeAct is not actKeep, and the
// line and paragraph separators, so that Sanitize's scan of clean text costs
// one bit test per rune. It is built from the same ranges runeAct tests.
var attention = func() (t [1 << 16 / 64]uint64) {
	set := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	for _, tab := range []*unicode.RangeTable{unicode.Cf, unicode.Cn, unicode.Mn, unicode.Me, unicode15, widened16} {
		for _, rg := range tab.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				t[r>>6] |= 1 << (r & 63)
			}
		}
	}
	set(0x80, 0x9F)
	for _, r := range []rune{0x00AD, 0x061C, 0x2028, 0x2029, 0x2060, 0xFEFF, 0x115F, 0x1160, 0x3164, 0xFFA0} {
		set(r, r)
	}
	set(0x200B, 0x200F)
	set(0x202A, 0x202E)
	set(0x2066, 0x2069)
	set(0xFE0E, 0xFE0F)
	set(0x3248, 0x324F)
	set(0x1100, 0x11FF)
	set(0xA960, 0xA97C)
	set(0xD7B0, 0xD7FB)
	for r := rune(syllableBase); r <= 0xD7A3; r += countT {
		set(r, r)
	}
	return t
}()

// needsAttention reports whether Sanitize may act on the BMP rune r.
func needsAttention(r rune) bool { return attention[uint16(r)>>6]&(1<<(r&63)) != 0 }

// unicode15 holds the characters Unicode 15.0 added (DerivedAge.txt). Go's
// tables know them, glibc 2.36 (Debian 12) and older do not: tmux drops them.
// Go 1.26's tables are Unicode 15.0.0; TestUnicodeVersion fails when that
// changes, since the characters of the next version will need the same.
var unicode15 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0CF3, Hi: 0x0CF3, Stride: 1},
		{Lo: 0x0ECE, Hi: 0x0ECE, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10EFD, Hi: 0x10EFF, Stride: 1},
		{Lo: 0x1123F, Hi: 0x11241, Stride: 1},
		{Lo: 0x11B00, Hi: 0x11B09, Stride: 1},
		{Lo: 0x11F00, Hi: 0x11F10, Stride: 1},
		{Lo: 0x11F12, Hi: 0x11F3A, Stride: 1},
		{Lo: 0x11F3E, Hi: 0x11F59, Stride: 1},
		{Lo: 0x1342F, Hi: 0x1342F, Stride: 1},
		{Lo: 0x13439, Hi: 0x13455, Stride: 1},
		{Lo: 0x1B132, Hi: 0x1B132, Stride: 1},
		{Lo: 0x1B155, Hi: 0x1B155, Stride: 1},
		{Lo: 0x1D2C0, Hi: 0x1D2D3, Stride: 1},
		{Lo: 0x1DF25, Hi: 0x1DF2A, Stride: 1},
		{Lo: 0x1E030, Hi: 0x1E06D, Stride: 1},
		{Lo: 0x1E08F, Hi: 0x1E08F, Stride: 1},
		{Lo: 0x1E4D0, Hi: 0x1E4F9, Stride: 1},
		{Lo: 0x1F6DC, Hi: 0x1F6DC, Stride: 1},
		{Lo: 0x1F774, Hi: 0x1F776, Stride: 1},
		{Lo: 0x1F77B, Hi: 0x1F77F, Stride: 1},
		{Lo: 0x1F7D9, Hi: 0x1F7D9, Stride: 1},
		{Lo: 0x1FA75, Hi: 0x1FA77, Stride: 1},
		{Lo: 0x1FA87, Hi: 0x1FA88, Stride: 1},
		{Lo: 0x1FAAD, Hi: 0x1FAAF, Stride: 1},
		{Lo: 0x1FABB, Hi: 0x1FABD, Stride: 1},
		{Lo: 0x1FABF, Hi: 0x1FABF, Stride: 1},
		{Lo: 0x1FACE, Hi: 0x1FACF, Stride: 1},
		{Lo: 0x1FADA, Hi: 0x1FADB, Stride: 1},
		{Lo: 0x1FAE8, Hi: 0x1FAE8, Stride: 1},
		{Lo: 0x1FAF7, Hi: 0x1FAF8, Stride: 1},
		{Lo: 0x2B739, Hi: 0x2B739, Stride: 1},
		{Lo: 0x31350, Hi: 0x323AF, Stride: 1}, // CJK Unified Ideographs Extension H
	},
}

// widened16 holds the symbols whose East Asian width Unicode 16 changed from
// neutral to wide: go-runewidth follows 16 (two cells), glibc 2.36 still 14
// (one cell).
var widened16 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x2630, Hi: 0x2637, Stride: 1}, // trigrams ☰…☷
		{Lo: 0x268A, Hi: 0x268F, Stride: 1}, // monograms and digrams ⚊…⚏
	},
	R32: []unicode.Range32{
		{Lo: 0x1D300, Hi: 0x1D356, Stride: 1}, // Tai Xuan Jing symbols
		{Lo: 0x1D360, Hi: 0x1D376, Stride: 1}, // counting rod numerals
	},
}

// compatJamo maps a conjoining jamo to the compatibility jamo of the same
// letter (HANGUL CHOSEONG/JUNGSEONG/JONGSEONG X to HANGUL LETTER X), which
// stands alone: it joins no cluster and is two cells everywhere.
// TestCompatJamo checks every entry and every omission against the names.
var compatJamo = map[rune]rune{
	0x1100: 0x3131, 0x1101: 0x3132, 0x1102: 0x3134, 0x1103: 0x3137,
	0x1104: 0x3138, 0x1105: 0x3139, 0x1106: 0x3141, 0x1107: 0x3142,
	0x1108: 0x3143, 0x1109: 0x3145, 0x110A: 0x3146, 0x110B: 0x3147,
	0x110C: 0x3148, 0x110D: 0x3149, 0x110E: 0x314A, 0x110F: 0x314B,
	0x1110: 0x314C, 0x1111: 0x314D, 0x1112: 0x314E, 0x1114: 0x3165,
	0x1115: 0x3166, 0x111A: 0x3140, 0x111C: 0x316E, 0x111D: 0x3171,
	0x111E: 0x3172, 0x1120: 0x3173, 0x1121: 0x3144, 0x1122: 0x3174,
	0x1123: 0x3175, 0x1127: 0x3176, 0x1129: 0x3177, 0x112B: 0x3178,
	0x112C: 0x3179, 0x112D: 0x317A, 0x112E: 0x317B, 0x112F: 0x317C,
	0x1132: 0x317D, 0x1136: 0x317E, 0x1140: 0x317F, 0x1147: 0x3180,
	0x114C: 0x3181, 0x1157: 0x3184, 0x1158: 0x3185, 0x1159: 0x3186,
	0x115B: 0x3167, 0x115C: 0x3135, 0x115D: 0x3136, 0x1161: 0x314F,
	0x1162: 0x3150, 0x1163: 0x3151, 0x1164: 0x3152, 0x1165: 0x3153,
	0x1166: 0x3154, 0x1167: 0x3155, 0x1168: 0x3156, 0x1169: 0x3157,
	0x116A: 0x3158, 0x116B: 0x3159, 0x116C: 0x315A, 0x116D: 0x315B,
	0x116E: 0x315C, 0x116F: 0x315D, 0x1170: 0x315E, 0x1171: 0x315F,
	0x1172: 0x3160, 0x1173: 0x3161, 0x1174: 0x3162, 0x1175: 0x3163,
	0x1184: 0x3187, 0x1185: 0x3188, 0x1188: 0x3189, 0x1191: 0x318A,
	0x1192: 0x318B, 0x1194: 0x318C, 0x119E: 0x318D, 0x11A8: 0x3131,
	0x11A9: 0x3132, 0x11AA: 0x3133, 0x11AB: 0x3134, 0x11AC: 0x3135,
	0x11AD: 0x3136, 0x11AE: 0x3137, 0x11AF: 0x3139, 0x11B0: 0x313A,
	0x11B1: 0x313B, 0x11B2: 0x313C, 0x11B3: 0x313D, 0x11B4: 0x313E,
	0x11B5: 0x313F, 0x11B6: 0x3140, 0x11B7: 0x3141, 0x11B8: 0x3142,
	0x11B9: 0x3144, 0x11BA: 0x3145, 0x11BB: 0x3146, 0x11BC: 0x3147,
	0x11BD: 0x3148, 0x11BE: 0x314A, 0x11BF: 0x314B, 0x11C0: 0x314C,
	0x11C1: 0x314D, 0x11C2: 0x314E, 0x11C6: 0x3166, 0x11C7: 0x3167,
	0x11C8: 0x3168, 0x11CC: 0x3169, 0x11CE: 0x316A, 0x11D3: 0x316B,
	0x11D7: 0x316C, 0x11D9: 0x316D, 0x11DC: 0x316E, 0x11DD: 0x316F,
	0x11DF: 0x3170, 0x11E2: 0x3171, 0x11E6: 0x3178, 0x11E7: 0x317A,
	0x11E8: 0x317C, 0x11EA: 0x317D, 0x11EB: 0x317F, 0x11EE: 0x3180,
	0x11F0: 0x3181, 0x11F1: 0x3182, 0x11F2: 0x3183, 0x11F4: 0x3184,
	0x11F9: 0x3186, 0x11FF: 0x3165, 0xA964: 0x313A, 0xA966: 0x316A,
	0xA968: 0x313B, 0xA969: 0x313C, 0xA96C: 0x313D, 0xA971: 0x316F,
	0xD7CD: 0x3138, 0xD7E3: 0x3173, 0xD7E6: 0x3143, 0xD7E7: 0x3175,
	0xD7E8: 0x3176, 0xD7EF: 0x317E, 0xD7F9: 0x3149,
}
