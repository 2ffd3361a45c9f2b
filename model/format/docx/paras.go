package docx

import (
	"strings"
	"unicode"

	"baogao/model/format"
)

// maxParas bounds the paragraphs of one document, table cells included;
// each costs memory beyond its text, and a report has a few hundred.
const maxParas = 1 << 20

// endPara finishes the open paragraph: its numbering marker goes in front,
// its w:br lines become paragraphs, and a paragraph whose mark was deleted
// (a tracked change, accepted) or hidden runs on into the next one.
func (w *walker) endPara() {
	p := w.paras[len(w.paras)-1]
	w.paras = w.paras[:len(w.paras)-1]
	defer func() { w.free = append(w.free, p) }()
	if outer := w.curPara(); outer != nil {
		outer.suppressed = true // a paragraph holding only a text box is no blank line
	}

	lines := append(p.lines, string(p.buf))
	level := 0
	if !p.markDeleted {
		style := w.paraStyle(p)
		level = w.level(p, style)
		if m := w.marker(p, style); m != "" {
			lines[0] = m + lines[0]
			w.grow(len(m))
		}
	}
	if w.merge != nil {
		lines[0] = w.merge.Text + lines[0]
		if w.merge.Level != 0 {
			level = w.merge.Level
		}
		w.merge = nil
	}
	last := len(lines)
	if p.markDeleted || p.markHidden {
		last--
		carry := format.Para{Text: lines[last]}
		if last == 0 {
			carry.Level = level
		}
		w.merge = &carry
	}
	if len(lines) == 1 && last == 1 && trimIndent(lines[0]) == "" {
		if !p.suppressed {
			w.addPara(format.Para{})
		}
		return
	}
	for i, l := range lines[:last] {
		l = trimIndent(l)
		switch {
		case i == 0 && l != "":
			w.addPara(format.Para{Text: l, Level: level})
		case l != "":
			w.addPara(format.Para{Text: l})
		}
	}
}

// trimIndent drops the blank space around a line: indentation typed as
// spaces (ASCII, U+3000, and the em spaces U+2002–U+2003 Word and WPS
// users type) is layout, and a heading's marker must start its line.
func trimIndent(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
	})
}

// level is the outline level a paragraph declares: its own w:outlineLvl,
// else its style's (a heading style).
func (w *walker) level(p *para, style string) int {
	if p.outline >= 0 {
		if p.outline < 9 {
			return p.outline + 1
		}
		return 0
	}
	return w.st.level(style)
}

// marker is the automatic number the paragraph shows, from its own
// w:numPr or its style's. w:numId 0 takes a paragraph out of its style's
// list.
func (w *walker) marker(p *para, style string) string {
	sNum, sHasNum, sIlvl, sHasIlvl := w.st.numbering(style)
	numID, ilvl := p.numID, p.ilvl
	if !p.hasNum {
		if !sHasNum {
			return ""
		}
		numID = sNum
	}
	if numID == "" || numID == "0" {
		return ""
	}
	if !p.hasIlvl {
		ilvl = 0
		if sHasIlvl {
			ilvl = sIlvl
		} else if l, ok := w.num.levelFor(numID, style, w.st); ok {
			ilvl = l
		}
	}
	return w.num.marker(numID, ilvl, w.st)
}

// addPara files a finished paragraph in the open table cell, or in the
// document. The document keeps one blank paragraph for a run of them (a
// blank line separates a title from the text) and none at the top.
func (w *walker) addPara(pp format.Para) {
	w.progress++
	if w.paraCount++; w.paraCount > maxParas {
		w.err = format.ErrTooMuchText
	}
	if n := len(w.cells); n > 0 {
		if pp.Text != "" {
			w.cells[n-1].paras = append(w.cells[n-1].paras, pp)
		}
		return
	}
	if pp.Text == "" && (len(w.out) == 0 || w.out[len(w.out)-1].Text == "") {
		return
	}
	w.out = append(w.out, pp)
	w.grow(1)
}

func (w *walker) flushMerge() {
	if w.merge != nil {
		m := *w.merge
		w.merge = nil
		if m.Text != "" {
			w.addPara(m)
		}
	}
}

// endCell files a finished cell in its row; a cell covered by a vertical
// merge is left out, since its content is in the cell above.
func (w *walker) endCell() {
	c := w.cells[len(w.cells)-1]
	w.cells = w.cells[:len(w.cells)-1]
	if c.continuation {
		return
	}
	if n := len(w.rows); n > 0 {
		w.rows[n-1].cells = append(w.rows[n-1].cells, c.paras)
		return
	}
	for _, p := range c.paras { // a cell outside a row: keep its text
		w.addPara(p)
	}
}

// endRow turns a finished row into paragraphs. A row of several cells is
// one paragraph, cells joined by CellSep and a cell's paragraphs by a
// space; a nested table is flattened into its cell the same way. A row
// with a single non-empty cell is a layout box (some documents put the
// whole report in a one-cell table), so its paragraphs stay paragraphs,
// with their levels.
func (w *walker) endRow() {
	r := w.rows[len(w.rows)-1]
	w.rows = w.rows[:len(w.rows)-1]
	if r.deleted {
		return
	}
	filled, only := 0, -1
	for i, c := range r.cells {
		if len(c) > 0 {
			filled, only = filled+1, i
		}
	}
	switch filled {
	case 0:
		return
	case 1:
		for _, p := range r.cells[only] {
			w.addPara(p)
		}
		return
	}
	texts := make([]string, 0, len(r.cells))
	for _, c := range r.cells {
		var b strings.Builder
		for i, p := range c {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p.Text)
		}
		texts = append(texts, b.String())
	}
	for len(texts) > 0 && texts[len(texts)-1] == "" {
		texts = texts[:len(texts)-1]
	}
	w.grow(len(format.CellSep) * (len(texts) - 1))
	w.addPara(format.Para{Text: strings.Join(texts, format.CellSep)})
}
