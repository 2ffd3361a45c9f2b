package docx

import (
	"strings"
)

// startProperty opens the property elements the walker reads: a
// paragraph's, a run's, a row's, a cell's, a content control's. Property
// elements elsewhere (of a list level, a table style) are skipped.
func (w *walker) startProperty(name []byte) bool {
	top := w.top()
	switch {
	case string(name) == "pPr" && top == kP:
		w.push(kPPr)
	case string(name) == "rPr" && top == kR:
		w.push(kRPr)
	case string(name) == "trPr" && top == kTr:
		w.push(kTrPr)
	case string(name) == "tcPr" && top == kTc:
		w.push(kTcPr)
	case string(name) == "rPr" || string(name) == "pPr":
		w.sc.skip()
	default:
		return false
	}
	return true
}

// isPropertyKind reports the kinds whose children are properties, which
// hold no text.
func isPropertyKind(k kind) bool {
	switch k {
	case kPPr, kNumPr, kRPr, kPMarkRPr, kTrPr, kTcPr, kSdtPr, kDocPartObj:
		return true
	}
	return false
}

// property reads one child of a property element and skips it, except
// the few that hold properties the walker reads in turn (a paragraph's
// numbering and mark, a content control's gallery).
func (w *walker) property(name []byte, top kind) {
	sc := w.sc
	switch top {
	case kPPr:
		switch string(name) {
		case "numPr":
			w.push(kNumPr)
			return
		case "rPr":
			w.push(kPMarkRPr)
			return
		case "pStyle", "outlineLvl":
			w.paraProperty(name)
		}
	case kNumPr:
		w.paraProperty(name)
	case kRPr, kPMarkRPr:
		w.runProperty(name, top)
	case kTrPr:
		if string(name) == "del" || string(name) == "moveFrom" {
			w.rows[len(w.rows)-1].deleted = true
		}
	case kTcPr:
		w.cellProperty(name)
	case kSdtPr, kDocPartObj:
		if string(name) == "docPartObj" && top == kSdtPr {
			w.push(kDocPartObj)
			return
		}
		w.sdtProperty(name)
	}
	sc.skip()
}

func (w *walker) cellProperty(name []byte) {
	switch string(name) {
	case "vMerge", "hMerge":
		if v, ok := w.sc.attr("val"); !ok || string(v) == "continue" || len(v) == 0 {
			w.cells[len(w.cells)-1].continuation = true
		}
	case "cellDel":
		w.cells[len(w.cells)-1].continuation = true
	}
}

func (w *walker) paraProperty(name []byte) {
	sc, p := w.sc, w.curPara()
	if p == nil {
		return
	}
	switch string(name) {
	case "pStyle":
		p.style, p.hasStyle = sc.attrString("val"), true
	case "numId":
		p.numID, p.hasNum = sc.attrString("val"), true
	case "ilvl":
		p.ilvl, p.hasIlvl = atoiAttr(sc, "val", 0), true
	case "outlineLvl":
		p.outline = atoiAttr(sc, "val", -1)
	}
}

func (w *walker) runProperty(name []byte, top kind) {
	sc := w.sc
	if top == kPMarkRPr {
		switch string(name) {
		case "vanish", "specVanish":
			// A hidden paragraph mark joins the paragraph to the next one,
			// as Word's style separator does for a run-in heading.
			w.curPara().markHidden = onOff(sc) == 1
		case "del", "moveFrom":
			w.curPara().markDeleted = true // a tracked deletion of the mark
		}
		return
	}
	r := &w.runs[len(w.runs)-1]
	switch string(name) {
	case "vanish", "specVanish":
		r.direct = onOff(sc)
	case "rStyle":
		if hidden, set := w.st.hidden(sc.attrString("val")); set {
			r.styled = 0
			if hidden {
				r.styled = 1
			}
		}
	}
}

// sdtProperty marks a content control whose content is dropped: a table
// of contents (its gallery says so) or an empty control showing its
// placeholder prompt (单击此处输入文字).
func (w *walker) sdtProperty(name []byte) {
	sc := w.sc
	switch string(name) {
	case "docPartGallery":
		if strings.Contains(strings.ToLower(sc.attrString("val")), "table of contents") {
			w.sdts[len(w.sdts)-1] = true
		}
	case "showingPlcHdr":
		if onOff(sc) == 1 {
			w.sdts[len(w.sdts)-1] = true
		}
	}
}
