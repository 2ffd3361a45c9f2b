package html

import (
	"strings"
	"unicode/utf8"

	"baogao/model/format"
)

// maxLabelLineRunes is the longest paragraph read for metadata labels:
// metadata lines and table rows are short, prose is long.
const maxLabelLineRunes = 200

// maxValueRunes bounds a metadata value; anything longer is prose that
// happened to contain a label.
const maxValueRunes = 100

// metaNames maps <meta name=…> (lower case) to the field it fills. The
// names are those of the CMSs government portals run on (TRS, Hanweb,
// UCAP: ArticleTitle, PubDate, ContentSource) and of gov.cn, Open Graph
// and Dublin Core.
var metaNames = map[string]field{
	"articletitle": fTitle, "title": fTitle, "og:title": fTitle, "dc.title": fTitle,
	"pubdate": fPublished, "publishdate": fPublished, "firstpublishedtime": fPublished,
	"publishtime": fPublished, "article:published_time": fPublished, "dc.date": fPublished,
	"dcterms.issued": fPublished, "datepublished": fPublished,
	"contentsource": fSource, "source": fSource, "dc.source": fSource,
	"author": fAuthor, "dc.creator": fAuthor,
}

// metaFields collects metadata, each field taken once: the first value
// that passes its check wins, and a loose label (时间：) gives way to any
// explicit one (发布时间：) found later.
type metaFields struct {
	m     format.Meta
	loose string // publication date from a loose label
}

// set offers v for field f. It reports whether v was taken.
func (c *metaFields) set(f field, v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || utf8.RuneCountInString(v) > maxValueRunes {
		return false
	}
	switch f {
	case fPublished:
		return setOnce(&c.m.Published, normDate(v))
	case fPublishedLoose:
		return setOnce(&c.loose, normDate(v))
	case fWritten:
		return setOnce(&c.m.Written, normDate(v))
	case fSource:
		return setOnce(&c.m.Source, firstWord(v))
	case fIssuer:
		return setOnce(&c.m.Issuer, firstWord(v))
	case fIndex:
		return setOnce(&c.m.Index, firstWord(v))
	case fTitle:
		return setOnce(&c.m.Title, v)
	case fAuthor:
		return setOnce(&c.m.Author, firstWord(v))
	}
	return false
}

func setOnce(dst *string, v string) bool {
	if *dst != "" || v == "" {
		return false
	}
	*dst = v
	return true
}

// firstWord cuts a value at its first blank: a source or an index number
// has none, and what follows it on the line is another widget.
func firstWord(v string) string {
	if i := strings.IndexFunc(v, isBlankRune); i >= 0 {
		v = v[:i]
	}
	return v
}

// result is the collected metadata.
func (c *metaFields) result() format.Meta {
	m := c.m
	if m.Published == "" {
		m.Published = c.loose
	}
	return m
}

// fromTags reads the page's <meta> tags.
func (c *metaFields) fromTags(tags []metaTag) {
	for _, t := range tags {
		if f, ok := metaNames[t.name]; ok {
			c.set(f, cleanText(t.content))
		}
	}
}

// fromLine reads the labels of one paragraph: a metadata line, or a row
// of a metadata table whose cells are joined by format.CellSep. A label
// alone in its cell ("发布日期：", "成文日期") takes the next cell as its
// value.
func (c *metaFields) fromLine(s string) {
	if len(s) > maxLabelLineRunes*4 || !strings.ContainsAny(s, "：:") && !strings.Contains(s, format.CellSep) ||
		utf8.RuneCountInString(s) > maxLabelLineRunes || strings.HasSuffix(s, "。") {
		return // no label (a bare one stands in a table row), or prose
	}
	cells := strings.Split(s, format.CellSep)
	for i, cell := range cells {
		found := scanLabels(cell)
		if len(found) == 0 {
			if f, ok := bareLabel(cell); ok && i+1 < len(cells) && len(scanLabels(cells[i+1])) == 0 {
				c.set(f, cleanValue(cells[i+1]))
			}
			continue
		}
		for j, l := range found {
			v := l.value
			if v == "" && j == len(found)-1 && i+1 < len(cells) && len(scanLabels(cells[i+1])) == 0 {
				v = cleanValue(cells[i+1])
			}
			c.set(l.field, v)
		}
	}
}

// bareLabel recognises a cell that is only a label, without a colon.
func bareLabel(cell string) (field, bool) {
	if len(cell) > 3*4*3 { // longer than a spaced-out 成文日期
		return 0, false
	}
	cell = strings.Map(func(r rune) rune {
		if isBlankRune(r) {
			return -1
		}
		return r
	}, cell)
	for _, l := range labels {
		if cell == l.word && l.field != fNone && l.field != fPublishedLoose {
			return l.field, true
		}
	}
	return 0, false
}

// cleanText collapses the blanks of a meta tag's content and drops its
// control characters, as the walk does for text.
func cleanText(s string) string {
	var b builder
	b.write([]byte(s), false, 0, false, false)
	b.breakPara()
	if len(b.paras) == 0 {
		return ""
	}
	return b.textOf(b.paras[0])
}
