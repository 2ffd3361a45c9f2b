package doc

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Property IDs of the SummaryInformation property set ([MS-OLEPS]).
const (
	pidCodepage = 1
	pidTitle    = 2
	pidAuthor   = 4
	pidAppName  = 18

	vtI2     = 0x02
	vtLPSTR  = 0x1E
	vtLPWSTR = 0x1F

	maxPropString = 4096 // a title or author name longer than this is not one
)

// summary is what the SummaryInformation stream says about the document.
type summary struct {
	title, author, app string
}

// parseSummary reads the first section of a property set stream: a
// 28-byte header, the section's FMTID and offset, then a table of
// (id, offset) pairs, each value a type tag and its data. Anything
// malformed is skipped.
func parseSummary(b []byte) summary {
	le := binary.LittleEndian
	var s summary
	if len(b) < 48 || le.Uint16(b) != 0xFFFE || le.Uint32(b[24:]) == 0 {
		return s
	}
	sec := int(le.Uint32(b[44:]))
	if sec < 0 || sec+8 > len(b) {
		return s
	}
	body := b[sec:]
	n := int(le.Uint32(body[4:]))
	if n > (len(body)-8)/8 {
		return s
	}
	values := map[uint32][]byte{}
	for i := 0; i < n; i++ {
		id, off := le.Uint32(body[8+8*i:]), int(le.Uint32(body[12+8*i:]))
		if off >= 0 && off+4 <= len(body) {
			values[id] = body[off:]
		}
	}
	codepage := 0
	if v := values[pidCodepage]; len(v) >= 6 && le.Uint32(v)&0xFFFF == vtI2 {
		codepage = int(le.Uint16(v[4:]))
	}
	s.title = propString(values[pidTitle], codepage)
	s.author = propString(values[pidAuthor], codepage)
	s.app = propString(values[pidAppName], codepage)
	return s
}

// propString decodes a VT_LPSTR (in the set's code page) or VT_LPWSTR.
func propString(v []byte, codepage int) string {
	le := binary.LittleEndian
	if len(v) < 8 {
		return ""
	}
	typ, n := le.Uint32(v)&0xFFFF, int(le.Uint32(v[4:]))
	data := v[8:]
	var s string
	switch {
	case n < 0 || n > maxPropString:
		return ""
	case typ == vtLPWSTR || typ == vtLPSTR && codepage == 1200:
		if typ == vtLPWSTR {
			n *= 2
		}
		if n > len(data) {
			return ""
		}
		u := make([]uint16, n/2)
		for i := range u {
			u[i] = le.Uint16(data[2*i:])
		}
		s = string(utf16.Decode(u))
	case typ == vtLPSTR:
		if n > len(data) {
			return ""
		}
		s = decodeCodepage(data[:n], codepage)
	}
	return cleanMeta(s)
}

// decodeCodepage decodes 8-bit text in a Windows code page; unknown code
// pages are read as UTF-8 when valid, else as GB18030 (Chinese Windows).
func decodeCodepage(b []byte, codepage int) string {
	b = bytes.TrimRight(b, "\x00")
	var enc encoding.Encoding
	switch codepage {
	case 65001:
		return string(b)
	case 936, 54936:
		enc = simplifiedchinese.GB18030
	case 950:
		enc = traditionalchinese.Big5
	case 1252:
		enc = charmap.Windows1252
	default:
		if utf8.Valid(b) {
			return string(b)
		}
		enc = simplifiedchinese.GB18030
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return ""
	}
	return string(out)
}

// cleanMeta drops control characters and surrounding blanks.
func cleanMeta(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r >= 0x7F && r < 0xA0 {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// kingsoftMark is the custom property WPS Office writes into every
// document's DocumentSummaryInformation, in ANSI or UTF-16.
var kingsoftMark = [][]byte{
	[]byte("KSOProductBuildVer"),
	[]byte("K\x00S\x00O\x00P\x00r\x00o\x00d\x00u\x00c\x00t\x00B\x00u\x00i\x00l\x00d\x00V\x00e\x00r\x00"),
}

// fromKingsoft reports whether WPS Office wrote the document.
func fromKingsoft(s summary, docSummary []byte) bool {
	if strings.Contains(strings.ToUpper(s.app), "WPS") {
		return true
	}
	for _, m := range kingsoftMark {
		if bytes.Contains(docSummary, m) {
			return true
		}
	}
	return false
}
