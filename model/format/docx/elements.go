package docx

import (
	"errors"
)

var errNoBody = errors.New("its main part is not a WordprocessingML document")

// isSkipped reports the WordprocessingML elements whose content is never
// shown text: properties, the old side of tracked property changes, tab
// stops, ruby guides, field data.
func isSkipped(name []byte) bool {
	switch string(name) {
	case "delText", "delInstrText", "sdtEndPr", "rt", "rubyPr",
		"pPrChange", "rPrChange", "tblPrChange", "trPrChange",
		"tcPrChange", "sectPrChange", "tblGridChange", "numberingChange",
		"tabs", "tblPr", "tblGrid", "tblPrEx", "sectPr", "fldData", "ffData":
		return true
	}
	return false
}

// start handles a start tag: it either pushes a frame, or skips the
// element's content.
func (w *walker) start() {
	sc := w.sc
	switch sc.ns {
	case nsW:
		if top := w.top(); isPropertyKind(top) {
			w.property(sc.local, top)
			return
		}
		w.startW(sc.local)
	case nsMC:
		w.startMC(sc.local)
	case nsM:
		if string(sc.local) == "t" {
			w.push(kText)
			sc.wantText = true
			return
		}
		w.push(kOther)
	default:
		w.push(kOther)
	}
}

// startMC takes one branch of an mc:AlternateContent: the first choice,
// or the fallback when the choice shows nothing. Word writes a text box
// twice (DrawingML and VML); it must be read once.
func (w *walker) startMC(name []byte) {
	n := len(w.alts)
	switch {
	case string(name) == "AlternateContent":
		w.alts = append(w.alts, false)
		w.push(kAlt)
	case (string(name) == "Choice" || string(name) == "Fallback") && w.top() == kAlt && n > 0:
		if w.alts[n-1] {
			w.sc.skip()
			return
		}
		w.alts[n-1] = true
		w.frames = append(w.frames, frame{kind: kChoice, mark: w.progress})
	default:
		w.push(kOther)
	}
}

func (w *walker) startW(name []byte) {
	if isSkipped(name) {
		w.sc.skip()
		return
	}
	switch string(name) {
	case "p":
		w.paras = append(w.paras, w.newPara())
		w.push(kP)
	case "r":
		w.runs = append(w.runs, run{direct: -1, styled: -1})
		w.push(kR)
	case "t":
		w.push(kText)
		w.sc.wantText = true
	case "instrText":
		w.push(kInstr)
		w.sc.wantText = true
	case "tbl":
		w.push(kOther)
	case "tr":
		w.rows = append(w.rows, &row{})
		w.push(kTr)
	case "tc":
		w.cells = append(w.cells, &cell{})
		w.push(kTc)
	case "altChunk":
		w.altChunks++
		w.sc.skip()
	default:
		if !w.startInline(name) && !w.startProperty(name) {
			w.push(kOther)
		}
	}
}

// startInline handles what sits in runs and around them: text pieces,
// tracked changes, fields, content controls.
func (w *walker) startInline(name []byte) bool {
	sc := w.sc
	inRun := w.top() == kR
	switch string(name) {
	case "tab", "ptab":
		if inRun {
			w.emitString("\t")
		}
	case "br", "cr":
		if inRun {
			w.lineBreak()
		}
	case "noBreakHyphen":
		if inRun {
			w.emitString("-")
		}
	case "sym":
		if inRun {
			w.symbol()
		}
	case "fldChar":
		w.fieldChar()
	case "fldSimple":
		if isTOC([]byte(sc.attrString("instr"))) {
			w.drop()
			return true
		}
	case "del", "moveFrom":
		w.drop() // deleted or moved-away content
		return true
	case "sdt":
		w.sdts = append(w.sdts, false)
		w.push(kSdt)
		return true
	case "sdtPr":
		if w.top() != kSdt {
			sc.skip()
			return true
		}
		w.push(kSdtPr)
		return true
	case "sdtContent":
		if w.top() == kSdt && w.sdts[len(w.sdts)-1] {
			w.drop()
			return true
		}
	default:
		return false
	}
	w.push(kOther)
	return true
}

// drop skips an element whose content does not show, noting it on the
// open paragraph so that a paragraph left empty by it is not kept as a
// blank line.
func (w *walker) drop() {
	if p := w.curPara(); p != nil {
		p.suppressed = true
	}
	w.sc.skip()
}

// symbol writes a w:sym character, unless it is a code of a symbol font
// (U+F000–U+F0FF), which shows only in that font.
func (w *walker) symbol() {
	v := w.sc.attrString("char")
	r := 0
	for _, c := range []byte(v) {
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + int(c-'0')
		case c >= 'a' && c <= 'f':
			r = r*16 + int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			r = r*16 + int(c-'A') + 10
		default:
			return
		}
		if r > 0x10FFFF {
			return
		}
	}
	if r < 0x20 || r >= 0xF000 && r <= 0xF0FF || r >= 0xD800 && r <= 0xDFFF {
		if p := w.curPara(); p != nil {
			p.suppressed = true
		}
		return
	}
	w.emitString(string(rune(r)))
}
