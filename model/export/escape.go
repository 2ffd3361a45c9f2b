package export

import (
	"strings"
	"unicode/utf8"
)

// clean drops what no export format can carry: invalid UTF-8 (as U+FFFD),
// C0 controls other than tab, DEL, C1 controls, and U+FFFE/U+FFFF, none of
// which XML 1.0 allows even as a character reference.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if dropped(r) || r == utf8.RuneError {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if dropped(r) {
			return -1
		}
		return r
	}, s)
}

func dropped(r rune) bool {
	return r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 || r == 0xfffe || r == 0xffff ||
		r >= 0xd800 && r < 0xe000
}

// xmlText is s escaped for XML text and attribute values.
var xmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// escapeXML is s cleaned and escaped for XML (and HTML).
func escapeXML(s string) string { return xmlText.Replace(clean(s)) }
