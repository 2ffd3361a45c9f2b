// Package model holds baogao's reports: decoding and cleaning the files they
// come from, parsing them into section trees with their metadata, and (in
// later files) searching and comparing them.
//
// The package has no UI imports: everything here is plain data and pure
// functions, so the terminal UI, the CLI and the tests all see the same
// reports. Only loading touches the file system, and it never writes.
package model

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind says what sort of document a report is.
type Kind string

// The kinds of document baogao recognises.
const (
	KindReport Kind = "report" // an annual report with the mandated parts
	KindNews   Kind = "news"   // a news piece about a district's work
)

// Topic names the part of the mandated report skeleton that a top-level part
// covers. Every 法治政府建设年度报告 must cover these, in any order and wording,
// which is what lets two reports be compared part by part.
type Topic string

// The mandated topics. TopicNone marks a part whose wording names none.
const (
	TopicNone         Topic = ""
	TopicMeasures     Topic = "measures"     // 主要举措和成效
	TopicShortcomings Topic = "shortcomings" // 存在的不足和原因
	TopicDuties       Topic = "duties"       // 党政主要负责人履行第一责任人职责情况
	TopicPlans        Topic = "plans"        // 下一年度主要安排
	TopicOther        Topic = "other"        // 其他需要报告的情况
)

// Report is one parsed report: its metadata and its section tree.
type Report struct {
	ID       string // file name without extension; unique enough for the CLI
	Source   string // where it was loaded from (a path, "seeds/…", or "-")
	Encoding string // the encoding Decode detected

	Format string // what the file was: txt, md, html, docx, doc, wps, pdf

	Title     string // joined when it spans lines; empty when the file has none
	Subtitle  string // ——关于… under the title, without the dashes
	Dateline  string // 2024年3月5日在第十四届全国人民代表大会第二次会议上: when and where it was delivered
	Speaker   string // 国务院总理 李强: who delivered it
	DocNumber string // 国发〔2019〕5号, when the document carries one

	Unit      string // the reporting body as named: 历下区, 济南市, 四川省, 深圳市司法局, 国务院
	District  string // the county-level place: 历下区, 济宁经济开发区; empty for a city, province or national report
	City      string // prefecture-level city or municipality: 济南市, 上海市; empty for a province or the nation
	Year      int    // the year reported on; 0 when unknown
	Published string // YYYY-MM-DD, when the page or document says
	Outlet    string // 来源: where the page says the text comes from
	Kind      Kind

	Preamble  []string   // paragraphs before the first heading
	Sections  []*Section // top-level parts in document order
	Signature []string   // the issuer and date under the last part (落款), if any

	// Warnings say where the report is not quite as its file has it
	// ("41 invalid bytes replaced"); empty for nearly every file.
	Warnings []string
}

// Section is one numbered part of a report and everything under it.
type Section struct {
	Level    int    // 1 一、 · 2 （一） · 3 1. · 4 （1） · 5 ①
	Label    string // the bare numeral: "三", "1", "01", or empty
	Marker   string // the marker as written: "三、", "(一)", "1．", "01", or empty
	Title    string // heading text without marker and final stop
	Topic    Topic  // set on top-level parts only
	Paras    []string
	Children []*Section

	Path   string   // dotted 1-based index path: "2.3"
	Parent *Section // nil for a top-level part
}

// Heading is the section's heading as shown: marker followed by title, with
// a space after a marker that ends in an ASCII digit or stop ("1. 依法决策",
// "01 注重加强制度层面设计"), as such markers are written.
func (s *Section) Heading() string {
	switch {
	case s.Marker == "":
		return s.Title
	case s.Title == "":
		return s.Marker
	case s.Marker[len(s.Marker)-1] < utf8.RuneSelf && s.Marker[len(s.Marker)-1] != ')':
		return s.Marker + " " + s.Title
	}
	return s.Marker + s.Title
}

// HeadingPath lists the headings from the top-level part down to s.
func (s *Section) HeadingPath() []string {
	var path []string
	for p := s; p != nil; p = p.Parent {
		path = append(path, p.Heading())
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// Walk calls fn for every section of r in document order, parents first.
func (r *Report) Walk(fn func(*Section)) {
	var walk func([]*Section)
	walk = func(ss []*Section) {
		for _, s := range ss {
			fn(s)
			walk(s.Children)
		}
	}
	walk(r.Sections)
}

// Outline returns every section of r in document order, parents first.
func (r *Report) Outline() []*Section {
	var out []*Section
	r.Walk(func(s *Section) { out = append(out, s) })
	return out
}

// SectionCount is the number of sections at every level.
func (r *Report) SectionCount() int {
	n := 0
	r.Walk(func(*Section) { n++ })
	return n
}

// Chars is the number of characters (runes) in the report's text: title,
// preamble, headings, paragraphs and signature.
func (r *Report) Chars() int {
	n := utf8.RuneCountInString(r.Title)
	for _, p := range r.Preamble {
		n += utf8.RuneCountInString(p)
	}
	r.Walk(func(s *Section) {
		n += utf8.RuneCountInString(s.Heading())
		for _, p := range s.Paras {
			n += utf8.RuneCountInString(p)
		}
	})
	for _, l := range r.Signature {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// Label is a short human name for the report: district, year and title, or
// the ID when the file said too little.
func (r *Report) Label() string {
	var parts []string
	switch {
	case r.Unit != "":
		parts = append(parts, r.Unit)
	case r.District != "":
		parts = append(parts, r.District)
	case r.City != "":
		parts = append(parts, r.City)
	}
	if r.Year != 0 {
		parts = append(parts, strconv.Itoa(r.Year))
	}
	if len(parts) == 0 {
		return r.ID
	}
	return strings.Join(parts, " ")
}

// FindPath returns the section at a dotted index path such as "2.3", or nil.
func (r *Report) FindPath(path string) *Section {
	var found *Section
	r.Walk(func(s *Section) {
		if found == nil && s.Path == path {
			found = s
		}
	})
	return found
}

// Text is the cleaned text of the whole report, one paragraph per line, with
// a blank line after the title and before each top-level part.
func (r *Report) Text() string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteString("\n\n")
	}
	for _, p := range r.Preamble {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	for _, s := range r.Sections {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		s.writeText(&b)
	}
	if len(r.Signature) > 0 {
		b.WriteByte('\n')
		for _, l := range r.Signature {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Text is the cleaned text of the section and its children: the heading,
// then one paragraph per line.
func (s *Section) Text() string {
	var b strings.Builder
	s.writeText(&b)
	return b.String()
}

func (s *Section) writeText(b *strings.Builder) {
	if h := s.Heading(); h != "" {
		b.WriteString(h)
		b.WriteByte('\n')
	}
	for _, p := range s.Paras {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	for _, c := range s.Children {
		c.writeText(b)
	}
}
