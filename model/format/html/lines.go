package html

import "baogao/model/format"

// maxMetaLines is how many lines at the top of a text LabelledMeta reads:
// a saved page's metadata stands above the article.
const maxMetaLines = 60

// LabelledMeta reads the labelled metadata lines (发布时间：…, 来源：…, 索 引 号：…,
// - 发布机构:…) at the top of a page that was saved or copied as plain text,
// with the same labels and checks as a page's own metadata lines. Lines are
// read as they are, with or without leading "- " list marks.
func LabelledMeta(text string) format.Meta {
	var c metaFields
	n := 0
	for len(text) > 0 && n < maxMetaLines {
		line := text
		if i := indexNewline(text); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = trimListMark(line)
		if line == "" {
			continue
		}
		n++
		c.fromLine(line)
	}
	return c.result()
}

func indexNewline(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return i
		}
	}
	return -1
}

// trimListMark drops blanks and a leading "- " or "· " list mark.
func trimListMark(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r') {
		s = s[1:]
	}
	for _, mark := range []string{"- ", "* ", "· ", "•"} {
		if len(s) >= len(mark) && s[:len(mark)] == mark {
			return s[len(mark):]
		}
	}
	return s
}
