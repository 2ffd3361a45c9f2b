// Parsing: from cleaned lines to a section tree.
//
// A report's structure is written in its numbering, and the numbering of
// Chinese official documents is fixed by convention (GB/T 9704), so the level
// of a heading comes from its marker alone, never from Markdown depth or
// indentation:
//
//	一、 … 二十三、          level 1   一、党政主要负责人履行推进法治建设第一责任人职责情况
//	（一） (一)            level 2   （一）深入学习宣传贯彻习近平法治思想。全区…
//	1. 1． 1、            level 3   1. 依法决策能力和水平进一步提高。一是…
//	（1） (1)             level 4   （1）健全重大行政决策程序。
//	① ②                 level 5
//	01 (a line alone)     level 1   news pieces: 01 / 注重加强制度层面设计 / …
//
// Each recogniser in the table below looks at the start of a line and either
// claims it or not; a line no recogniser claims is body text. Parsing cannot
// fail: a file without headings is a title and a preamble.
//
// A heading line often runs straight into its body ("run-in"):
// （一）深入学习宣传贯彻习近平法治思想。全区… has the title before the first
// 。 and the rest is the section's first paragraph.
//
// What looks like a marker but is not one: 一是… (a point inside a paragraph),
// 1.5亿元 (a decimal), （2024年） (a year in brackets), 12345市民服务热线 and
// any line that merely starts with a number or a year.
//
// Before recognising headings, paragraphs that a page break split are joined
// again (joinBroken), and the title lines at the top are taken off.
package model

import (
	"baogao/model/format"
	"baogao/model/format/html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// heading is what a recogniser finds at the start of a line.
type heading struct {
	level  int
	label  string // bare numeral
	marker string // marker as written
	rest   string // what follows the marker, trimmed
}

// recognisers are tried in order; the first that claims a line wins.
var recognisers = []func(string) (heading, bool){
	chineseComma, // 一、
	chineseParen, // （一） (一)
	arabicDot,    // 1. 1． 1、
	arabicParen,  // （1） (1)
	circled,      // ①
	bareNumeral,  // 一 alone on its line (unmarked.go)
}

// recognise returns the heading that starts line, if any.
func recognise(line string) (heading, bool) {
	if line == "" {
		return heading{}, false
	}
	for _, rec := range recognisers {
		if h, ok := rec(line); ok {
			return h, true
		}
	}
	return heading{}, false
}

// chineseComma recognises level-1 markers: a Chinese numeral and 、.
func chineseComma(line string) (heading, bool) {
	num, n := chineseNumeral(line)
	if n == 0 || !strings.HasPrefix(line[n:], "、") {
		return heading{}, false
	}
	m := n + len("、")
	if numeralRange(line[m:]) {
		return heading{}, false
	}
	return heading{level: 1, label: num, marker: line[:m], rest: trimBlank(line[m:])}, true
}

// numeralRange reports whether s starts like the second half of a range of
// numbers written with 、 (三、四月份, 一、二审, 二、三级), which makes the
// line text, not a heading.
func numeralRange(s string) bool {
	_, n := chineseNumeral(s)
	if n == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[n:])
	return strings.ContainsRune("月年级审季期批类届次号档等", r)
}

// chineseParen recognises level-2 markers: a Chinese numeral in full- or
// half-width brackets, in any mix.
func chineseParen(line string) (heading, bool) { return bracketed(line, chineseNumeral, 2) }

// arabicParen recognises level-4 markers: one or two digits in brackets, so
// that （2024年） and （12345） stay text.
func arabicParen(line string) (heading, bool) { return bracketed(line, arabicNumeral, 4) }

// bracketed recognises a numeral in brackets at the start of line.
func bracketed(line string, numeral func(string) (string, int), level int) (heading, bool) {
	o := openParen(line)
	if o == 0 {
		return heading{}, false
	}
	num, n := numeral(line[o:])
	if n == 0 {
		return heading{}, false
	}
	c := closeParen(line[o+n:])
	if c == 0 {
		return heading{}, false
	}
	m := o + n + c
	return heading{level: level, label: num, marker: line[:m], rest: trimBlank(line[m:])}, true
}

// arabicDot recognises level-3 markers: one or two digits and . ． or 、,
// not followed by another digit (1.5亿元) or a percent sign, and not alone.
func arabicDot(line string) (heading, bool) {
	num, n := arabicNumeral(line)
	if n == 0 {
		return heading{}, false
	}
	r, size := utf8.DecodeRuneInString(line[n:])
	if r != '.' && r != '．' && r != '、' {
		return heading{}, false
	}
	m := n + size
	if next, _ := utf8.DecodeRuneInString(line[m:]); isDigit(next) || next == '%' || next == '％' {
		return heading{}, false
	}
	rest := trimBlank(line[m:])
	if rest == "" {
		return heading{}, false
	}
	return heading{level: 3, label: num, marker: line[:m], rest: rest}, true
}

// circled recognises level-5 markers ① to ⑳.
func circled(line string) (heading, bool) {
	r, size := utf8.DecodeRuneInString(line)
	if r < '①' || r > '⑳' {
		return heading{}, false
	}
	return heading{level: 5, label: itoa(int(r-'①') + 1), marker: line[:size], rest: trimBlank(line[size:])}, true
}

// blockNumber recognises the "01" … "99" lines that news pieces put alone on
// a line above a part's title.
func blockNumber(line string) (heading, bool) {
	if len(line) != 2 || !isASCIIDigit(line[0]) || !isASCIIDigit(line[1]) || line == "00" {
		return heading{}, false
	}
	return heading{level: 1, label: line, marker: line}, true
}

// chineseNumeral returns the Chinese numeral at the start of s (一 … 九十九)
// and its length in bytes.
func chineseNumeral(s string) (string, int) {
	n, count := 0, 0
	for n < len(s) && count < 4 {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !strings.ContainsRune("一二三四五六七八九十〇零", r) {
			break
		}
		n += size
		count++
	}
	return s[:n], n
}

// arabicNumeral returns the one- or two-digit number at the start of s,
// ASCII or full-width, as ASCII digits, and its length in bytes.
func arabicNumeral(s string) (string, int) {
	var digits []byte
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isDigit(r) {
			break
		}
		if len(digits) == 2 {
			return "", 0
		}
		if r >= '０' {
			r = r - '０' + '0'
		}
		digits = append(digits, byte(r))
		n += size
	}
	return string(digits), n
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func openParen(s string) int {
	switch {
	case strings.HasPrefix(s, "("):
		return 1
	case strings.HasPrefix(s, "（"):
		return len("（")
	}
	return 0
}

func closeParen(s string) int {
	switch {
	case strings.HasPrefix(s, ")"):
		return 1
	case strings.HasPrefix(s, "）"):
		return len("）")
	}
	return 0
}

func itoa(n int) string { return strconv.Itoa(n) }

// maxHeadingRunes bounds a heading's title. A heading with no full stop in
// its first hundred characters is a long title only up to its first clause;
// the rest is text that happens to follow a marker.
const maxHeadingRunes = 100

// splitRunIn splits what follows a marker into the title and the body that
// runs on after the title's first full stop.
func splitRunIn(rest string) (title, body string) {
	end, next := len(rest), len(rest) // end of the title, start of the body
	if i := strings.IndexAny(rest, "。！？!?"); i >= 0 {
		_, size := utf8.DecodeRuneInString(rest[i:])
		end, next = i, i+size
	}
	if cut := runeOffset(rest[:end], maxHeadingRunes); cut < end {
		end, next = cut, cut
		if i := strings.IndexAny(rest[:cut], "，,；;：:"); i > 0 {
			_, size := utf8.DecodeRuneInString(rest[i:])
			end, next = i, i+size
		}
	}
	return strings.TrimRight(rest[:end], "；;：:"), trimBlank(rest[next:])
}

// runeOffset is the byte offset of the n-th rune of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// Parse builds a report from decoded, sanitized text. It cannot fail: an
// unrecognised line is body text and a file without headings is a title and
// a preamble. Metadata (title, district, city, year, kind) is filled in too.
func Parse(id, text string) *Report {
	return parseWithMeta(id, text, format.Meta{})
}

// parseWithMeta is Parse for a document that says things about itself
// (a page's <meta> tags, a Word file's properties): those come first, then
// the labelled lines at the top of the text (发布时间：…, 来源：…).
func parseWithMeta(id, text string, m format.Meta) *Report {
	r := parseTree(id, text)
	fillMetadata(r, mergeMeta(m, html.LabelledMeta(text)))
	return r
}

// mergeMeta fills a's empty fields from b.
func mergeMeta(a, b format.Meta) format.Meta {
	a.Title, a.Published, a.Source = orElse(a.Title, b.Title), orElse(a.Published, b.Published), orElse(a.Source, b.Source)
	a.Issuer, a.Index, a.Written = orElse(a.Issuer, b.Issuer), orElse(a.Index, b.Index), orElse(a.Written, b.Written)
	a.Author = orElse(a.Author, b.Author)
	return a
}

// parseTree is Parse without the metadata: title, preamble and section tree,
// all that a search through files needs, for a fraction of the cost.
func parseTree(id, text string) *Report {
	// The title comes off before page breaks are joined: a title line as
	// long as a broken paragraph must not be glued to the text below it.
	titleLines, lines := splitTitle(cleanLines(text))
	lines = joinBroken(lines)
	r := &Report{ID: id}
	t := titleParts(titleLines)
	r.Title = joinTitle(t.title)
	r.Subtitle, r.Dateline, r.Speaker, r.DocNumber = t.subtitle, t.dateline, t.speaker, t.docNumber
	p := parser{r: r, lines: lines, unmarked: unmarkedParts(lines)}
	p.run()
	r.Signature = takeSignature(p.stack)
	takeLeadingParts(r)
	finish(r.Sections, nil, "")
	return r
}

// maxSignatureLines bounds the 落款: an issuer or two and a date.
const maxSignatureLines = 4

// takeSignature moves the issuer and date lines that close a report (安吉县
// 人民政府 / 二〇二五年一月二十日) out of the last section's paragraphs: they
// belong to no part, and in a comparison of two years the changed date
// would otherwise read as a change to the plans.
func takeSignature(open []*Section) []string {
	if len(open) == 0 {
		return nil
	}
	last := open[len(open)-1]
	var notes []string // （此件公开发布） and its kin stand under the 落款
	for len(last.Paras) > 0 && len(notes) < 2 && isPublicationNote(last.Paras[len(last.Paras)-1]) {
		notes = append([]string{last.Paras[len(last.Paras)-1]}, notes...)
		last.Paras = last.Paras[:len(last.Paras)-1]
	}
	if sig := takeSignatureLines(last); sig != nil || notes == nil {
		return append(sig, notes...)
	}
	last.Paras = append(last.Paras, notes...) // no 落款 above them: leave the text as it was
	return nil
}

// isPublicationNote reports whether l is the bracketed note on how a
// document is released: （此件公开发布）, （此件主动公开）, （此件不予公开）.
func isPublicationNote(l string) bool {
	l = strings.TrimSpace(l)
	if utf8.RuneCountInString(l) > 16 {
		return false
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(l, "（"), "("), "）"), ")")
	return inner != l && strings.HasPrefix(inner, "此件")
}

// takeSignatureLines moves the 落款 lines off the end of last.
func takeSignatureLines(last *Section) []string {
	n := 0
	for n < len(last.Paras) && n < maxSignatureLines && isSignatureLine(last.Paras[len(last.Paras)-1-n]) {
		n++
	}
	if n == 0 || !isDateLine(last.Paras[len(last.Paras)-1]) && n < 2 {
		return nil // a lone unit name may be a short paragraph; a 落款 ends with its date or has two lines
	}
	sig := append([]string(nil), last.Paras[len(last.Paras)-n:]...)
	last.Paras = last.Paras[:len(last.Paras)-n]
	return sig
}

// signatureUnits are how the names of issuing bodies end.
var signatureUnits = []string{"人民政府", "委员会", "管委会", "办公室", "政府", "党委", "党工委", "局", "委", "办", "院", "厅"}

// isSignatureLine reports whether l is a 落款 line: a short issuer name or a
// date, without punctuation.
func isSignatureLine(l string) bool {
	if utf8.RuneCountInString(l) > 30 || strings.ContainsAny(l, "，。；：,;:！？") {
		return false
	}
	return isDateLine(l) || hasAnySuffix(l, signatureUnits)
}

// isDateLine reports whether l is a date alone: 2025年1月20日, 二〇二五年一月二十日.
func isDateLine(l string) bool {
	l = strings.ReplaceAll(l, " ", "")
	y, rest, ok := strings.Cut(l, "年")
	if !ok || utf8.RuneCountInString(y) != 4 || !allIn(y, "0123456789０１２３４５６７８９〇○零一二三四五六七八九") {
		return false
	}
	m, d, ok := strings.Cut(rest, "月")
	return ok && m != "" && allIn(m, "0123456789一二三四五六七八九十") &&
		(d == "" || strings.HasSuffix(d, "日") && allIn(strings.TrimSuffix(d, "日"), "0123456789一二三四五六七八九十"))
}

func allIn(s, set string) bool {
	for _, r := range s {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return s != ""
}

// parser holds the state of one Parse call.
type parser struct {
	r        *Report
	lines    []string // non-blank lines after the title
	i        int      // next line
	stack    []*Section
	block    bool         // inside a part opened by a "01" block number
	unmarked map[int]bool // lines that head unmarked level-1 parts (unmarked.go)
}

func (p *parser) run() {
	for p.i < len(p.lines) {
		line := p.lines[p.i]
		p.i++
		if h, ok := blockNumber(line); ok {
			p.openBlock(h)
			continue
		}
		if h, ok := recognise(line); ok {
			p.open(h)
			continue
		}
		if p.unmarked[p.i-1] {
			p.open(heading{level: 1, rest: line})
			continue
		}
		if p.block && isShortLine(line) && p.i < len(p.lines) {
			p.open(heading{level: 2, rest: line})
			continue
		}
		p.addPara(line)
	}
}

// open starts a section for h under the nearest open section of a lower
// level, and files a run-in body as its first paragraph.
func (p *parser) open(h heading) {
	title, body := splitRunIn(h.rest)
	if title == "" && body == "" && p.i < len(p.lines) && isShortLine(p.lines[p.i]) {
		if _, isHeading := recognise(p.lines[p.i]); !isHeading {
			title = p.lines[p.i] // marker alone on its line, title below it
			p.i++
		}
	}
	s := &Section{Level: h.level, Label: h.label, Marker: h.marker, Title: title}
	for len(p.stack) > 0 && p.stack[len(p.stack)-1].Level >= h.level {
		p.stack = p.stack[:len(p.stack)-1]
	}
	if len(p.stack) == 0 {
		p.r.Sections = append(p.r.Sections, s)
		p.block = false
	} else {
		top := p.stack[len(p.stack)-1]
		top.Children = append(top.Children, s)
	}
	p.stack = append(p.stack, s)
	if body != "" {
		s.Paras = append(s.Paras, body)
	}
}

// openBlock starts a news-style part: the short lines below the number are
// its title, except the last one when it heads the first paragraph, which is
// the part's first sub-heading.
func (p *parser) openBlock(h heading) {
	var title []string
	for p.i < len(p.lines) && isShortLine(p.lines[p.i]) {
		title = append(title, p.lines[p.i])
		p.i++
	}
	if len(title) > 1 && p.i < len(p.lines) {
		p.i-- // the last short line is a sub-heading; run() will open it
		title = title[:len(title)-1]
	}
	h.rest = strings.Join(title, " ")
	p.open(h)
	p.block = true
}

func (p *parser) addPara(line string) {
	if len(p.stack) == 0 {
		p.r.Preamble = append(p.r.Preamble, line)
		return
	}
	top := p.stack[len(p.stack)-1]
	top.Paras = append(top.Paras, line)
}

// finish sets paths, parents and (on top-level parts) topics.
func finish(ss []*Section, parent *Section, prefix string) {
	for i, s := range ss {
		s.Parent = parent
		s.Path = prefix + itoa(i+1)
		if parent == nil {
			s.Topic = topicOf(s.Title)
		}
		finish(s.Children, s, s.Path+".")
	}
}

// minBrokenRunes is the shortest line that may have been cut by a page
// break. Shorter lines without a full stop are titles and sub-headings.
const minBrokenRunes = 60

// joinBroken re-joins paragraphs that a page break split: a long line that
// ends without closing punctuation is glued to the next non-blank line when
// that line does not start a heading. A heading line is glued only when it
// has run-in body text, so a long heading alone on its line stays alone.
// Blank lines between the two halves go; other blank lines stay.
func joinBroken(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		if !mayContinue(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		// Gather the pieces and join them once: a run of thousands of
		// unpunctuated lines must not be copied and re-measured per line.
		pieces := []string{lines[i]}
		for {
			j := i + 1
			for j < len(lines) && lines[j] == "" {
				j++
			}
			if j == len(lines) || startsHeading(lines[j]) {
				break
			}
			pieces = append(pieces, lines[j])
			i = j
			if endsSentence(lines[j]) {
				break
			}
		}
		out = append(out, strings.Join(pieces, ""))
	}
	return out
}

// mayContinue reports whether l looks like the first half of a paragraph
// that a page break cut.
func mayContinue(l string) bool {
	if len(l) < minBrokenRunes || endsSentence(l) || utf8.RuneCountInString(l) < minBrokenRunes {
		return false
	}
	if h, ok := recognise(l); ok {
		_, body := splitRunIn(h.rest)
		return body != ""
	}
	return true
}

func startsHeading(l string) bool {
	if _, ok := recognise(l); ok {
		return true
	}
	_, ok := blockNumber(l)
	return ok
}

// endsSentence reports whether l ends with closing punctuation: a full stop,
// question or exclamation mark, semicolon, colon or ellipsis, possibly
// followed by closing quotes or brackets. “一规划两纲要” does not end one.
func endsSentence(l string) bool {
	t := strings.TrimRight(l, "”’」』）)》〉】]\"'")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？；：…!?;:.", r)
}

// maxShortRunes is the longest line taken as a title or news sub-heading.
const maxShortRunes = 40

// isShortLine reports whether l could be a title or a sub-heading line: short,
// not ending a sentence or a clause, and not itself a heading.
func isShortLine(l string) bool {
	if l == "" || len(l) > maxShortRunes*4 || utf8.RuneCountInString(l) > maxShortRunes || endsSentence(l) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(l); strings.ContainsRune("，、,", r) {
		return false
	}
	return !startsHeading(l)
}

// maxTitleLines is how many short lines at the top may form the title.
const maxTitleLines = 4

// splitTitle takes the title lines off the top of the file: up to a few
// short lines before the first paragraph or heading. It drops blank lines
// from what it returns.
func splitTitle(lines []string) (title, rest []string) {
	i := 0
	for ; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		if !isTitleLine(lines[i]) || len(title) == maxTitleLines {
			break
		}
		title = append(title, lines[i])
	}
	rest = make([]string, 0, len(lines)-i)
	for _, l := range lines[i:] {
		if l != "" {
			rest = append(rest, l)
		}
	}
	return title, rest
}

// maxTitleRunes bounds one title line: titles are long, sub-headings short.
const maxTitleRunes = 60

func isTitleLine(l string) bool {
	if utf8.RuneCountInString(l) > maxTitleRunes || endsSentence(l) || startsHeading(l) || strings.Contains(l, "。") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune("，、,", r)
}

// joinTitle joins title lines. A line break inside a title carries no
// meaning in Chinese, so the lines join without a space, except between
// ASCII letters or digits.
func joinTitle(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(lines[i-1])
			next, _ := utf8.DecodeRuneInString(l)
			if prev < utf8.RuneSelf && next < utf8.RuneSelf {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
