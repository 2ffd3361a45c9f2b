package docx

import (
	"strings"
)

// startProperty reads the properties the walker needs: a paragraph's
// style, numbering, outline level and mark; a run's visibility; a row's
// deletion; a cell's merge; a content control's kind. Other properties
// are elements without text and are walked through as kOther.
func (w *walker) startProperty(bname []byte) bool {
	sc := w.sc
	top := w.top()
	name := propertyName(bname)
	switch {
	case name == "pPr" && top == kP:
		w.push(kPPr)
	case name == "rPr" && top == kPPr:
		w.push(kPMarkRPr)
	case name == "rPr" && top == kR:
		w.push(kRPr)
	case name == "rPr" || name == "pPr":
		sc.skip() // properties of something else: a list level, a table style
	case name == "trPr" && top == kTr:
		w.push(kTrPr)
	case name == "tcPr" && top == kTc:
		w.push(kTcPr)
	case name == "numPr" && top == kPPr:
		w.push(kNumPr)
	case name == "docPartObj" && top == kSdtPr:
		w.push(kDocPartObj)
	case top == kPPr || top == kNumPr:
		w.paraProperty(name)
		w.push(kOther)
	case top == kRPr || top == kPMarkRPr:
		w.runProperty(name, top)
		w.push(kOther)
	case top == kTcPr:
		if name == "vMerge" || name == "hMerge" {
			v := sc.attrString("val")
			if v == "" || v == "continue" {
				w.cells[len(w.cells)-1].continuation = true
			}
		} else if name == "cellDel" {
			w.cells[len(w.cells)-1].continuation = true
		}
		w.push(kOther)
	case top == kSdtPr || top == kDocPartObj:
		w.sdtProperty(name)
	default:
		return false
	}
	return true
}

// propertyName returns the name of an element the property readers look
// at, as a constant string (no allocation), or "" for any other.
func propertyName(b []byte) string {
	for _, n := range propertyNames {
		if string(b) == n {
			return n
		}
	}
	return ""
}

var propertyNames = []string{"pPr", "rPr", "trPr", "tcPr", "numPr", "docPartObj", "pStyle", "numId", "ilvl",
	"outlineLvl", "vanish", "specVanish", "rStyle", "vMerge", "hMerge", "cellDel", "docPartGallery", "showingPlcHdr"}

func (w *walker) paraProperty(name string) {
	sc, p := w.sc, w.curPara()
	if p == nil {
		return
	}
	switch name {
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

func (w *walker) runProperty(name string, top kind) {
	sc := w.sc
	if top == kPMarkRPr {
		// A hidden paragraph mark joins the paragraph to the next one, as
		// Word's style separator does for a run-in heading.
		if name == "vanish" || name == "specVanish" {
			w.curPara().markHidden = onOff(sc) == 1
		}
		return
	}
	r := &w.runs[len(w.runs)-1]
	switch name {
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
func (w *walker) sdtProperty(name string) {
	sc := w.sc
	switch name {
	case "docPartGallery":
		if strings.Contains(strings.ToLower(sc.attrString("val")), "table of contents") {
			w.sdts[len(w.sdts)-1] = true
		}
	case "showingPlcHdr":
		if onOff(sc) == 1 {
			w.sdts[len(w.sdts)-1] = true
		}
	}
	sc.skip()
}
