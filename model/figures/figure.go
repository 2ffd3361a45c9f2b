package figures

import (
	"strconv"
	"strings"

	"baogao/model"
)

// Figure is one quantity a report states: 行政复议申请54件.
//
// Value is in the base unit (Unit): 1562.74万元 is 15627400 元, 3万余人次 is
// 30000 人次, 13名 is 13 人, 三成 is 30 %; Text keeps the figure as written
// and Start/End where it stands, for jumping to it and highlighting it.
type Figure struct {
	Subject   string  `json:"subject"`   // what it counts: 行政复议申请, 参训人员
	Value     float64 `json:"value"`     // in Unit; the lower end of a range
	Unit      string  `json:"unit"`      // base unit: 件 人 人次 元 % …
	Qualifier string  `json:"qualifier"` // 余 多 近 超过 约 以上 累计 …, space-separated; 至N for a range
	Section   string  `json:"section"`   // the section's dotted path; "" for the preamble
	Sentence  string  `json:"sentence"`  // the sentence it stands in, as written

	Max        float64 `json:"-"` // the upper end of a range (3至5个), else 0
	Text       string  `json:"-"` // the figure as written, qualifiers included: 近200家, 1562.74万元
	Context    string  `json:"-"` // the figure's subject leans on this one's (行政复议案件 for 受理94件): Subject starts with it
	Para       int     `json:"-"` // index of the paragraph in the section's Paras (or the Preamble)
	Start, End int     `json:"-"` // rune span of Text in the paragraph
	Places     int     `json:"-"` // decimal places Value is written with, for exact differences
}

// ReportFigures is what `figures --json R` prints.
type ReportFigures struct {
	ID      string   `json:"id"`
	Figures []Figure `json:"figures"`
}

// Extract returns the figures of a report in document order: the preamble,
// then every section's paragraphs. Headings and the signature are not read
// (they hold years and dates, not figures).
func Extract(r *model.Report) []Figure {
	out := []Figure{}
	var ex extractor
	for i, p := range r.Preamble {
		out = ex.paragraph(out, p, "", i)
	}
	r.Walk(func(s *model.Section) {
		for i, p := range s.Paras {
			out = ex.paragraph(out, p, s.Path, i)
		}
	})
	return out
}

// ExtractText returns the figures of plain text, one paragraph per line
// (Para is the line number, Section empty).
func ExtractText(text string) []Figure {
	out := []Figure{}
	var ex extractor
	for i, line := range strings.Split(text, "\n") {
		out = ex.paragraph(out, line, "", i)
	}
	return out
}

// ForReport is the JSON of a report's figures.
func ForReport(r *model.Report) ReportFigures {
	return ReportFigures{ID: r.ID, Figures: Extract(r)}
}

// extractor holds buffers reused from paragraph to paragraph.
type extractor struct {
	p     para
	toks  []numTok
	found []attempt
}

// paragraph appends the figures of one paragraph to out.
func (ex *extractor) paragraph(out []Figure, text, section string, para int) []Figure {
	if !mayHoldFigure(text) {
		return out
	}
	p := &ex.p
	p.reset(text)
	ex.toks = tokenize(p, ex.toks[:0])
	ex.found = ex.found[:0]
	last := 0
	for k := range ex.toks {
		t := ex.toks[k]
		if t.start < last {
			continue
		}
		a := attempt{p: p, toks: ex.toks, tok: k, start: t.start, end: t.end, lo: t.val, hi: t.val}
		if a.run() && a.start >= last {
			ex.found = append(ex.found, a)
			last = a.end
		}
	}
	if len(ex.found) == 0 {
		return out
	}
	sents := sentenceBounds(p)
	si, sentStart := 0, 0
	var prev *counted // what the figure before in the same sentence counts
	prevEnd := 0      // where it and the words it counts end
	for k := range ex.found {
		a := &ex.found[k]
		for si < len(sents) && sents[si] <= a.start {
			sentStart, prev, prevEnd = sents[si], nil, sents[si]
			si++
		}
		sentEnd := len(p.key)
		if si < len(sents) {
			sentEnd = sents[si]
		}
		f := a.figure(section, para)
		f.Sentence = strings.TrimSpace(p.orig(sentStart, sentEnd))
		limit := len(p.key)
		if k+1 < len(ex.found) {
			limit = ex.found[k+1].start
		}
		cur, tail := subjectOf(&f, a, prevEnd, limit, prev)
		prev, prevEnd = &cur, tail
		out = append(out, f)
	}
	return out
}

// mayHoldFigure is a quick test that saves folding paragraphs without a
// digit or a Chinese numeral.
func mayHoldFigure(text string) bool {
	for _, r := range text {
		if '0' <= r && r <= '9' || '０' <= r && r <= '９' || isChineseNumeral(r) || r == '兩' || r == '萬' || r == '億' {
			return true
		}
	}
	return false
}

// run applies figureRules; it reports whether the number is a figure.
func (a *attempt) run() bool {
	for _, r := range figureRules {
		if !r.ok(a) {
			return false
		}
	}
	return true
}

// figure makes the Figure of an accepted attempt, without its subject.
func (a *attempt) figure(section string, para int) Figure {
	v := a.lo.scaled(a.info.exp)
	f := Figure{
		Value:   v.float(),
		Unit:    a.info.base,
		Section: section,
		Text:    a.p.orig(a.start, a.end),
		Para:    para,
		Places:  v.places(),
	}
	f.Start, f.End = a.p.runeSpan(a.start, a.end)
	quals := a.quals
	if a.isRange {
		hi := a.hi.scaled(a.info.exp)
		f.Max = hi.float()
		quals = append(quals, "至"+strconv.FormatFloat(f.Max, 'f', -1, 64))
	}
	f.Qualifier = strings.Join(quals, " ")
	return f
}

// sentenceBounds returns the key indices where the paragraph's sentences
// start (the first at 0). A sentence ends after 。！？； and any closing
// quotes after them, never inside quotes or brackets (unless one stays open
// for more than 160 runes: then it is taken to be unbalanced).
func sentenceBounds(p *para) []int {
	starts := []int{0}
	depth, openedAt := 0, 0
	for i := 0; i < len(p.key); i++ {
		r, s := p.key[i], p.src[i]
		switch {
		case isOpenQuote(s) || s == '（' || s == '(':
			if depth == 0 {
				openedAt = i
			}
			depth++
		case isCloseQuote(s) || s == '）' || s == ')':
			depth = max(0, depth-1)
		case isSentenceMark(r):
			if depth > 0 && i-openedAt > 160 {
				depth = 0
			}
			if depth > 0 {
				continue
			}
			j := i + 1
			for j < len(p.key) && (isCloseQuote(p.src[j]) || isSentenceMark(p.key[j])) {
				j++
			}
			if j < len(p.key) {
				starts = append(starts, j)
			}
			i = j - 1
		}
	}
	return starts
}
