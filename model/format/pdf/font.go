package pdf

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// font reads the codes of a shown string: how long each code is, what
// text it stands for and how far it advances.
type font struct {
	cs       *codespace // nil for a simple font: one byte per code
	toUni    *cmap
	enc      *cmap           // an embedded encoding CMap: code → CID
	identity bool            // Identity-H/V: the code is the CID
	gidRunes map[uint16]rune // without ToUnicode: the embedded TrueType's own cmap, read backwards
	cidToGID []byte          // CIDToGIDMap as a stream; nil for Identity
	legacy   legacy
	simple   [256]rune // a simple font's encoding
	widths   widthTable
	scale    float64 // glyph space → text space: 1/1000, or a Type 3 FontMatrix
	glyphs   map[uint64]glyph
	oneByte  *oneByteGlyphs // one-byte codes read so far
}

// oneByteGlyphs caches what one-byte codes mean: a report shows every
// character of a simple font many times, and an array lookup is cheaper
// than reading the code again.
type oneByteGlyphs struct {
	g    [256]glyph
	read [256]bool
}

// glyph is what one code means.
type glyph struct {
	text     string  // "" for a code without text (a control character)
	w        float64 // advance in text space units per point of font size
	space    bool    // the single-byte code 32, which word spacing widens
	unmapped bool    // no way to know its text: shown as U+FFFD
	cjk      bool    // its text is Chinese (isCJKText), known before layout
}

// widthTable holds advance widths in glyph units: per code for a simple
// font, per CID for a composite one.
type widthTable struct {
	codes   *[256]float64 // a simple font's, missing ones filled in
	by      map[uint32]float64
	ranges  []widthRange
	missing float64
}

type widthRange struct {
	lo, hi uint32
	w      float64
}

func (t *widthTable) get(c uint32) (float64, bool) {
	if t.codes != nil && c < 256 {
		return t.codes[c], true
	}
	if w, ok := t.by[c]; ok {
		return w, true
	}
	for _, r := range t.ranges {
		if c >= r.lo && c <= r.hi {
			return r.w, true
		}
	}
	return t.missing, false
}

// loadFont reads a font dictionary.
func (f *file) loadFont(o object) *font {
	fd := f.dictOf(o)
	fn := &font{scale: 0.001, glyphs: map[uint64]glyph{}}
	if ts, ok := f.resolve(fd["ToUnicode"]).(*stream); ok {
		if data, err := f.decode(ts); err == nil && len(data) <= maxCMapBytes {
			fn.toUni = parseCMap(data, f.cmapLexer())
		}
	}
	if fd.name("Subtype") == "Type0" {
		f.composite(fn, fd)
	} else {
		f.simpleFont(fn, fd)
	}
	return fn
}

// composite reads a Type 0 font: its encoding CMap and its descendant's
// widths.
func (f *file) composite(fn *font, fd dict) {
	cs := &codespace{}
	switch e := f.resolve(fd["Encoding"]).(type) {
	case name:
		pcs, l, ok := predefined(string(e))
		if ok {
			*cs, fn.legacy = pcs, l
		}
		fn.identity = strings.HasPrefix(string(e), "Identity")
	case *stream:
		if data, err := f.decode(e); err == nil && len(data) <= maxCMapBytes {
			fn.enc = parseCMap(data, f.cmapLexer())
			*cs = fn.enc.cs
			if pcs, l, ok := predefined(fn.enc.use); ok {
				fn.legacy = l
				if len(cs.ranges) == 0 {
					*cs = pcs
				}
			}
		}
	}
	if len(cs.ranges) == 0 && fn.toUni != nil {
		*cs = fn.toUni.cs
	}
	if len(cs.ranges) == 0 {
		cs.add([]byte("\x00\x00"), []byte("\xFF\xFF"))
	}
	fn.cs = cs
	desc := fd
	if ds, ok := f.resolve(fd["DescendantFonts"]).(array); ok && len(ds) > 0 {
		desc = f.dictOf(ds[0])
	}
	fn.widths.missing = 1000
	if dw := f.resolve(desc["DW"]); isNum(dw) {
		fn.widths.missing = num(dw)
	}
	f.cidWidths(&fn.widths, desc["W"])
	if fn.toUni == nil && fn.identity && desc.name("Subtype") == "CIDFontType2" {
		f.embeddedCmap(fn, desc)
	}
}

// embeddedCmap reads the cmap of a CID font's embedded TrueType program and
// its CIDToGIDMap, for a font that has no ToUnicode map.
func (f *file) embeddedCmap(fn *font, desc dict) {
	ff, ok := f.resolve(f.dictOf(desc["FontDescriptor"])["FontFile2"]).(*stream)
	if !ok {
		return
	}
	data, err := f.decode(ff)
	if err != nil {
		return
	}
	fn.gidRunes = trueTypeRunes(data)
	if m, ok := f.resolve(desc["CIDToGIDMap"]).(*stream); ok {
		if b, err := f.decode(m); err == nil {
			fn.cidToGID = b
		}
	}
}

// cidWidths reads a W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func (f *file) cidWidths(t *widthTable, o object) {
	w, _ := f.resolve(o).(array)
	t.by = map[uint32]float64{}
	for i := 0; i < len(w) && len(t.by) < maxCMapEntries; {
		c, ok := f.resolve(w[i]).(int64)
		if !ok || i+1 >= len(w) || c < 0 {
			return
		}
		if ws, ok := f.resolve(w[i+1]).(array); ok {
			for j, x := range ws {
				t.by[uint32(c)+uint32(j)] = num(f.resolve(x))
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			return
		}
		hi, ok := f.resolve(w[i+1]).(int64)
		if ok && hi >= c && len(t.ranges) < 4096 {
			t.ranges = append(t.ranges, widthRange{uint32(c), uint32(hi), num(f.resolve(w[i+2]))})
		}
		i += 3
	}
}

// simpleFont reads a Type 1, TrueType or Type 3 font: its encoding with
// /Differences and its widths.
func (f *file) simpleFont(fn *font, fd dict) {
	sub := fd.name("Subtype")
	fn.simple = bases().standard
	if sub == "TrueType" {
		fn.simple = bases().winAnsi
	}
	switch e := f.resolve(fd["Encoding"]).(type) {
	case name:
		fn.simple = baseEncoding(e, fn.simple)
	case dict:
		fn.simple = baseEncoding(e.name("BaseEncoding"), fn.simple)
		f.differences(&fn.simple, e["Differences"])
	}
	if sub == "Type3" {
		if m, ok := f.resolve(fd["FontMatrix"]).(array); ok && len(m) == 6 && num(m[0]) != 0 {
			fn.scale = num(m[0])
		}
	}
	desc := f.dictOf(fd["FontDescriptor"])
	fn.widths.missing = num(f.resolve(desc["MissingWidth"]))
	first, _ := f.resolve(fd["FirstChar"]).(int64)
	ws, _ := f.resolve(fd["Widths"]).(array)
	if fn.widths.missing == 0 && len(ws) == 0 {
		fn.widths.missing = 500 // a standard font without widths: an average
		if strings.Contains(string(fd.name("BaseFont")), "Courier") {
			fn.widths.missing = 600
		}
		if sub == "Type3" {
			fn.widths.missing = 0
		}
	}
	codes := new([256]float64)
	for i := range codes {
		codes[i] = fn.widths.missing
	}
	for i, w := range ws {
		if c := first + int64(i); c >= 0 && c < 256 {
			codes[c] = num(f.resolve(w))
		}
	}
	fn.widths.codes = codes
}

func baseEncoding(n name, def [256]rune) [256]rune {
	switch n {
	case "WinAnsiEncoding":
		return bases().winAnsi
	case "MacRomanEncoding":
		return bases().macRoman
	case "StandardEncoding":
		return bases().standard
	case "PDFDocEncoding":
		return bases().pdfDocEncoding
	}
	return def
}

// differences applies [code name name … code name …] to an encoding.
func (f *file) differences(enc *[256]rune, o object) {
	d, _ := f.resolve(o).(array)
	code := int64(-1)
	for _, x := range d {
		switch v := f.resolve(x).(type) {
		case int64:
			code = v
		case name:
			if code >= 0 && code < 256 {
				enc[code] = glyphRune(string(v))
			}
			if code >= 0 {
				code++
			}
		}
	}
}

// glyph reads one code, caching what it finds: one-byte codes in an
// array, longer ones in a map.
func (fn *font) glyph(code []byte) glyph {
	if len(code) == 1 {
		if fn.oneByte == nil {
			fn.oneByte = new(oneByteGlyphs)
		}
		c := code[0]
		if !fn.oneByte.read[c] {
			fn.oneByte.g[c], fn.oneByte.read[c] = fn.readGlyph(code), true
		}
		return fn.oneByte.g[c]
	}
	key := codeKey(code)
	if g, ok := fn.glyphs[key]; ok {
		return g
	}
	g := fn.readGlyph(code)
	if len(fn.glyphs) < maxCMapEntries {
		fn.glyphs[key] = g
	}
	return g
}

// readGlyph reads what one code means.
func (fn *font) readGlyph(code []byte) glyph {
	key := codeKey(code)
	g := glyph{space: len(code) == 1 && code[0] == ' '}
	t, ok := fn.text(code, key)
	switch {
	case !ok:
		g.text, g.unmapped = "\uFFFD", true
	default:
		g.text = cleanGlyphText(t)
	}
	g.w = fn.width(code, key) * fn.scale
	g.cjk = isCJKText(g.text)
	return g
}

// text finds the text of a code: the ToUnicode map first, then what the
// encoding itself says.
func (fn *font) text(code []byte, key uint64) (string, bool) {
	if fn.toUni != nil {
		if t, ok := fn.toUni.lookupText(key); ok {
			return t, true
		}
		if len(code) == 1 { // some writers key a simple font's map by two bytes
			if t, ok := fn.toUni.lookupText(codeKey([]byte{0, code[0]})); ok {
				return t, true
			}
		}
	}
	if fn.legacy != noLegacy {
		t := legacyText(fn.legacy, string(code))
		return t, t != ""
	}
	if fn.gidRunes != nil && len(code) == 2 {
		gid := uint16(code[0])<<8 | uint16(code[1])
		if fn.cidToGID != nil {
			gid = be16(fn.cidToGID, 2*int(gid))
		}
		if r, ok := fn.gidRunes[gid]; ok {
			return string(r), true
		}
	}
	if fn.cs == nil {
		r := fn.simple[code[0]]
		return string(r), r != 0
	}
	return "", false
}

// width is the advance of a code in glyph units.
func (fn *font) width(code []byte, key uint64) float64 {
	if fn.cs == nil {
		w, _ := fn.widths.get(uint32(code[0]))
		return w
	}
	cid, known := uint32(0), false
	switch {
	case fn.enc != nil:
		cid, known = fn.enc.lookupCID(key)
	case fn.identity:
		cid, known = uint32(key), true
	case fn.legacy == gbBytes && len(code) == 1 && code[0] >= 0x20 && code[0] <= 0x7E:
		cid, known = uint32(code[0])-0x1F, true // the proportional Latin of Adobe-GB1
	}
	if known {
		if w, ok := fn.widths.get(cid); ok {
			return w
		}
	}
	if fn.legacy != noLegacy && !fn.legacy.isWide(string(code)) {
		return fn.widths.missing / 2
	}
	return fn.widths.missing
}

// legacyText decodes a code of a predefined CMap; "" when it is not a
// character.
func legacyText(l legacy, code string) string {
	var t string
	switch l {
	case gbBytes:
		t, _ = simplifiedchinese.GB18030.NewDecoder().String(code)
	case gbISO:
		b := []byte(code)
		for i := range b {
			b[i] |= 0x80
		}
		t, _ = simplifiedchinese.GB18030.NewDecoder().String(string(b))
	case big5Bytes:
		t, _ = traditionalchinese.Big5.NewDecoder().String(code)
	case ucs2:
		t = utf16BE(code)
	case utf8Bytes:
		t = code
	case utf32:
		var r rune
		for i := 0; i < len(code); i++ {
			r = r<<8 | rune(code[i])
		}
		t = string(r)
	}
	if t == "" || !utf8.ValidString(t) || strings.ContainsRune(t, '\uFFFD') {
		return ""
	}
	return t
}

// cleanGlyphText drops control characters from a glyph's text (a map to
// U+0000 means "no text"), turns tabs and no-break spaces into spaces, and
// Kangxi radicals into the characters they are drawn as: fonts share one
// glyph between 一 and ⼀, and ToUnicode maps often name the radical.
func cleanGlyphText(t string) string {
	clean := true
	for _, r := range t {
		if r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0 || r == '\u00A0' || r >= 0x2E80 && r <= 0x2FDF {
			clean = false
			break
		}
	}
	if clean {
		return t
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r == '\t' || r == '\u00A0':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0:
		case r >= 0x2F00 && r < 0x2F00+rune(len(kangxi)):
			b.WriteRune(kangxi[r-0x2F00])
		case r == 0x2E9F:
			b.WriteRune('母')
		case r == 0x2EF3:
			b.WriteRune('龟')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// kangxi are the characters the Kangxi radicals U+2F00… stand for (their
// compatibility decompositions).
var kangxi = []rune("一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠")
