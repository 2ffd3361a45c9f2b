package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/model/format"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// A report page as 公文 PDFs of the 2000s were made: a centred title, an
// indented heading, a paragraph over three lines (indented first line,
// lines to the right margin, a short last line) and a page number.
type sample struct {
	title, heading string
	lines          [3]string
}

var (
	simplified = sample{"法治政府建设年度报告", "一、总体情况", [3]string{
		"全区坚持以习近平法治思想为指导深入推进依法行政工作",
		"健全依法决策机制规范行政执法行为强化权力监督制约推进",
		"政务公开取得明显成效。",
	}}
	traditional = sample{"法治政府建設年度報告", "一、總體情況", [3]string{
		"全區堅持以習近平法治思想為指導深入推進依法行政工作",
		"健全依法決策機制規範行政執法行為強化權力監督制約推進",
		"政務公開取得明顯成效。",
	}}
)

// paras is what the sample page reads as.
func (s sample) paras() []string {
	return []string{s.title, s.heading, s.lines[0] + s.lines[1] + s.lines[2]}
}

// content writes the sample page with show(text) writing the bytes of a
// string in the font /F1, each Chinese character 1 em wide.
func (s sample) content(show func(string) string, pageNumber string) string {
	var b strings.Builder
	put := func(x, y, size float64, text string) {
		fmt.Fprintf(&b, "BT /F1 %g Tf %g %g Td %s Tj ET\n", size, x, y, show(text))
	}
	put((595-22*float64(utf8.RuneCountInString(s.title)))/2, 780, 22, s.title)
	put(104, 740, 16, s.heading)
	put(104, 712, 16, s.lines[0])
	put(72, 684, 16, s.lines[1])
	put(72, 656, 16, s.lines[2])
	if pageNumber != "" {
		put(280, 40, 14, pageNumber)
	}
	return b.String()
}

func hexOf(b []byte) string { return fmt.Sprintf("<%X>", b) }

// cidFont adds a Type 0 font with a predefined CMap and no ToUnicode map,
// as Acrobat Distiller wrote them for SimSun and FangSong_GB2312.
func cidFont(t *testPDF, cmap, ordering string) string {
	fd := t.add("<</Type/FontDescriptor/FontName/SimSun/Flags 6/FontBBox[0 -141 1000 859]/ItalicAngle 0/Ascent 859/Descent -141/CapHeight 859/StemV 80>>")
	d := t.add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType0/BaseFont/SimSun/CIDSystemInfo<</Registry(Adobe)/Ordering(%s)/Supplement 2>>/FontDescriptor %d 0 R/DW 1000>>", ordering, fd))
	f := t.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/SimSun/Encoding/%s/DescendantFonts[%d 0 R]>>", cmap, d))
	return fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f)
}

func gbk(s string) string {
	b, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return hexOf([]byte(b))
}

func gb18030(s string) string {
	b, _ := simplifiedchinese.GB18030.NewEncoder().String(s)
	return hexOf([]byte(b))
}

func big5(s string) string {
	b, _ := traditionalchinese.Big5.NewEncoder().String(s)
	return hexOf([]byte(b))
}

func utf16Hex(s string) string { return hexOf(utf16Text(s)[2:]) }

// gbISO writes GB 2312 in its 7-bit form (GB-H): each byte without its
// high bit.
func gb7bit(s string) string {
	b, _ := simplifiedchinese.GBK.NewEncoder().String(s)
	out := []byte(b)
	for i := range out {
		out[i] &^= 0x80
	}
	return hexOf(out)
}

func TestPredefinedCMaps(t *testing.T) {
	tests := []struct {
		cmap, ordering string
		show           func(string) string
		page           string
		extra          string // a line with characters only this encoding has
	}{
		{"GBK-EUC-H", "GB1", gbk, "- 1 -", ""},
		{"GBpc-EUC-H", "GB1", gbk, "1", ""},
		{"GB-EUC-H", "GB1", gbk, "第1页", ""},
		{"GBK2K-H", "GB1", gb18030, "—1—", "㐀䶮（四字节）"},
		{"GBK-EUC-V", "GB1", gbk, "", ""},
		{"GB-H", "GB1", gb7bit, "－１－", ""},
		{"UniGB-UCS2-H", "GB1", utf16Hex, "第 1 页 共 1 页", ""},
		{"UniGB-UTF16-H", "GB1", utf16Hex, "- 1 -", "𠀀𪚥（增补平面）"},
		{"B5pc-H", "CNS1", big5, "- 1 -", ""},
		{"ETen-B5-H", "CNS1", big5, "1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.cmap, func(t *testing.T) {
			p := newTestPDF()
			res := cidFont(p, tt.cmap, tt.ordering)
			text := simplified
			if strings.Contains(tt.cmap, "B5") {
				text = traditional
			}
			content := text.content(tt.show, tt.page)
			if tt.extra != "" {
				content += fmt.Sprintf("BT /F1 16 Tf 104 600 Td %s Tj ET\n", tt.show(tt.extra))
			}
			p.page(content, res)
			doc, err := Extract(context.Background(), p.bytes())
			if err != nil {
				t.Fatal(err)
			}
			want := text.paras()
			if tt.extra != "" {
				want = append(want, tt.extra)
			}
			if got := paraTexts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func paraTexts(doc *format.Document) []string {
	out := make([]string, len(doc.Paras))
	for i, p := range doc.Paras {
		out[i] = p.Text
	}
	return out
}

// identityFont adds a Type 0 font with Identity-H, glyph numbers from 3 in
// the order of chars, a ToUnicode map (bfchar, or bfrange with string and
// array destinations) and a W array, as Word and WPS write them.
func identityFont(t *testPDF, chars string, ranges bool) (string, func(string) string) {
	runes := []rune(chars)
	gid := map[rune]int{}
	for i, r := range runes {
		gid[r] = 3 + i
	}
	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	if ranges {
		half := len(runes) / 2
		fmt.Fprintf(&cm, "2 beginbfrange\n<%04X> <%04X> [", 3, 3+half-1)
		for _, r := range runes[:half] {
			fmt.Fprintf(&cm, "<%X> ", utf16Text(string(r))[2:])
		}
		cm.WriteString("]\n")
		// the rest as one range: only meaningful when consecutive
		fmt.Fprintf(&cm, "<%04X> <%04X> <%X>\nendbfrange\n", 3+half, 3+half, utf16Text(string(runes[half]))[2:])
		fmt.Fprintf(&cm, "%d beginbfchar\n", len(runes)-half-1)
		for i, r := range runes[half+1:] {
			fmt.Fprintf(&cm, "<%04X> <%X>\n", 3+half+1+i, utf16Text(string(r))[2:])
		}
		cm.WriteString("endbfchar\n")
	} else {
		fmt.Fprintf(&cm, "%d beginbfchar\n", len(runes))
		for i, r := range runes {
			fmt.Fprintf(&cm, "<%04X> <%X>\n", 3+i, utf16Text(string(r))[2:])
		}
		cm.WriteString("endbfchar\n")
	}
	cm.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end\n")
	tu := t.addStream("<<>>", []byte(cm.String()), true)
	var w strings.Builder
	w.WriteString("[3[")
	for _, r := range runes {
		if r < 0x80 {
			w.WriteString("500 ")
		} else {
			w.WriteString("1000 ")
		}
	}
	w.WriteString("]]")
	fd := t.add("<</Type/FontDescriptor/FontName/ABCDEF+FangSong/Flags 4/FontBBox[0 -141 1000 859]/ItalicAngle 0/Ascent 859/Descent -141/CapHeight 859/StemV 80>>")
	d := t.add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/ABCDEF+FangSong/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %d 0 R/W %s/CIDToGIDMap/Identity>>", fd, w.String()))
	f := t.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+FangSong/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>", d, tu))
	show := func(s string) string {
		var b []byte
		for _, r := range s {
			g := gid[r]
			b = append(b, byte(g>>8), byte(g))
		}
		return hexOf(b)
	}
	return fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f), show
}

// uniqueRunes lists the characters of the strings once each.
func uniqueRunes(ss ...string) string {
	seen := map[rune]bool{}
	var b strings.Builder
	for _, s := range ss {
		for _, r := range s {
			if !seen[r] {
				seen[r] = true
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func TestIdentityToUnicode(t *testing.T) {
	s := simplified
	chars := uniqueRunes(s.title, s.heading, s.lines[0], s.lines[1], s.lines[2], "- 1")
	for _, ranges := range []bool{false, true} {
		for _, compressed := range []bool{false, true} {
			p := newTestPDF()
			p.xrefStm = compressed
			res, show := identityFont(p, chars, ranges)
			p.page(s.content(show, "- 1 -"), res)
			doc, err := Extract(context.Background(), p.bytes())
			if err != nil {
				t.Fatalf("ranges %v, xref stream %v: %v", ranges, compressed, err)
			}
			if got, want := strings.Join(paraTexts(doc), "\n"), strings.Join(s.paras(), "\n"); got != want {
				t.Errorf("ranges %v, xref stream %v:\n%s\nwant:\n%s", ranges, compressed, got, want)
			}
		}
	}
}

// An Identity-H font without ToUnicode gives no way to know its text.
func TestIdentityWithoutToUnicode(t *testing.T) {
	p := newTestPDF()
	res := cidFont(p, "Identity-H", "Identity")
	p.page(simplified.content(func(s string) string {
		var b []byte
		for i := range utf8.RuneCountInString(s) {
			b = append(b, 0, byte(i+3))
		}
		return hexOf(b)
	}, ""), res)
	if _, err := Extract(context.Background(), p.bytes()); err != ErrUnmapped {
		t.Errorf("err = %v, want ErrUnmapped", err)
	}
}

// Simple fonts: WinAnsi text positioned word by word without space glyphs,
// and a Type 1 font whose /Differences name Chinese glyphs uniXXXX.
func TestSimpleFonts(t *testing.T) {
	p := newTestPDF()
	latin := p.add("<</Type/Font/Subtype/TrueType/BaseFont/TimesNewRomanPSMT/FirstChar 32/LastChar 126/Encoding/WinAnsiEncoding>>")
	diffs := "/Differences[1"
	chars := []rune("法治政府报告")
	for _, r := range chars {
		diffs += fmt.Sprintf("/uni%04X", r)
	}
	cn := p.add(fmt.Sprintf("<</Type/Font/Subtype/Type1/BaseFont/XYZ+SimSun/FirstChar 1/LastChar %d/Widths[%s]/Encoding<</Type/Encoding%s]>>>>",
		len(chars), strings.Repeat("1000 ", len(chars)), diffs))
	content := "BT /F1 12 Tf 72 700 Td [(Annual)-250(Report)-250(2024)]TJ ET\n" +
		"BT /F1 12 Tf 96 680 Td (caf\\351 \\223quoted\\224)Tj ET\n" +
		"BT /F2 16 Tf 72 650 Td <010203040506>Tj ET\n"
	p.page(content, fmt.Sprintf("<</Font<</F1 %d 0 R/F2 %d 0 R>>>>", latin, cn))
	doc, err := Extract(context.Background(), p.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := "Annual Report 2024\ncafé “quoted”\n法治政府报告"
	if got := strings.Join(paraTexts(doc), "\n"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCleanGlyphText(t *testing.T) {
	tests := map[string]string{"⼀": "一", "⼆⼗": "二十", "\u2e9f": "母", "a\tb": "a b", "\x00": "", "x\u00a0y": "x y", "法": "法"}
	for in, want := range tests {
		if got := cleanGlyphText(in); got != want {
			t.Errorf("cleanGlyphText(%q) = %q, want %q", in, got, want)
		}
	}
}
