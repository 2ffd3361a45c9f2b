// Decode detects the character encoding of a report file and converts it to
// UTF-8 with "\n" line ends. Chinese government reports turn up as UTF-8
// (with or without a BOM), UTF-16 (usually from Windows tools), GB18030/GBK
// and occasionally Big5, so the reader has to cope with all of them; valid
// UTF-8, by far the common case, takes a fast path that costs little more
// than a copy.

package model

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// ErrEmpty is returned by Decode when the file holds no text: zero bytes, or
// nothing but whitespace and byte order marks.
var ErrEmpty = errors.New("empty file")

// ErrBinary is returned by Decode when the file does not look like text: it
// has NUL bytes without being UTF-16, or too many of its characters are
// replacement characters or control codes.
var ErrBinary = errors.New("binary file, not text")

// Encoding names reported by Decode.
const (
	encUTF8       = "utf-8"
	encUTF8BOM    = "utf-8-bom"
	encUTF16LE    = "utf-16le"
	encUTF16BE    = "utf-16be"
	encUTF16LEBOM = "utf-16le-bom"
	encUTF16BEBOM = "utf-16be-bom"
	encGB18030    = "gb18030"
	encBig5       = "big5"
)

// binarySniffLen is how many bytes of decoded text the control-character
// check looks at. A prefix is representative enough and keeps the check
// cheap on large files.
const binarySniffLen = 64 << 10

// Decode turns the raw bytes of a report file into UTF-8 text with "\n" line ends.
// It returns the name of the encoding it detected ("utf-8", "utf-8-bom", "utf-16le", "utf-16be",
// "utf-16le-bom", "utf-16be-bom", "gb18030", "big5").
//
// Invalid byte sequences become U+FFFD; they never cause an error. The only
// errors are ErrEmpty and ErrBinary, which callers can test with errors.Is.
func Decode(b []byte) (text string, encoding string, err error) {
	return decode(b, false)
}

// decode is Decode; owned says the caller hands b over and will never touch
// it again, so clean UTF-8 text can become the string without a copy (the
// loader reads each file into a buffer of its own).
func decode(b []byte, owned bool) (text string, encoding string, err error) {
	if len(b) == 0 {
		return "", "", ErrEmpty
	}
	text, encoding, err = detectAndDecode(b, owned)
	if err != nil {
		return "", "", err
	}
	if decodedIsBlank(text) {
		return "", "", ErrEmpty
	}
	// Clean UTF-8 text, the common case, skips the full check with one
	// tight loop: no control bytes and no U+FFFD means it cannot fail it.
	if !(encoding == encUTF8 || encoding == encUTF8BOM) || hasControlBytes(text) || strings.Contains(text, "\uFFFD") {
		if decodedLooksBinary(text) {
			return "", "", ErrBinary
		}
	}
	return text, encoding, nil
}

// detectAndDecode picks the encoding and decodes b, without the final
// emptiness and binary checks.
func detectAndDecode(b []byte, owned bool) (string, string, error) {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		rest := b[3:]
		if bytes.IndexByte(rest, 0) >= 0 {
			return "", "", ErrBinary
		}
		if utf8.Valid(rest) {
			return crlfToLF(rest, owned), encUTF8BOM, nil
		}
		return crlfToLFOwned(utf8WithReplacement(rest)), encUTF8BOM, nil
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return crlfToLFOwned(utf16ToUTF8(b[2:], false)), encUTF16LEBOM, nil
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return crlfToLFOwned(utf16ToUTF8(b[2:], true)), encUTF16BEBOM, nil
	}

	// NUL bytes never occur in text, except as the zero halves of UTF-16
	// code units. The check must come before the UTF-8 test because UTF-16
	// text that is mostly ASCII is also valid UTF-8.
	if bytes.IndexByte(b, 0) >= 0 {
		switch sniffUTF16(b) {
		case utf16LE:
			return crlfToLFOwned(utf16ToUTF8(b, false)), encUTF16LE, nil
		case utf16BE:
			return crlfToLFOwned(utf16ToUTF8(b, true)), encUTF16BE, nil
		}
		return "", "", ErrBinary
	}

	if utf8.Valid(b) {
		return crlfToLF(b, owned), encUTF8, nil
	}
	if mostlyValidUTF8(b) {
		return crlfToLFOwned(utf8WithReplacement(b)), encUTF8, nil
	}
	if preferBig5(b) {
		out, _ := traditionalchinese.Big5.NewDecoder().Bytes(b)
		return crlfToLFOwned(out), encBig5, nil
	}
	out, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	return crlfToLFOwned(out), encGB18030, nil
}

// crlfToLF returns b as a string with CRLF and lone CR turned into
// "\n". It copies b exactly once, and scans it only once when there is no
// '\r' at all.
func crlfToLF(b []byte, owned bool) string {
	if owned {
		return crlfToLFOwned(b)
	}
	i := bytes.IndexByte(b, '\r')
	if i < 0 {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i >= 0 {
		sb.Write(b[:i])
		sb.WriteByte('\n')
		b = b[i+1:]
		if len(b) > 0 && b[0] == '\n' {
			b = b[1:]
		}
		i = bytes.IndexByte(b, '\r')
	}
	sb.Write(b)
	return sb.String()
}

// crlfToLFOwned rewrites line ends in a buffer that Decode owns, in place,
// and turns it into a string without copying: nothing writes to the buffer
// afterwards.
func crlfToLFOwned(b []byte) string {
	i := bytes.IndexByte(b, '\r')
	if i < 0 {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	w := i
	for r := i; r < len(b); r++ {
		c := b[r]
		if c == '\r' {
			c = '\n'
			if r+1 < len(b) && b[r+1] == '\n' {
				r++
			}
		}
		b[w] = c
		w++
	}
	return unsafe.String(unsafe.SliceData(b), w)
}

// utf8WithReplacement returns a copy of b in which every byte that does not
// start a valid UTF-8 sequence is replaced by U+FFFD.
func utf8WithReplacement(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		// Copy valid stretches in bulk.
		n := 0
		for n < len(b) {
			if b[n] < utf8.RuneSelf {
				n++
				continue
			}
			r, size := utf8.DecodeRune(b[n:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			n += size
		}
		out = append(out, b[:n]...)
		b = b[n:]
		if len(b) > 0 {
			out = append(out, "\uFFFD"...)
			b = b[1:]
		}
	}
	return out
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

// preferBig5 reports whether b, known not to be UTF-8, reads better as Big5
// than as GB18030.
//
// Counting replacement characters alone does not work: GB18030 accepts
// almost every byte pair Big5 produces, so Big5 text decodes as GB18030
// without errors, only into rare characters and private-use code points.
// Instead each reading is scored by how many of its double-byte characters
// fall in the everyday part of the character set (GB2312 for GB18030, the
// symbols and level-1 characters for Big5), minus a penalty for sequences
// that are invalid in that encoding. GB18030 wins ties.
func preferBig5(b []byte) bool {
	gbGood, gbBad := scoreGB18030(b)
	b5Good, b5Bad := scoreBig5(b)
	return b5Good-2*b5Bad > gbGood-2*gbBad
}

// scoreGB18030 counts GB2312-range pairs and four-byte sequences (good) and
// invalid sequences (bad) when b is read as GB18030.
func scoreGB18030(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(b) {
			bad++
			i++
			continue
		}
		t := b[i+1]
		switch {
		case t >= 0x30 && t <= 0x39:
			if i+3 < len(b) && b[i+2] >= 0x81 && b[i+2] <= 0xFE && b[i+3] >= 0x30 && b[i+3] <= 0x39 {
				good++
				i += 4
				continue
			}
			bad++
			i++
		case t >= 0x40 && t <= 0xFE && t != 0x7F:
			if t >= 0xA1 && ((c >= 0xA1 && c <= 0xA9) || (c >= 0xB0 && c <= 0xF7)) {
				good++
			}
			i += 2
		default:
			bad++
			i++
		}
	}
	return good, bad
}

// scoreBig5 counts pairs among the Big5 symbols and level-1 characters
// (good) and invalid sequences (bad) when b is read as Big5.
func scoreBig5(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c < 0x81 || c == 0xFF || i+1 >= len(b) {
			bad++
			i++
			continue
		}
		t := b[i+1]
		if (t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE) {
			if c >= 0xA1 && (c <= 0xC5 || (c == 0xC6 && t <= 0x7E)) {
				good++
			}
			i += 2
			continue
		}
		bad++
		i++
	}
	return good, bad
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

// utf16ToUTF8 decodes UTF-16 in the given byte order. Unpaired surrogates
// and a trailing odd byte become U+FFFD.
func utf16ToUTF8(b []byte, bigEndian bool) []byte {
	out := make([]byte, 0, len(b)+len(b)/2)
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i]) | rune(b[i+1])<<8
	}
	i := 0
	for ; i+1 < len(b); i += 2 {
		r := unit(i)
		switch {
		case r < 0x80:
			out = append(out, byte(r))
			continue
		case r >= 0xD800 && r < 0xDC00:
			if i+3 < len(b) {
				if r2 := unit(i + 2); r2 >= 0xDC00 && r2 < 0xE000 {
					r = (r-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
					i += 2
					break
				}
			}
			r = utf8.RuneError
		case r >= 0xDC00 && r < 0xE000:
			r = utf8.RuneError
		}
		out = utf8.AppendRune(out, r)
	}
	if i < len(b) {
		out = append(out, "\uFFFD"...)
	}
	return out
}

// decodedIsBlank reports whether s holds only whitespace and byte order marks.
func decodedIsBlank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\uFEFF' && !unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// hasControlBytes reports whether the first binarySniffLen bytes of s hold
// a control that text does not have (see textControl).
func hasControlBytes(s string) bool {
	s = s[:min(len(s), binarySniffLen)]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && !textControl(c) {
			return true
		}
	}
	return false
}

// textControl reports whether a C0 control is one that text carries: tab,
// newline, carriage return, form feed, and the ESC and BEL of terminal
// sequences, which a short file copied from a terminal may be thick with
// and which Sanitize removes.
func textControl(c byte) bool {
	return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1b || c == 0x07
}

// decodedLooksBinary reports whether more than 10% of the runes at the start
// of s are U+FFFD or controls that text does not have.
func decodedLooksBinary(s string) bool {
	if len(s) > binarySniffLen {
		s = s[:binarySniffLen]
	}
	// One byte loop rather than a rune loop: this runs on every file.
	runes, bad := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c&0xC0 != 0x80:
			runes++
			if c < 0x20 && !textControl(c) ||
				c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD { // U+FFFD
				bad++
			}
		}
	}
	return bad*10 > runes
}
