package doc

import (
	"context"
	"encoding/binary"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"baogao/model/format"
)

// Special characters of the main document text ([MS-DOC] 2.8.25).
const (
	chParaEnd    = 0x0D
	chCellEnd    = 0x07 // ends a cell; with sprmPFTtp, a table row
	chLineBreak  = 0x0B
	chPageBreak  = 0x0C // also a section break
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNBHyphen   = 0x1E
	chSoftHyphen = 0x1F
	chTab        = 0x09

	// lineSep marks a line or page break inside the paragraph being read,
	// until its mark says whether it is in a table cell (a space) or not
	// (a paragraph break).
	lineSep = '\n'

	maxFieldDepth = 64
	ctxEvery      = 1 << 16 // characters between context checks
)

// maxText is format.MaxText; tests lower it.
var maxText = format.MaxText

// textReader turns the main document's characters into paragraphs.
type textReader struct {
	ctx    context.Context
	wd     []byte
	papx   papTable
	styles []styleInfo
	lists  *lists

	paras []format.Para
	size  int // bytes of text in paras
	cur   strings.Builder

	// Fields: a stack of "past the separator" flags; text shows only
	// while every open field shows its result. Fields nested deeper than
	// maxFieldDepth are only counted.
	fields   []bool
	instr    int // open fields still in their instruction
	overflow int

	cells     []string // the cells of the table row being read
	cellParas []string // the paragraphs of the cell being read
	lastMark  rune
	high      rune // a UTF-16 high surrogate waiting for its pair
	err       error
}

// read walks the pieces in CP order.
func (t *textReader) read(pieces []piece) error {
	n := 0
	for _, p := range pieces {
		for cp := p.cpStart; cp < p.cpEnd; cp++ {
			if n++; n%ctxEvery == 0 {
				if err := t.ctx.Err(); err != nil {
					return err
				}
			}
			fc := p.fcOf(cp)
			var r rune
			if p.compressed {
				r = charmap.Windows1252.DecodeByte(t.wd[fc])
			} else {
				r = rune(binary.LittleEndian.Uint16(t.wd[fc:]))
			}
			t.char(r, fc)
			if t.err != nil {
				return t.err
			}
		}
	}
	t.flushRow()
	if s := t.cur.String(); strings.TrimSpace(s) != "" {
		t.emit(s, 0)
	}
	return t.err
}

func (t *textReader) char(r rune, fc uint32) {
	if t.high != 0 {
		if utf16.IsSurrogate(r) && r >= 0xDC00 {
			r = utf16.DecodeRune(t.high, r)
		}
		t.high = 0
	}
	switch r {
	case chFieldBegin:
		t.fieldBegin()
	case chFieldSep:
		if t.overflow == 0 && len(t.fields) > 0 && !t.fields[len(t.fields)-1] {
			t.fields[len(t.fields)-1] = true
			t.instr--
		}
	case chFieldEnd:
		t.fieldEnd()
	case chParaEnd, chCellEnd:
		t.mark(r, fc)
	default:
		if t.instr > 0 || t.overflow > 0 {
			return
		}
		t.text(r)
	}
}

func (t *textReader) fieldBegin() {
	if len(t.fields) >= maxFieldDepth || t.overflow > 0 {
		t.overflow++
		return
	}
	t.fields = append(t.fields, false)
	t.instr++
}

func (t *textReader) fieldEnd() {
	switch {
	case t.overflow > 0:
		t.overflow--
	case len(t.fields) > 0:
		if !t.fields[len(t.fields)-1] {
			t.instr--
		}
		t.fields = t.fields[:len(t.fields)-1]
	}
}

// text adds a shown character to the paragraph being read.
func (t *textReader) text(r rune) {
	switch {
	case r >= 0xD800 && r < 0xDC00:
		t.high = r
		return
	case r == chLineBreak || r == chPageBreak:
		r = lineSep
	case r == chNBHyphen:
		r = '-'
	case r == chSoftHyphen:
		return
	case r == chTab:
	case r < 0x20 || r >= 0x7F && r < 0xA0 || r >= 0xDC00 && r < 0xE000:
		return // objects (0x01, 0x08), note references, stray controls
	}
	t.cur.WriteRune(r)
	if t.size+t.cur.Len() > maxText {
		t.err = format.ErrTooMuchText
	}
}

// mark ends a paragraph (0x0D) or a cell or row (0x07).
func (t *textReader) mark(r rune, fc uint32) {
	text := t.cur.String()
	t.cur.Reset()
	run, known := t.papx.lookup(fc)
	props, level := propsOf(run, t.styles)
	if props.ilfo > 0 {
		if m := t.lists.marker(props.ilfo, props.ilvl); m != "" && strings.TrimSpace(text) != "" {
			text = m + text
		}
	}
	rowEnd := props.ttp
	if !known { // no PAPX: an empty cell right after a cell ends the row
		rowEnd = r == chCellEnd && t.lastMark == chCellEnd && text == "" && len(t.cellParas) == 0
	}
	t.lastMark = r
	switch {
	case r == chCellEnd && rowEnd:
		t.endCell(text)
		t.flushRow()
	case r == chCellEnd:
		t.endCell(text)
		t.cells = append(t.cells, strings.Join(t.cellParas, " "))
		t.cellParas = t.cellParas[:0]
	case props.inTable:
		t.endCell(text)
	default:
		t.flushRow()
		t.emit(text, level)
	}
}

// endCell keeps one paragraph of the cell being read.
func (t *textReader) endCell(text string) {
	text = strings.TrimSpace(strings.ReplaceAll(text, string(lineSep), " "))
	if text != "" {
		t.cellParas = append(t.cellParas, text)
	}
}

// flushRow emits the table row being read, if any, as one paragraph.
func (t *textReader) flushRow() {
	if len(t.cellParas) > 0 {
		t.cells = append(t.cells, strings.Join(t.cellParas, " "))
		t.cellParas = t.cellParas[:0]
	}
	if len(t.cells) == 0 {
		return
	}
	row := strings.Join(t.cells, format.CellSep)
	t.cells = t.cells[:0]
	if strings.TrimSpace(strings.ReplaceAll(row, format.CellSep, "")) != "" {
		t.emit(row, 0)
	}
}

// emit adds a paragraph, split at line and page breaks; only the first
// line carries the outline level.
func (t *textReader) emit(text string, level int) {
	for _, line := range strings.Split(text, string(lineSep)) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		t.paras = append(t.paras, format.Para{Text: line, Level: level})
		t.size += len(line) + 1
		level = 0
	}
	if t.size > maxText {
		t.err = format.ErrTooMuchText
	}
}
