package docx_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// numberedDocx builds the .docx a Word user would have made of a seed:
// the headings whose markers follow the document's list are Word headings
// (styles "heading 1" and "heading 2", numbered by their styles; level 3
// numbered directly), so the 一、 （一） 1. of their text is drawn by
// numbering.xml and is not in document.xml. Around the text it puts what
// Word files carry and the reader must see through: tracked changes,
// moved text, fields, a footnote, a comment, hidden text, bookmarks, a
// table of contents, a text box written twice (DrawingML and VML), a
// one-cell layout table, a deleted table, soft line breaks. Read back, it
// must give the seed's text.
// It returns the .docx and how many headings its list numbers.
func numberedDocx(t testing.TB, seed string) ([]byte, int) {
	b := &seedBuilder{open: "（", close: "）"}
	if strings.Count(seed, "\n(一)")+strings.Count(seed, "\n(二)") > strings.Count(seed, "\n（一）")+strings.Count(seed, "\n（二）") {
		b.open, b.close = "(", ")" // this seed's list is written with ASCII brackets
	}
	markers := []*regexp.Regexp{seedMarkers[0], regexp.MustCompile(`^` + regexp.QuoteMeta(b.open) + `([一二三四五六七八九十]+)` + regexp.QuoteMeta(b.close) + `(.*)$`), seedMarkers[2]}
	b.markers = markers
	lines := strings.Split(strings.ReplaceAll(seed, "\r\n", "\n"), "\n")
	b.body.WriteString(tocBlock)
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if m := markdownHeading.FindStringSubmatch(line); m != nil {
			line = m[1]
		}
		switch {
		case b.heading(line):
		case line == "":
			b.body.WriteString("<w:p/>")
		case i+1 < len(lines) && b.n%9 == 8 && b.joinable(lines[i+1]):
			// Two lines in one paragraph, cut by a soft break.
			b.body.WriteString(`<w:p>` + r(esc(line)) + `<w:r><w:br/></w:r>` + r(esc(strings.TrimSpace(lines[i+1]))) + `</w:p>`)
			i++
		default:
			b.bodyPara(line)
		}
		b.n++
	}
	return zipFiles(t, wordFiles(b.body.String(), map[string]string{
		"word/styles.xml":    seedStyles,
		"word/numbering.xml": numberingXML(strings.Replace(gongwen, "（%2）", b.open+"%2"+b.close, 1) + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
		"word/footnotes.xml": `<w:footnotes ` + nsDecl + `><w:footnote w:id="1">` + p("脚注：不应读出。") + `</w:footnote></w:footnotes>`,
	})), b.numbered
}

var (
	markdownHeading = regexp.MustCompile(`^#{1,6}\s+(.*)$`)
	seedMarkers     = []*regexp.Regexp{
		regexp.MustCompile(`^([一二三四五六七八九十]+)、(.*)$`),
		nil, // the brackets of the seed's list
		regexp.MustCompile(`^(\d{1,2})\. (.*)$`),
	}
	chineseNumerals = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"}
)

type seedBuilder struct {
	body     strings.Builder
	count    [3]int // the list's counters, as Word keeps them
	n        int    // lines so far
	numbered int
	// open and close bracket level 2 of the list; markers recognise its
	// three levels.
	open, close string
	markers     []*regexp.Regexp
}

// heading writes line as a numbered heading if its marker is the one the
// list would draw next; otherwise it is text (a number typed by hand).
func (b *seedBuilder) heading(line string) bool {
	for lvl, re := range b.markers {
		m := re.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		next := b.count[lvl] + 1
		if m[1] != chineseNumerals[min(next, 15)] && m[1] != fmt.Sprint(next) {
			return false
		}
		b.count[lvl] = next
		b.numbered++
		for k := lvl + 1; k < 3; k++ {
			b.count[k] = 0
		}
		text := esc(m[2])
		switch lvl {
		case 0:
			b.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:bookmarkStart w:id="9" w:name="_Toc1"/>` + r(text) + `<w:bookmarkEnd w:id="9"/></w:p>`)
		case 1:
			b.body.WriteString(`<w:p w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="2"/></w:pPr><w:proofErr w:type="spellStart"/>` + r(text) + `<w:proofErr w:type="spellEnd"/></w:p>`)
		case 2:
			b.body.WriteString(np("1", 2, text))
		}
		return true
	}
	return false
}

// bodyPara writes a body paragraph, wrapped in one of the things Word
// writes around text, chosen by the line's number.
func (b *seedBuilder) bodyPara(line string) {
	rs := []rune(line)
	cut := min(len(rs), 4)
	head, tail := esc(string(rs[:cut])), esc(string(rs[cut:]))
	var x string
	switch b.n % 9 {
	case 0:
		x = `<w:p>` + r(head) + `<w:ins w:id="1" w:author="审核">` + r(tail) + `</w:ins><w:del w:id="2" w:author="审核"><w:r><w:delText>删去的字</w:delText></w:r></w:del></w:p>`
	case 1:
		x = `<w:p><w:moveFrom w:id="3" w:author="a">` + r("挪走的字") + `</w:moveFrom>` + r(head) + `<w:moveTo w:id="4" w:author="a">` + r(tail) + `</w:moveTo></w:p>`
	case 2:
		x = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD 开头 </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r(head) + `<w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" QUOTE ">` + r(tail) + `</w:fldSimple></w:p>`
	case 3:
		x = `<w:p>` + r(head) + `<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="5"/>` + r(tail) + `<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p>`
	case 4:
		x = `<w:p>` + r(head) + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>` + `<w:smartTag w:uri="x" w:element="place">` + r(tail) + `</w:smartTag></w:p>`
	case 5:
		x = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` + p(head+tail) +
			`</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + p(head+tail) +
			`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	case 6:
		x = `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="5000"/></w:tcPr>` + p(head+tail) + `</w:tc></w:tr></w:tbl>`
	case 7:
		x = `<w:tbl><w:tr><w:trPr><w:del w:id="6" w:author="a"/></w:trPr>` + tc("删去的表") + tc("不应读出") + `</w:tr></w:tbl>` + p(head, tail)
	default:
		x = `<w:p><w:sdt><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent>` + r(head) + `</w:sdtContent></w:sdt>` + r(tail) + `</w:p>`
	}
	b.body.WriteString(x)
}

// joinable says the next seed line may share a paragraph with this one,
// cut by a soft break: it is text, not blank and not a heading of the list.
func (b *seedBuilder) joinable(next string) bool {
	next = strings.TrimSpace(next)
	if next == "" || markdownHeading.MatchString(next) {
		return false
	}
	for _, re := range b.markers {
		if re.MatchString(next) {
			return false
		}
	}
	return true
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// tocBlock is a table of contents as Word writes it: a content control
// holding a title and a TOC field.
const tocBlock = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>` +
	`<w:p><w:r><w:t>目录</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" </w:instrText></w:r>` +
	`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、目录项</w:t><w:tab/><w:t>1</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
	`</w:sdtContent></w:sdt>`

// seedStyles are WPS's style ids ("1", "2") with Word's built-in names,
// numbered by the list of gongwen.
var seedStyles = stylesXML(`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>` +
	`<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>` +
	`<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`)
