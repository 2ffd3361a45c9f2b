package doc

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

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

	// maxParas caps the paragraphs of one document: a report has hundreds,
	// and each costs more than its text (MaxText alone would allow 32
	// million one-character paragraphs).
	maxParas = 1 << 20
)

var errTooManyParas = fmt.Errorf("document has over %d paragraphs", maxParas)

// maxText is format.MaxText; tests lower it.
var maxText = format.MaxText

// textReader turns the main document's characters into paragraphs.
type textReader struct {
	ctx    context.Context
	wd     []byte
	papx   papTable
	hidden hiddenCursor // deleted and hidden text
	styles []styleInfo
	lists  *lists

	paras []format.Para
	size  int    // bytes of text in paras
	buf   []byte // holds the paragraph being read: buf[:n] (reused)
	n     int

	// Fields: a stack of open fields; text shows only while every open
	// field shows its result. Fields nested deeper than maxFieldDepth are
	// only counted.
	fields   []field
	instr    int // open fields not showing: in their instruction, or a TOC
	overflow int

	cells     []string // the cells of the table row being read
	cellParas []string // the paragraphs of the cell being read
	pending   int      // bytes in cells and cellParas
	lastMark  rune
	high      rune // a UTF-16 high surrogate waiting for its pair
	err       error
}

// read walks the pieces in CP order.
func (t *textReader) read(pieces []piece) error {
	n := 0
	for _, p := range pieces {
		t.hidden.seek(p.fc)
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
			t.char(r, fc, t.hidden.hidden(fc))
			if t.err != nil {
				return t.err
			}
		}
	}
	t.flushRow()
	if s := string(t.buf[:t.n]); strings.TrimSpace(s) != "" {
		t.emit(s, 0)
	}
	return t.err
}

func (t *textReader) char(r rune, fc uint32, hidden bool) {
	if t.high != 0 {
		if r >= 0xDC00 && r < 0xE000 {
			r = utf16.DecodeRune(t.high, r)
		}
		t.high = 0
	}
	switch r {
	case chFieldBegin:
		t.fieldBegin()
	case chFieldSep:
		t.fieldSep()
	case chFieldEnd:
		t.fieldEnd()
	case chParaEnd, chCellEnd:
		t.mark(r, fc)
	default:
		switch {
		case t.overflow > 0:
		case t.instr > 0:
			if f := &t.fields[len(t.fields)-1]; !f.shown {
				f.addCode(r)
			}
		case !hidden:
			t.text(r)
		}
	}
}

// field is an open field: its instruction's first word, and whether its
// result is being shown.
type field struct {
	code  [8]byte
	n     int  // bytes in code
	ended bool // the first word has ended
	shown bool
}

// addCode keeps the first word of the instruction ("HYPERLINK", "TOC").
func (f *field) addCode(r rune) {
	switch {
	case f.ended:
	case r == ' ' && f.n == 0:
	case r <= ' ' || r >= utf8.RuneSelf || f.n == len(f.code):
		f.ended = true
	default:
		f.code[f.n] = byte(unicode.ToUpper(r))
		f.n++
	}
}

// hidesResult: a table of contents repeats the headings, with page
// numbers, ahead of the text; the parser would read them as a first
// outline. Its result is dropped like an instruction.
func (f *field) hidesResult() bool {
	return string(f.code[:f.n]) == "TOC"
}

func (t *textReader) fieldBegin() {
	if len(t.fields) >= maxFieldDepth || t.overflow > 0 {
		t.overflow++
		return
	}
	t.fields = append(t.fields, field{})
	t.instr++
}

func (t *textReader) fieldSep() {
	if t.overflow > 0 || len(t.fields) == 0 {
		return
	}
	if f := &t.fields[len(t.fields)-1]; !f.shown && !f.hidesResult() {
		f.shown = true
		t.instr--
	}
}

func (t *textReader) fieldEnd() {
	switch {
	case t.overflow > 0:
		t.overflow--
	case len(t.fields) > 0:
		if !t.fields[len(t.fields)-1].shown {
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
	if t.n+utf8.UTFMax > len(t.buf) {
		// Grown here, not by append per character: writing the slice
		// back on every character costs a GC write barrier each time.
		t.buf = append(t.buf[:t.n], make([]byte, max(256, t.n))...)
	}
	t.n += utf8.EncodeRune(t.buf[t.n:], r)
	if t.size+t.n > maxText {
		t.err = format.ErrTooMuchText
	}
}

// mark ends a paragraph (0x0D) or a cell or row (0x07).
func (t *textReader) mark(r rune, fc uint32) {
	text := string(t.buf[:t.n])
	t.n = 0
	run, known := t.papx.lookup(fc)
	props, level := propsOf(run, t.styles)
	if props.ilfo > 0 {
		text = t.lists.marker(props.ilfo, props.ilvl, strings.TrimSpace(text) == "") + text
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
		t.grow(len(format.CellSep))
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
		t.grow(len(text) + 1)
	}
}

// grow counts bytes held for the table row being read.
func (t *textReader) grow(n int) {
	if t.pending += n; t.size+t.pending > maxText {
		t.err = format.ErrTooMuchText
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
	t.cells, t.pending = t.cells[:0], 0
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
	switch {
	case t.size > maxText:
		t.err = format.ErrTooMuchText
	case len(t.paras) > maxParas:
		t.err = errTooManyParas
	}
}
