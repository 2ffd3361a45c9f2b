package pdf

import (
	"fmt"
)

// Content stream limits per page. A report page shows a few thousand
// characters with tens of thousands of operators.
const (
	maxFormDepth     = 12
	maxGlyphsPerPage = 1 << 18
	maxOpsPerPage    = 1 << 24
	maxOperands      = 1024
	maxSaved         = 256
	ctxEvery         = 4096 // operators between checks of the deadline
)

var (
	errPageGlyphs = fmt.Errorf("a page shows more than %d characters", maxGlyphsPerPage)
	errPageOps    = fmt.Errorf("a page has more than %d operators", maxOpsPerPage)
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// gstate is the part of the graphics state that placing text needs.
type gstate struct {
	ctm     matrix
	font    *font
	size    float64
	charSp  float64
	wordSp  float64
	hscale  float64
	leading float64
	rise    float64
}

// rawGlyph is one shown character in device space. It holds no pointers
// (its text and font are indexes into the page's tables), so that sorting
// thousands of them costs the garbage collector nothing.
type rawGlyph struct {
	x, y     float64 // origin
	dx, dy   float64 // extent along the baseline
	ux, uy   float64 // the font size along the glyph's up direction
	text     int32   // index in tables.texts
	font     int32   // index in tables.fonts
	artifact bool    // inside /Artifact marked content (running heads, page numbers)
	unmapped bool
	cjk      bool // its text is Chinese (isCJKText)
	dir      int8 // which way it is upright on the page (set by layout)
}

// tables hold the texts and fonts of a page's glyphs.
type tables struct {
	texts  []string
	fonts  []*font
	fontID map[*font]int32
}

func (t *tables) fontIndex(fn *font) int32 {
	id, ok := t.fontID[fn]
	if !ok {
		id = int32(len(t.fonts))
		t.fonts = append(t.fonts, fn)
		t.fontID[fn] = id
	}
	return id
}

// interp runs content streams and collects the glyphs they show.
type interp struct {
	f        *file
	lx       *lexer // the stream being run
	res      dict   // its resources
	resKey   *stream
	gs       gstate
	saved    []gstate
	overflow int // q beyond maxSaved, to keep Q balanced
	tm, tlm  matrix
	mc       []bool // open marked-content sequences: is it an artifact
	artifact int
	glyphs   []rawGlyph
	tables   tables
	images   int
	ops      int
	forms    []*stream
	fonts    map[fontKey]*font
	fallback *font
	recent   [4]recentFont // the font resources named last: text runs name a few, over and over
	nRecent  int           // lookups into recent so far, for the slot to replace
}

// recentFont is a font resource looked up lately, with its index in tables
// (-1 until a glyph is shown in it).
type recentFont struct {
	form *stream
	name []byte
	font *font
	id   int32
	set  bool
}

// fontKey names a font resource of the page (form nil) or of a form.
type fontKey struct {
	form *stream
	name string
}

func newInterp(f *file) *interp {
	return &interp{f: f, gs: gstate{ctm: identity, hscale: 1}, tm: identity, tlm: identity, fonts: map[fontKey]*font{},
		tables: tables{fontID: map[*font]int32{}}}
}

// run interprets one content stream with its resources; form is the form
// XObject it belongs to, nil for the page itself.
func (in *interp) run(data []byte, res dict, form *stream) error {
	lx := &lexer{s: scanner{b: data}}
	if form == nil && in.f.scratch != nil { // the page's own stream: its buffers are reused
		lx = &in.f.scratch.lex
		lx.s = scanner{b: data}
	}
	saveLX, saveRes, saveKey := in.lx, in.res, in.resKey
	in.lx, in.res, in.resKey = lx, res, form
	defer func() { in.lx, in.res, in.resKey = saveLX, saveRes, saveKey }()
	for {
		op, ok := lx.next()
		if !ok {
			return nil
		}
		if in.ops++; in.ops%ctxEvery == 0 {
			if err := in.f.ctx.Err(); err != nil {
				return err
			}
			if in.ops > maxOpsPerPage {
				return errPageOps
			}
		}
		if string(op) == "BI" {
			skipInlineImage(&lx.s)
			in.images++
		} else if err := in.op(op); err != nil {
			return err
		}
	}
}

// op carries out one operator.
func (in *interp) op(op []byte) error {
	switch string(op) {
	case "Tj", "'", "\"", "TJ":
		return in.show(op)
	case "Td", "TD", "Tm", "T*", "BT":
		in.position(op)
	case "Tc", "Tw", "Tz", "TL", "Ts", "Tf":
		in.textState(op)
	case "q":
		if len(in.saved) < maxSaved {
			in.saved = append(in.saved, in.gs)
		} else {
			in.overflow++
		}
	case "Q":
		if in.overflow > 0 {
			in.overflow--
		} else if n := len(in.saved); n > 0 {
			in.gs = in.saved[n-1]
			in.saved = in.saved[:n-1]
		}
	case "cm":
		if m, ok := in.matrixArg(); ok {
			in.gs.ctm = m.mul(in.gs.ctm)
		}
	case "BMC", "BDC":
		args := in.lx.args
		art := len(args) > 0 && args[0].kind == nameOperand && string(in.lx.bytes(args[0])) == "Artifact"
		in.mc = append(in.mc, art)
		if art {
			in.artifact++
		}
	case "EMC":
		in.closeMarked(len(in.mc) - 1)
	case "Do":
		return in.xobject()
	}
	return nil
}

// closeMarked closes the marked-content sequences from the n-th on.
func (in *interp) closeMarked(n int) {
	for len(in.mc) > max(n, 0) {
		if in.mc[len(in.mc)-1] {
			in.artifact--
		}
		in.mc = in.mc[:len(in.mc)-1]
	}
}

// nums returns the last n operands as numbers.
func (in *interp) nums(n int) ([]float64, bool) {
	args := in.lx.args
	if len(args) < n {
		return nil, false
	}
	var v [6]float64
	for i, a := range args[len(args)-n:] {
		if a.kind != numOperand {
			return nil, false
		}
		v[i] = a.num
	}
	return v[:n], true
}

func (in *interp) matrixArg() (matrix, bool) {
	v, ok := in.nums(6)
	if !ok {
		return matrix{}, false
	}
	return matrix{v[0], v[1], v[2], v[3], v[4], v[5]}, true
}

// position carries out the text-positioning operators.
func (in *interp) position(op []byte) {
	switch string(op) {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Td", "TD":
		if v, ok := in.nums(2); ok {
			in.tlm = matrix{1, 0, 0, 1, v[0], v[1]}.mul(in.tlm)
			in.tm = in.tlm
			if string(op) == "TD" {
				in.gs.leading = -v[1]
			}
		}
	case "Tm":
		if m, ok := in.matrixArg(); ok {
			in.tm, in.tlm = m, m
		}
	case "T*":
		in.nextLine()
	}
}

func (in *interp) nextLine() {
	in.tlm = matrix{1, 0, 0, 1, 0, -in.gs.leading}.mul(in.tlm)
	in.tm = in.tlm
}

// textState carries out the text-state operators.
func (in *interp) textState(op []byte) {
	args := in.lx.args
	if string(op) == "Tf" {
		if n := len(args); n >= 2 && args[n-2].kind == nameOperand {
			in.gs.font = in.font(in.lx.bytes(args[n-2]))
			in.gs.size = args[n-1].num
		}
		return
	}
	v, ok := in.nums(1)
	if !ok {
		return
	}
	switch string(op) {
	case "Tc":
		in.gs.charSp = v[0]
	case "Tw":
		in.gs.wordSp = v[0]
	case "Tz":
		in.gs.hscale = v[0] / 100
	case "TL":
		in.gs.leading = v[0]
	case "Ts":
		in.gs.rise = v[0]
	}
}

// font finds a font resource; each font object is read once per file.
func (in *interp) font(n []byte) *font {
	for i := range in.recent {
		if r := &in.recent[i]; r.set && r.form == in.resKey && string(r.name) == string(n) {
			return r.font
		}
	}
	fn := in.fontResource(n)
	r := &in.recent[in.nRecent%len(in.recent)]
	in.nRecent++
	*r = recentFont{form: in.resKey, name: append(r.name[:0], n...), font: fn, set: true, id: -1}
	return fn
}

// fontResource finds a font resource in the interpreter's map, else in the
// resources.
func (in *interp) fontResource(n []byte) *font {
	if fn, ok := in.fonts[fontKey{in.resKey, string(n)}]; ok {
		return fn
	}
	o := in.f.dictOf(in.res["Font"])[name(n)]
	var fn *font
	if r, ok := o.(ref); ok {
		if fn = in.f.fonts[r.num]; fn == nil {
			fn = in.f.loadFont(r)
			in.f.fonts[r.num] = fn
		}
	} else if o != nil {
		fn = in.f.loadFont(o)
	}
	in.fonts[fontKey{in.resKey, string(n)}] = fn
	return fn
}

// show carries out the text-showing operators.
func (in *interp) show(op []byte) error {
	args := in.lx.args
	if len(args) == 0 {
		return nil
	}
	last := args[len(args)-1]
	switch string(op) {
	case "'":
		in.nextLine()
	case "\"":
		if n := len(args); n >= 3 {
			in.gs.wordSp, in.gs.charSp = args[n-3].num, args[n-2].num
		}
		in.nextLine()
	}
	if string(op) != "TJ" {
		if last.kind != stringOperand {
			return nil
		}
		return in.showString(in.lx.bytes(last))
	}
	if last.kind != arrayOperand {
		return nil
	}
	for _, x := range in.lx.items(last) {
		switch x.kind {
		case stringOperand:
			if err := in.showString(in.lx.bytes(x)); err != nil {
				return err
			}
		case numOperand:
			in.advance(-x.num / 1000 * in.gs.size * in.gs.hscale)
		}
	}
	return nil
}

// advance moves the text matrix along the baseline by tx text-space units.
func (in *interp) advance(tx float64) {
	in.tm[4] += tx * in.tm[0]
	in.tm[5] += tx * in.tm[1]
}

// showString places the glyphs of one string.
func (in *interp) showString(s []byte) error {
	fn := in.gs.font
	if fn == nil {
		if in.fallback == nil {
			in.fallback = &font{simple: bases().standard, scale: 0.001, widths: widthTable{missing: 500}, glyphs: map[uint64]glyph{}}
		}
		fn = in.fallback
	}
	gs := &in.gs
	base := in.tm.mul(gs.ctm)
	fid := in.fontID(fn)
	for len(s) > 0 {
		n := 1
		if fn.cs != nil {
			n = fn.cs.codeLen(s)
		}
		g := fn.glyph(s[:n])
		s = s[n:]
		w := g.w * gs.size * gs.hscale
		if g.text != "" {
			if len(in.glyphs) == maxGlyphsPerPage {
				return errPageGlyphs
			}
			in.glyphs = append(in.glyphs, rawGlyph{
				x: base[4] + gs.rise*base[2], y: base[5] + gs.rise*base[3],
				dx: w * base[0], dy: w * base[1],
				ux: gs.size * base[2], uy: gs.size * base[3],
				text: int32(len(in.tables.texts)), font: fid, artifact: in.artifact > 0, unmapped: g.unmapped, cjk: g.cjk,
			})
			in.tables.texts = append(in.tables.texts, g.text)
		}
		adv := g.w*gs.size + gs.charSp
		if g.space {
			adv += gs.wordSp
		}
		adv *= gs.hscale
		in.advance(adv)
		base[4] += adv * base[0]
		base[5] += adv * base[1]
	}
	return nil
}

// fontID is the index of fn in the page's tables, remembered for the fonts
// named lately.
func (in *interp) fontID(fn *font) int32 {
	for i := range in.recent {
		if r := &in.recent[i]; r.set && r.font == fn {
			if r.id < 0 {
				r.id = in.tables.fontIndex(fn)
			}
			return r.id
		}
	}
	return in.tables.fontIndex(fn)
}

// xobject draws a form (its content runs here) or counts an image.
func (in *interp) xobject() error {
	args := in.lx.args
	if len(args) == 0 || args[len(args)-1].kind != nameOperand {
		return nil
	}
	n := name(in.lx.bytes(args[len(args)-1]))
	st, ok := in.f.resolve(in.f.dictOf(in.res["XObject"])[n]).(*stream)
	if !ok {
		return nil
	}
	switch st.hdr.name("Subtype") {
	case "Image":
		in.images++
		return nil
	case "Form":
	default:
		return nil
	}
	if len(in.forms) >= maxFormDepth {
		return nil
	}
	for _, open := range in.forms {
		if open == st {
			return nil // a form that draws itself
		}
	}
	if err := in.f.ctx.Err(); err != nil {
		return err
	}
	data, err := in.f.formData(st)
	if err != nil {
		return nil // an unreadable form: the rest of the page still counts
	}
	fres := in.f.dictOf(st.hdr["Resources"])
	if fres == nil {
		fres = in.res
	}
	saveGS, saved, overflow, saveTM, saveTLM, saveMC := in.gs, in.saved, in.overflow, in.tm, in.tlm, len(in.mc)
	if m, ok := in.f.resolve(st.hdr["Matrix"]).(array); ok && len(m) == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = num(in.f.resolve(m[i]))
		}
		in.gs.ctm = fm.mul(in.gs.ctm)
	}
	in.forms = append(in.forms, st)
	in.saved, in.overflow = nil, 0 // the form has its own q/Q stack
	err = in.run(data, fres, st)
	in.forms = in.forms[:len(in.forms)-1]
	in.gs, in.saved, in.overflow, in.tm, in.tlm = saveGS, saved, overflow, saveTM, saveTLM
	in.closeMarked(saveMC) // sequences the form left open
	return err
}

// skipInlineImage skips "… ID data EI" after BI.
func skipInlineImage(s *scanner) {
	for {
		o, err := s.object(0)
		if err != nil {
			return
		}
		if o == keyword("ID") {
			break
		}
	}
	b := s.b
	for i := s.pos + 1; i+1 < len(b); i++ {
		if b[i] == 'E' && b[i+1] == 'I' && class[b[i-1]] == white && (i+2 == len(b) || class[b[i+2]] != regular) {
			s.pos = i + 2
			return
		}
	}
	s.pos = len(b)
}
