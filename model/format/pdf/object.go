package pdf

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The PDF object model. An object is nil (null), bool, int64, float64,
// string (the raw bytes of a PDF string), name, keyword, array, dict, ref or
// *stream.
type object = any

type (
	name    string
	keyword string // a bare word: obj, endobj, R, or a content stream operator
	array   []object
	dict    map[name]object
)

// ref is an indirect reference "num gen R".
type ref struct {
	num uint32
	gen uint16
}

// stream is a dictionary with data. raw is a slice of the file (after
// decryption, if the file is encrypted); decoding happens on demand.
type stream struct {
	hdr dict
	raw []byte
	id  ref // the object it was read as, for decryption
}

func (d dict) name(k name) name {
	n, _ := d[k].(name)
	return n
}

// num returns a number as float64 (0 for anything else).
func num(o object) float64 {
	switch v := o.(type) {
	case int64:
		return float64(v)
	case float64:
		return v
	}
	return 0
}

// isNum reports whether o is a number.
func isNum(o object) bool {
	switch o.(type) {
	case int64, float64:
		return true
	}
	return false
}

// textString decodes a PDF text string: UTF-16BE or UTF-8 after a byte
// order mark, PDFDocEncoding otherwise.
func textString(s string) string {
	switch {
	case strings.HasPrefix(s, "\xFE\xFF"):
		return utf16BE(s[2:])
	case strings.HasPrefix(s, "\xEF\xBB\xBF"):
		return strings.ToValidUTF8(s[3:], "\uFFFD")
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(bases().pdfDocEncoding[s[i]])
	}
	return b.String()
}

// utf16BE decodes big-endian UTF-16; an odd last byte is dropped.
func utf16BE(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// appendUTF16BE appends the runes of big-endian UTF-16 s to b.
func appendUTF16BE[T string | []byte](b []byte, s T) []byte {
	for i := 0; i+1 < len(s); i += 2 {
		r := rune(s[i])<<8 | rune(s[i+1])
		if utf16.IsSurrogate(r) && i+3 < len(s) {
			r2 := rune(s[i+2])<<8 | rune(s[i+3])
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				b = utf8.AppendRune(b, d)
				i += 2
				continue
			}
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}
