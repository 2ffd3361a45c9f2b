// Telling the encoding of a file that is not valid UTF-8, and counting
// what decoding it would replace.
//
// A file that is not valid UTF-8 may be GB18030 (GBK, GB2312), Big5, or
// UTF-8 with some bytes damaged or pasted in from another encoding. Each
// reading is scored by how much of it is everyday Chinese and how many bytes
// it could not decode; the one that reads most like Chinese wins. The
// scanners mirror the decoders byte for byte (golang.org/x/text for GB18030
// and Big5, utf8WithReplacement for UTF-8), so a reading's bad count is
// exactly the number of bytes its decoder replaces with U+FFFD, which is
// what the loader's warning reports (FuzzDecode checks the two agree).

package model

import (
	"encoding/binary"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// reading is how one encoding reads some bytes: good counts its everyday
// Chinese characters and symbols, bad the bytes it cannot decode and would
// replace with U+FFFD.
type reading struct{ good, bad int }

// score weighs a replaced byte as two good characters lost: a reading that
// has to throw bytes away is most likely the wrong one.
func (r reading) score() int { return r.good - 2*r.bad }

// chooseReading decides how to decode b, which is neither valid UTF-8 nor
// UTF-16: as UTF-8 with its invalid bytes replaced, as GB18030 or as Big5,
// whichever reads most like Chinese. UTF-8 wins ties (it keeps every valid
// byte as written), then GB18030. It returns the encoding and how many bytes
// decoding will replace.
func chooseReading(b []byte) (enc string, replaced int) {
	gb, b5 := scanGB18030(b), scanBig5(b)
	if u8, ok := scanUTF8(b, max(gb.score(), b5.score())); ok {
		return encUTF8, u8.bad
	}
	if b5.score() > gb.score() {
		return encBig5, b5.bad
	}
	return encGB18030, gb.bad
}

// validUTF8 is utf8.Valid, eight bytes at a time for the common file: it
// is the shape check of plainUTF8 (each lead byte followed by exactly the
// continuation bytes it calls for) without plainUTF8's control-character
// check. A lead byte that needs its value checked (C0 and C1 start overlong
// forms, E0 and ED overlong forms and surrogates, F0–FF four-byte runes or
// nothing; the check also catches CD, D0, D1, DD, E1, FD) sends the file to
// utf8.Valid. Search runs this on every file it skips unread.
func validUTF8(b []byte) bool {
	const (
		hi = 0x8080808080808080
		lo = 0x7F7F7F7F7F7F7F7F
	)
	var carry, bad, suspect uint64 // carry: continuation bytes owed to the next word
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		b6 := w << 1
		lead := w & b6 & hi
		cont := w &^ b6 & hi
		lead3 := lead & (w << 2)
		lead4 := lead3 & (w << 3)
		bad |= (lead<<8 | lead3<<16 | lead4<<24 | carry) ^ cont
		carry = lead>>56 | lead3>>48 | lead4>>40
		x := w ^ 0x0D0D0D0D0D0D0D0D
		suspect |= lead&(^((w&0x0E0E0E0E0E0E0E0E)+lo)|^((x&0x0F0F0F0F0F0F0F0F)+lo)) | lead4
	}
	switch {
	case bad != 0:
		return false
	case suspect != 0:
		return utf8.Valid(b)
	}
	if carry != 0 {
		// The last word left a sequence open: check from its lead.
		for i > 0 && b[i-1]&0xC0 == 0x80 {
			i--
		}
		i--
	}
	return utf8.Valid(b[i:])
}

// scanUTF8 reads b as UTF-8: good counts CJK ideographs, CJK punctuation
// and full-width forms, bad the bytes utf8WithReplacement replaces (every
// byte that does not start a valid sequence). ok says the score reached
// floor; it gives up as soon as it cannot (every good character takes three
// bytes), which on a GB18030 or Big5 file is within the first few hundred.
func scanUTF8(b []byte, floor int) (r reading, ok bool) {
	for i, check := 0, 0; i < len(b); {
		if i >= check {
			if r.score()+(len(b)-i+2)/3 < floor {
				return r, false
			}
			check = i + 256
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		c, size := utf8.DecodeRune(b[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			r.bad++
		case c >= 0x4E00 && c <= 0x9FFF, c >= 0x3000 && c <= 0x303F, c >= 0xFF00 && c <= 0xFFEF:
			r.good++
		}
		i += size
	}
	return r, r.score() >= floor
}

// scanGB18030 reads b as x/text's GB18030 decoder does: good counts the
// GB2312 symbols and characters and the four-byte sequences, bad the bytes
// it replaces. A byte the decoder rejects costs one byte; a well-formed
// pair with no character costs two.
func scanGB18030(b []byte) (r reading) {
	unmapped := gbUnmapped()
	for i := 0; i < len(b); {
		c := b[i]
		if c <= 0x80 { // ASCII, and 0x80 is the euro sign (code page 936)
			i++
			continue
		}
		if c == 0xFF || i+1 >= len(b) {
			r.bad++
			i++
			continue
		}
		t := b[i+1]
		switch {
		case t >= 0x40 && t <= 0xFE && t != 0x7F:
			if unmapped.has(gbPairIndex(c, t)) {
				r.bad += 2
			} else if t >= 0xA1 && (c >= 0xA1 && c <= 0xA9 || c >= 0xB0 && c <= 0xF7) {
				r.good++
			}
			i += 2
		case t >= 0x30 && t <= 0x3F: // the decoder takes 0x3A–0x3F here too
			if gb18030Four(b[i:]) {
				r.good++
				i += 4
				continue
			}
			r.bad++
			i++
		default:
			r.bad++
			i++
		}
	}
	return r
}

// gb18030Four reports whether b starts with a four-byte sequence the
// decoder maps to a character: b[0] and b[1] (0x30–0x3F) are checked.
func gb18030Four(b []byte) bool {
	if len(b) < 4 || b[2] < 0x81 || b[2] == 0xFF || b[3] < 0x30 || b[3] > 0x39 {
		return false
	}
	v := ((int(b[0]-0x81)*10+int(b[1]-0x30))*126+int(b[2]-0x81))*10 + int(b[3]-0x30)
	return v < 39420 || v >= 189000 && v < 189000+0x100000
}

// scanBig5 reads b as x/text's Big5 decoder does: good counts the symbols
// and level-1 characters, bad the bytes it replaces. Like the decoder, a
// lead byte followed by a byte that is no trail byte but not ASCII below
// 0x40 is replaced together with it.
func scanBig5(b []byte) (r reading) {
	unmapped := big5Unmapped()
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(b) {
			r.bad++
			i++
			continue
		}
		t := b[i+1]
		switch {
		case t >= 0x40 && t <= 0x7E || t >= 0xA1 && t <= 0xFE:
			if unmapped.has(big5PairIndex(c, t)) {
				r.bad += 2
			} else if c >= 0xA1 && (c <= 0xC5 || c == 0xC6 && t <= 0x7E) {
				r.good++
			}
			i += 2
		case t < 0x40:
			r.bad++
			i++
		default:
			r.bad += 2
			i += 2
		}
	}
	return r
}

// pairSet is a set of double-byte codes by index.
type pairSet []uint64

func (s pairSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// gbPairIndex and big5PairIndex number a lead and trail byte as the
// decoders' tables do.
func gbPairIndex(c, t byte) int {
	if t < 0x7F {
		return int(c-0x81)*190 + int(t-0x40)
	}
	return int(c-0x81)*190 + int(t-0x41)
}

func big5PairIndex(c, t byte) int {
	if t < 0x7F {
		return int(c-0x81)*157 + int(t-0x40)
	}
	return int(c-0x81)*157 + int(t-0x62)
}

// gbUnmapped and big5Unmapped are the well-formed pairs that the decoders
// turn into U+FFFD, found once by decoding every pair.
var (
	gbUnmapped = sync.OnceValue(func() pairSet {
		return unmappedPairs(simplifiedchinese.GB18030, 190, gbPairIndex, func(t byte) bool { return t >= 0x40 && t != 0x7F })
	})
	big5Unmapped = sync.OnceValue(func() pairSet {
		return unmappedPairs(traditionalchinese.Big5, 157, big5PairIndex, func(t byte) bool { return t >= 0x40 && t <= 0x7E || t >= 0xA1 })
	})
)

func unmappedPairs(enc encoding.Encoding, trails int, index func(c, t byte) int, trail func(t byte) bool) pairSet {
	set := make(pairSet, (126*trails+63)/64)
	dec := enc.NewDecoder()
	var src [2]byte
	var dst [16]byte
	for c := 0x81; c <= 0xFE; c++ {
		for t := 0x40; t <= 0xFE; t++ {
			if !trail(byte(t)) {
				continue
			}
			src[0], src[1] = byte(c), byte(t)
			n, _, _ := dec.Transform(dst[:], src[:], true)
			if string(dst[:n]) == "\uFFFD" {
				i := index(byte(c), byte(t))
				set[i>>6] |= 1 << (i & 63)
			}
		}
	}
	return set
}

// mostlyValidUTF8 reports whether b, which is not valid UTF-8, is nevertheless
// UTF-8 text with a few stray bytes. Text in a legacy double-byte encoding
// produces invalid sequences far more often than accidental valid
// multi-byte ones, while damaged UTF-8 has a handful of invalid bytes among
// many valid characters.
func mostlyValidUTF8(b []byte) bool {
	runes, multi, invalid := 0, 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			runes++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		runes++
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return invalid*100 < runes && invalid*4 < multi
}

type utf16ByteOrder int

const (
	utf16None utf16ByteOrder = iota
	utf16LE
	utf16BE
)

// sniffUTF16 decides whether b, which has NUL bytes and no byte order mark,
// is UTF-16 text. It requires an even length, zero bytes mostly on one
// parity (the high halves of ASCII code units), and at least 90% of code
// units in that byte order being plausible for a Chinese document. GB18030
// text never contains zero bytes, so it cannot be mistaken for UTF-16.
func sniffUTF16(b []byte) utf16ByteOrder {
	if len(b)%2 != 0 {
		return utf16None
	}
	zeroEven, zeroOdd := 0, 0
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	// Text that reads as UTF-8 with a few NUL bytes in it is damaged or
	// binary, not UTF-16: UTF-16 Chinese text is almost never valid UTF-8,
	// and UTF-16 text that is valid UTF-8 is nearly all ASCII, so zero
	// bytes fill one parity.
	if mostlyValidUTF8(b) || (utf8.Valid(b) && max(zeroEven, zeroOdd)*10 < len(b)/2*8) {
		return utf16None
	}
	var order utf16ByteOrder
	switch {
	case zeroOdd > 2*zeroEven:
		order = utf16LE
	case zeroEven > 2*zeroOdd:
		order = utf16BE
	default:
		return utf16None
	}
	units, plausible := len(b)/2, 0
	for i := 0; i < len(b); i += 2 {
		u := uint16(b[i]) | uint16(b[i+1])<<8
		if order == utf16BE {
			u = uint16(b[i])<<8 | uint16(b[i+1])
		}
		if plausibleUTF16Unit(u) {
			plausible++
		}
	}
	if plausible*10 < units*9 {
		return utf16None
	}
	return order
}

// plausibleUTF16Unit reports whether a UTF-16 code unit is likely in a Chinese
// document: printable ASCII and common whitespace, Latin-1, punctuation and
// symbols, CJK ideographs and symbols, full-width forms, and surrogates.
func plausibleUTF16Unit(u uint16) bool {
	switch {
	case u >= 0x20 && u < 0x7F:
		return true
	case u == '\t' || u == '\n' || u == '\r' || u == '\f':
		return true
	case u >= 0xA0 && u <= 0xFF:
		return true
	case u >= 0x2000 && u <= 0x2BFF: // punctuation, symbols, numbers, box drawing
		return true
	case u >= 0x3000 && u <= 0x9FFF: // CJK symbols, kana, extension A, unified ideographs
		return true
	case u >= 0xD800 && u <= 0xDFFF: // surrogates (supplementary ideographs)
		return true
	case u >= 0xF900 && u <= 0xFAFF: // compatibility ideographs
		return true
	case u >= 0xFE30 && u <= 0xFE4F: // CJK compatibility forms
		return true
	case u >= 0xFF00 && u <= 0xFFEF: // full-width forms
		return true
	}
	return false
}
