// Decode detects the character encoding of a report file and converts it to
// UTF-8 with "\n" line ends. Chinese government reports turn up as UTF-8
// (with or without a BOM), UTF-16 (usually from Windows tools), GB18030/GBK
// and occasionally Big5, so the reader has to cope with all of them; valid
// UTF-8, by far the common case, takes a fast path that costs little more
// than a copy. Anything else is read as detect.go decides, and the bytes
// that could not be decoded are counted: the loader warns of them.

package model

import (
	"baogao/model/format"
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

// BinarySniffLen is how many bytes of decoded text the control-character
// check looks at. A prefix is representative enough and keeps the check
// cheap on large files.
const BinarySniffLen = 64 << 10

// Decode turns the raw bytes of a report file into UTF-8 text with "\n" line ends.
// It returns the name of the encoding it detected ("utf-8", "utf-8-bom", "utf-16le", "utf-16be",
// "utf-16le-bom", "utf-16be-bom", "gb18030", "big5").
//
// Invalid byte sequences become U+FFFD; they never cause an error (the
// loader warns of them). The only errors are ErrEmpty and ErrBinary, which
// callers can test with errors.Is.
func Decode(b []byte) (text string, encoding string, err error) {
	d, err := decode(b, false)
	return d.Text, d.Encoding, err
}

// Text is a file's text: what the first stage of loading (the file's
// format, see pipeline.go) makes of its bytes.
type Text struct {
	Text     string // UTF-8 with "\n" line ends
	Encoding string // as Decode names it
	Replaced int    // bytes that could not be decoded and became U+FFFD

	// Format is what the file was (txt, md, html, docx, doc, wps, pdf),
	// and Meta what a document says about itself outside its text (a
	// page's <meta> tags, a Word file's properties); empty for plain text.
	Format format.Format
	Meta   format.Meta
}

// decode is Decode, counting the bytes it replaced; owned says the caller
// hands b over and will never touch it again, so clean UTF-8 text can
// become the string without a copy (the loader reads each file into a
// buffer of its own).
func decode(b []byte, owned bool) (Text, error) {
	if len(b) == 0 {
		return Text{}, ErrEmpty
	}
	d, err := detectAndDecode(b, owned)
	if err != nil {
		return Text{}, err
	}
	if decodedIsBlank(d.Text) {
		return Text{}, ErrEmpty
	}
	// Clean UTF-8 text, the common case, skips the full check with one
	// tight loop: no control bytes and no U+FFFD means it cannot fail it.
	if !(d.Encoding == encUTF8 || d.Encoding == encUTF8BOM) || hasControlBytes(d.Text) || d.Replaced > 0 || strings.Contains(d.Text, "\uFFFD") {
		if decodedLooksBinary(d.Text) {
			return Text{}, ErrBinary
		}
	}
	return d, nil
}

// detectAndDecode picks the encoding and decodes b, without the final
// emptiness and binary checks.
func detectAndDecode(b []byte, owned bool) (Text, error) {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		rest := b[3:]
		if bytes.IndexByte(rest, 0) >= 0 {
			return Text{}, ErrBinary
		}
		if utf8.Valid(rest) {
			return Text{Text: crlfToLF(rest, owned), Encoding: encUTF8BOM, Replaced: 0}, nil
		}
		out, n := utf8WithReplacement(rest)
		return Text{Text: crlfToLFOwned(out), Encoding: encUTF8BOM, Replaced: n}, nil
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return fromUTF16(b[2:], false, encUTF16LEBOM), nil
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return fromUTF16(b[2:], true, encUTF16BEBOM), nil
	}

	// NUL bytes never occur in text, except as the zero halves of UTF-16
	// code units. The check must come before the UTF-8 test because UTF-16
	// text that is mostly ASCII is also valid UTF-8.
	if bytes.IndexByte(b, 0) >= 0 {
		switch sniffUTF16(b) {
		case utf16LE:
			return fromUTF16(b, false, encUTF16LE), nil
		case utf16BE:
			return fromUTF16(b, true, encUTF16BE), nil
		}
		return Text{}, ErrBinary
	}

	if utf8.Valid(b) {
		return Text{Text: crlfToLF(b, owned), Encoding: encUTF8, Replaced: 0}, nil
	}
	var out []byte
	enc, n := chooseReading(b)
	switch enc {
	case encUTF8:
		out, _ = utf8WithReplacement(b)
	case encBig5:
		out, _ = traditionalchinese.Big5.NewDecoder().Bytes(b)
	default:
		out, _ = simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	}
	return Text{Text: crlfToLFOwned(out), Encoding: enc, Replaced: n}, nil
}

func fromUTF16(b []byte, bigEndian bool, enc string) Text {
	out, n := utf16ToUTF8(b, bigEndian)
	return Text{Text: crlfToLFOwned(out), Encoding: enc, Replaced: n}
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
// start a valid UTF-8 sequence is replaced by U+FFFD, and how many there
// were.
func utf8WithReplacement(b []byte) (out []byte, replaced int) {
	out = make([]byte, 0, len(b)+len(b)/8)
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
			replaced++
		}
	}
	return out, replaced
}

// utf16ToUTF8 decodes UTF-16 in the given byte order. Unpaired surrogates
// and a trailing odd byte become U+FFFD; replaced counts their bytes.
func utf16ToUTF8(b []byte, bigEndian bool) (out []byte, replaced int) {
	out = make([]byte, 0, len(b)+len(b)/2)
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
			r, replaced = utf8.RuneError, replaced+2
		case r >= 0xDC00 && r < 0xE000:
			r, replaced = utf8.RuneError, replaced+2
		}
		out = utf8.AppendRune(out, r)
	}
	if i < len(b) {
		out = append(out, "\uFFFD"...)
		replaced++
	}
	return out, replaced
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

// hasControlBytes reports whether the first BinarySniffLen bytes of s hold
// a control that text does not have (see textControl).
func hasControlBytes(s string) bool {
	s = s[:min(len(s), BinarySniffLen)]
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
	if len(s) > BinarySniffLen {
		s = s[:BinarySniffLen]
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

// replacedUnread is what decode would say of b without decoding it when it
// can tell: how many bytes it would replace, and its error (b is not blank). Search calls it
// for files it skips unread, so that they warn as when loaded. Valid UTF-8,
// nearly every file, costs one fast check (and a search for a NUL byte);
// GB18030 and Big5, a scan; only a file that would have bytes replaced is
// decoded.
func replacedUnread(b []byte) (int, error) {
	text := b
	bom := len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
	if bom {
		text = b[3:]
	}
	utf16BOM := len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
	switch {
	case utf16BOM || bytes.IndexByte(b, 0) >= 0: // UTF-16 or binary: decode alone can tell
	case mayLookBinary(b): // decode alone can tell whether it does
	case validUTF8(text):
		return 0, nil
	case !bom:
		if _, n := chooseReading(b); n == 0 {
			return 0, nil
		}
	}
	d, err := decode(b, false)
	return d.Replaced, err
}

// mayLookBinary reports whether decode could find b binary though no byte
// of it is replaced: b holds a control that text does not have, or U+FFFD.
// Without either, the decoded text has neither, and only replaced bytes
// could make it look binary. decode looks at the first BinarySniffLen bytes
// of the text, which come from at most twice as many bytes of the file
// (CRLF becomes LF; GB18030 and Big5 grow as UTF-8).
func mayLookBinary(b []byte) bool {
	b = b[:min(len(b), 2*BinarySniffLen+3)]
	for _, c := range b {
		if c < 0x20 && !textControl(c) {
			return true
		}
	}
	return bytes.Contains(b, []byte("\uFFFD"))
}
