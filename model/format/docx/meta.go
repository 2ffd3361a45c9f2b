package docx

import (
	"context"
	"strings"

	"baogao/model/format"
)

// maxMetaText bounds one core property: a title is a line, not a book.
const maxMetaText = 4 << 10

// readCore reads docProps/core.xml: title, creator and the date the file
// was created. A missing or broken core part only loses metadata.
//
// The creation date goes to Meta.Written (成文日期) as a weak hint: it is
// when the file was made, which for a report converted or re-saved later
// (and for one started from an old template) is not the date it was
// written. The dateline in the text, when there is one, says better.
func (p *pkg) readCore(ctx context.Context, name string) format.Meta {
	var m format.Meta
	_ = p.scanPart(ctx, name, maxSmallPart, func(sc *scanner) error {
		var field *string
		var text []byte
		for {
			switch sc.next() {
			case tokEOF:
				return sc.err
			case tokStart:
				field, text = nil, text[:0]
				switch string(sc.local) {
				case "title":
					field = &m.Title
				case "creator":
					field = &m.Author
				case "created":
					field = &m.Written
				}
				sc.wantText = field != nil
			case tokText:
				if len(text) < maxMetaText {
					text = appendText(text, sc.text, sc.cdata)
				}
			case tokEnd:
				if field != nil {
					*field = strings.TrimSpace(string(text[:min(len(text), maxMetaText)]))
				}
				field, sc.wantText = nil, false
			}
		}
	})
	m.Title = cleanTitle(m.Title)
	m.Written = isoDate(m.Written)
	return m
}

// cleanTitle drops what Word and converters put in the title property in
// place of a title.
func cleanTitle(t string) string {
	for _, p := range []string{"Microsoft Word - ", "Microsoft Word－"} {
		t = strings.TrimPrefix(t, p)
	}
	t = strings.TrimSpace(t)
	for _, ext := range []string{".docx", ".doc", ".wps"} {
		if len(t) > len(ext) && strings.EqualFold(t[len(t)-len(ext):], ext) {
			t = t[:len(t)-len(ext)]
		}
	}
	return strings.TrimSpace(t)
}

// isoDate keeps the YYYY-MM-DD of a W3CDTF date ("2025-01-23T01:38:34Z").
func isoDate(s string) string {
	if len(s) < 10 {
		return ""
	}
	for i, c := range []byte(s[:10]) {
		digit := c >= '0' && c <= '9'
		if (i == 4 || i == 7) != (c == '-') || (i != 4 && i != 7 && !digit) {
			return ""
		}
	}
	if s[:4] < "1980" || s[5:7] < "01" || s[5:7] > "12" || s[8:10] < "01" || s[8:10] > "31" {
		return ""
	}
	return s[:10]
}
