package export

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extensions are the file name extensions of the formats.
var Extensions = map[string]string{"html": ".html", "docx": ".docx", "docx-table": ".docx",
	"md": ".md", "csv": ".csv", "xlsx": ".xlsx"}

// FileName is a file name for d in format, for a caller that picks one
// (the app): the reports' units and years, 对照 (or the report's title),
// and the format's extension — 历下区2024-历下区2025-对照.html. It holds no
// path separator, control or reserved character, and at most 80 runes
// before the extension, so it is a valid name on Linux and Windows.
func FileName(d *Doc, format string) string {
	name := func(s Side) string {
		n := s.Unit
		if s.Year != 0 {
			n += strconv.Itoa(s.Year)
		}
		if n == "" {
			n = s.ID
		}
		return n
	}
	var base string
	switch {
	case d.Kind == KindReport:
		base = orID(d.A.Title, name(d.A))
	case format == "docx-table":
		base = name(d.A) + "-" + name(d.B) + "-对照表"
	case format == "docx":
		base = name(d.A) + "-" + name(d.B) + "-修订"
	default:
		base = name(d.A) + "-" + name(d.B) + "-对照"
	}
	base = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`/\:*?"<>|`, r) || unicode.Is(unicode.Bidi_Control, r) {
			return '_'
		}
		if unicode.IsSpace(r) {
			return '-'
		}
		return r
	}, clean(base))
	if utf8.RuneCountInString(base) > 80 {
		base = string([]rune(base)[:80])
	}
	base = strings.Trim(base, ". -")
	if base == "" {
		base = "baogao"
	}
	ext := Extensions[format]
	if ext == "" {
		ext = "." + format
	}
	return base + ext
}
