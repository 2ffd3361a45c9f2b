package html

import (
	"bytes"
	"context"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"baogao/model/format"
)

// lateCharsetWindow is how far into the page a charset declaration is
// looked for when the first 1024 bytes (the HTML standard's prescan) have
// none: saved pages open with long comments, scripts and styles.
const lateCharsetWindow = 64 << 10

// decodeChunk is how much legacy-encoded text is converted between two
// looks at the context.
const decodeChunk = 1 << 20

// toUTF8 converts a page to valid UTF-8 and names the encoding it read.
//
// The order is: a byte order mark; then bytes that are (mostly) valid UTF-8,
// whatever the page declares, because a page saved or edited as UTF-8
// keeps its old charset=gb2312 and GBK text is practically never valid
// UTF-8; then the declared charset (meta charset or http-equiv, in the
// first 1024 bytes as browsers prescan, or later in the head); and with no
// usable declaration GB18030, the superset of GB2312 and GBK that Chinese
// pages without a declaration are written in. A declared windows-1252 (the
// label of ISO-8859-1 too) on a page that is not UTF-8 counts as no
// declaration: a Chinese portal that says Latin-1 is mis-declared.
func toUTF8(ctx context.Context, b []byte) ([]byte, string, error) {
	if utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		return b, "utf-8", nil // the common case, without the prescan
	}
	enc, name, certain := charset.DetermineEncoding(b, "")
	if certain { // a byte order mark
		return decodeWith(ctx, b, enc, name)
	}
	if utf8.Valid(b) {
		return b, "utf-8", nil
	}
	if mostlyValidUTF8(b) {
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), "utf-8", nil
	}
	if name == "windows-1252" || name == "utf-8" { // DetermineEncoding's default, or a false claim
		enc, name = lateCharset(b)
	}
	switch name {
	case "", "windows-1252", "utf-8", "gbk", "gb18030":
		return decodeWith(ctx, b, simplifiedchinese.GB18030, "gb18030")
	}
	return decodeWith(ctx, b, enc, name)
}

// lateCharset looks for "charset=" past the prescan window, in a meta tag
// of the page's head. It returns the encoding named, or nil and "".
func lateCharset(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), lateCharsetWindow)]
	for off := 0; ; {
		i := indexFold(head[off:], "charset")
		if i < 0 {
			return nil, ""
		}
		off += i + len("charset")
		rest := bytes.TrimLeft(head[off:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		end := bytes.IndexAny(rest, " \t\r\n\"';>/")
		if end < 0 {
			end = min(len(rest), 40)
		}
		if e, name := charset.Lookup(string(rest[:end])); e != nil {
			return e, name
		}
	}
}

// indexFold is bytes.Index for an ASCII lower-case word, ignoring case.
func indexFold(b []byte, word string) int {
	for i := 0; i+len(word) <= len(b); i++ {
		j := bytes.IndexAny(b[i:], word[:1]+string(word[0]-'a'+'A'))
		if j < 0 {
			return -1
		}
		i += j
		if i+len(word) <= len(b) && bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
			return i
		}
	}
	return -1
}

// decodeWith converts b from enc in chunks, looking at the context between
// them (a 100 MB GBK page takes a while).
func decodeWith(ctx context.Context, b []byte, enc encoding.Encoding, name string) ([]byte, string, error) {
	switch name {
	case "utf-16le", "utf-16be":
		// The BOM decides the byte order; the decoder drops it.
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "utf-8":
		b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), name, nil
	}
	if enc == nil {
		enc = charmap.Windows1252
	}
	dec := enc.NewDecoder()
	out := make([]byte, 0, len(b)+len(b)/2+16) // two GBK bytes make three of UTF-8, ASCII one
	for len(b) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, "", err
		}
		n := min(len(b), decodeChunk)
		if cap(out)-len(out) < 16 {
			out = append(out, make([]byte, len(out)/2+16)...)[:len(out)]
		}
		// A multi-byte sequence cut at the chunk's end is left unread
		// (ErrShortSrc) and starts the next chunk; a full out grows
		// (ErrShortDst: invalid bytes become three-byte U+FFFD).
		nDst, nSrc, err := dec.Transform(out[len(out):cap(out)], b[:n], n == len(b))
		out, b = out[:len(out)+nDst], b[nSrc:]
		switch {
		case err == transform.ErrShortDst:
			out = append(out, make([]byte, len(out)/2+16)...)[:len(out)]
		case err == transform.ErrShortSrc && nSrc > 0:
		case err != nil || nSrc == 0 && nDst == 0:
			return nil, "", fmt.Errorf("%w: %s: %v", format.ErrCorrupt, name, err)
		}
	}
	return out, name, nil // valid UTF-8: decoders write U+FFFD for what they cannot read
}

// mostlyValidUTF8 reports whether b reads as UTF-8 with at most a few
// broken sequences (a page cut short, one bad byte), the same rule as the
// plain-text decoder: under 1 % of the runes and under a quarter of the
// multi-byte ones invalid.
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
			if invalid > 64 && invalid*4 >= multi { // GBK: no need to read on
				return false
			}
		} else {
			multi++
		}
		i += size
	}
	return invalid*100 < runes && invalid*4 < multi
}
