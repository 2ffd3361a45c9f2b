package docx

import (
	"strings"

	"baogao/model/format"
)

// The body walker reads document.xml in one pass, keeping a stack of what
// is open. Paragraphs nest (a text box inside a run inside a paragraph),
// so do tables, fields (across paragraphs) and content controls. What a
// reader of the printed page would not see is dropped as it comes:
// deleted and moved-away text of tracked changes, field instructions,
// hidden text, placeholder text of empty content controls, the second
// rendering of an mc:AlternateContent, a table of contents (baogao shows
// its own outline, and a TOC would repeat every heading), and footnotes,
// endnotes and comments, which live in other parts and are not read.

// kind is what an open element is to the walker.
type kind uint8

const (
	kOther kind = iota
	kP
	kPPr
	kPMarkRPr // the w:rPr of a paragraph mark
	kNumPr
	kR
	kRPr
	kText  // w:t, m:t
	kInstr // w:instrText
	kTr
	kTrPr
	kTc
	kTcPr
	kSdt
	kSdtPr
	kDocPartObj
	kAlt
	kChoice
)

type frame struct {
	kind kind
	mark int // kChoice: progress when it opened
}

// para is an open paragraph.
type para struct {
	buf         []byte   // text of the current line
	lines       []string // lines already cut by w:br
	style       string
	hasStyle    bool
	numID       string
	hasNum      bool
	ilvl        int
	hasIlvl     bool
	outline     int // w:outlineLvl, -1 when absent
	markDeleted bool
	markHidden  bool
	suppressed  bool // some content was dropped (deleted, hidden, a TOC)
	styleHidden int8 // its style hides its runs: 0, 1, or unknownHidden
}

// unknownHidden marks a paragraph whose style has not been looked up.
const unknownHidden = -1

// run is an open run: whether its text shows.
type run struct {
	direct int8 // w:vanish on the run: -1 unset, 0, 1
	styled int8 // w:vanish from its character style
}

// field is an open complex field (w:fldChar begin … separate … end).
type field struct {
	instr    []byte
	inResult bool
	drop     bool
}

// maxFields bounds nested complex fields; deeper ones are counted only.
const maxFields = 256

// row is an open table row; cells holds the finished cells' paragraphs.
type row struct {
	cells   [][]format.Para
	deleted bool
}

// cell is an open table cell collecting its paragraphs.
type cell struct {
	paras        []format.Para
	continuation bool // covered by a vertical merge: its content is above
}

type walker struct {
	sc  *scanner
	st  *styles
	num *numbering

	out    []format.Para
	frames []frame
	paras  []*para
	runs   []run
	fields []field
	deep   int // fields past maxFields
	rows   []*row
	cells  []*cell
	sdts   []bool // drop the content of this content control
	alts   []bool // an alternative of this mc:AlternateContent was taken

	merge     *format.Para // a paragraph whose mark was deleted or hidden
	progress  int          // grows with every paragraph and text appended
	size      int          // bytes of text so far, as Document.Text counts
	altChunks int          // w:altChunk: content imported from another part
	paraCount int          // paragraphs filed, in cells too
	err       error
	free      []*para
}

func (w *walker) top() kind {
	if len(w.frames) == 0 {
		return kOther
	}
	return w.frames[len(w.frames)-1].kind
}

// parent is the kind of the element around the top one.
func (w *walker) parent() kind {
	if len(w.frames) < 2 {
		return kOther
	}
	return w.frames[len(w.frames)-2].kind
}

func (w *walker) curPara() *para {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

// walk reads the body. The root must be w:document.
func (w *walker) walk() error {
	root := true
	for w.err == nil {
		switch w.sc.next() {
		case tokEOF:
			if w.sc.err != nil {
				return w.sc.err
			}
			if root {
				return errNoBody
			}
			w.closeAll()
			return w.err
		case tokStart:
			if root {
				if w.sc.ns != nsW || string(w.sc.local) != "document" {
					return errNoBody
				}
				root = false
			}
			w.start()
		case tokEnd:
			w.end()
		case tokText:
			w.text()
		}
	}
	return w.err
}

// closeAll ends what a truncated document left open, so its last
// paragraphs are kept.
func (w *walker) closeAll() {
	for len(w.frames) > 0 && w.err == nil {
		w.end()
	}
	w.flushMerge()
}

func (w *walker) push(k kind) { w.frames = append(w.frames, frame{kind: k}) }

func (w *walker) end() {
	if len(w.frames) == 0 {
		return
	}
	f := w.frames[len(w.frames)-1]
	w.frames = w.frames[:len(w.frames)-1]
	w.sc.wantText = false
	switch f.kind {
	case kP:
		w.endPara()
	case kR:
		w.runs = w.runs[:len(w.runs)-1]
	case kTr:
		w.endRow()
	case kTc:
		w.endCell()
	case kSdt:
		w.sdts = w.sdts[:len(w.sdts)-1]
	case kAlt:
		w.alts = w.alts[:len(w.alts)-1]
	case kChoice:
		if w.progress == f.mark && len(w.alts) > 0 {
			w.alts[len(w.alts)-1] = false // it showed nothing: try the next
		}
	}
	if len(w.frames) > 0 && w.top() == kText {
		w.sc.wantText = true
	}
}

// visible reports whether text written now shows: not in a hidden run,
// not in a field's instruction or a dropped field.
func (w *walker) visible() bool {
	if w.deep > 0 {
		return false
	}
	for i := range w.fields {
		if !w.fields[i].inResult || w.fields[i].drop {
			return false
		}
	}
	if len(w.runs) > 0 {
		r := w.runs[len(w.runs)-1]
		switch {
		case r.direct >= 0:
			return r.direct == 0
		case r.styled >= 0:
			return r.styled == 0
		}
		if p := w.curPara(); p != nil {
			if p.styleHidden == unknownHidden {
				p.styleHidden = 0
				if hidden, _ := w.st.hidden(w.paraStyle(p)); hidden {
					p.styleHidden = 1
				}
			}
			return p.styleHidden == 0
		}
	}
	return true
}

// emit appends visible text to the open paragraph.
func (w *walker) emit(s []byte, cdata bool) {
	p := w.curPara()
	if p == nil {
		return
	}
	if !w.visible() {
		p.suppressed = true
		return
	}
	n := len(p.buf)
	p.buf = appendText(p.buf, s, cdata)
	w.grow(len(p.buf) - n)
}

func (w *walker) emitString(s string) {
	p := w.curPara()
	if p == nil {
		return
	}
	if !w.visible() {
		p.suppressed = true
		return
	}
	p.buf = append(p.buf, s...)
	w.grow(len(s))
}

// grow counts text against MaxText.
func (w *walker) grow(n int) {
	w.size += n
	w.progress += n
	if w.size > format.MaxText {
		w.err = format.ErrTooMuchText
	}
}

// lineBreak cuts the open paragraph at a w:br or w:cr. Chinese official
// documents use soft breaks where they mean new paragraphs (and pasted web
// text brings a <br> for every line), so a break makes a new paragraph;
// the parser re-joins lines that a break cut mid-sentence, as it does for
// text files.
func (w *walker) lineBreak() {
	p := w.curPara()
	if p == nil {
		return
	}
	if !w.visible() {
		p.suppressed = true
		return
	}
	if len(p.buf) > 0 { // a run of breaks is one cut: empty lines are dropped anyway
		p.lines = append(p.lines, string(p.buf))
		p.buf = p.buf[:0]
		w.grow(1)
	}
}

func (w *walker) text() {
	switch w.top() {
	case kText:
		w.emit(w.sc.text, w.sc.cdata)
	case kInstr:
		if n := len(w.fields); n > 0 && w.deep == 0 && !w.fields[n-1].inResult && len(w.fields[n-1].instr) < 64 {
			w.fields[n-1].instr = appendText(w.fields[n-1].instr, w.sc.text, w.sc.cdata)
		}
	}
}

// fieldChar follows a complex field's begin, separate and end.
func (w *walker) fieldChar() {
	switch w.sc.attrString("fldCharType") {
	case "begin":
		if len(w.fields) == maxFields || w.deep > 0 {
			w.deep++
			return
		}
		w.fields = append(w.fields, field{})
	case "separate":
		if n := len(w.fields); n > 0 && w.deep == 0 {
			f := &w.fields[n-1]
			f.inResult, f.drop = true, isTOC(f.instr)
		}
	case "end":
		if w.deep > 0 {
			w.deep--
		} else if n := len(w.fields); n > 0 {
			w.fields = w.fields[:n-1]
		}
	}
}

// isTOC reports whether a field instruction builds a table of contents.
func isTOC(instr []byte) bool {
	f := strings.Fields(string(instr))
	return len(f) > 0 && strings.EqualFold(f[0], "TOC")
}

func (w *walker) paraStyle(p *para) string {
	if p.hasStyle {
		return p.style
	}
	return w.st.defaultPara
}

func (w *walker) newPara() *para {
	var p *para
	if n := len(w.free); n > 0 {
		p = w.free[n-1]
		w.free = w.free[:n-1]
		*p = para{buf: p.buf[:0], lines: p.lines[:0]}
	} else {
		p = &para{}
	}
	p.outline, p.styleHidden = -1, unknownHidden
	return p
}
