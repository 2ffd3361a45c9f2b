// Command gen makes the PDF fixtures in ../seeds from the seed reports: each
// seed is laid out as a 公文-style document (two-character indents, a
// heading font, running heads and page numbers in one of the styles real
// reports use), printed to PDF by LibreOffice, and then slimmed by dropping
// the embedded font programs (text extraction needs only the ToUnicode maps
// and widths). CI never runs it: the PDFs are committed.
//
//	go run ./model/format/pdf/testdata/gen   (needs soffice and fonts-noto-cjk)
package main

import (
	"bytes"
	"fmt"
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// variant is one page template.
type variant struct {
	header       string // running head; "" for none
	footer       string // footer with {N} for the page number, {M} for the count
	outer        bool   // page number at the outer edge (odd right, even left)
	bodyFont     string
	bodySize     string
	lineHeight   string
	leftRightMar string
}

var variants = map[string]variant{
	"jinan-lixia-2024":     {footer: "— {N} —", outer: true, bodyFont: "Noto Serif CJK SC", bodySize: "16pt", lineHeight: "28pt", leftRightMar: "2.8cm"},
	"jinan-changqing-2023": {header: "济南市长清区2023年度法治政府建设情况报告", footer: "第 {N} 页 共 {M} 页", bodyFont: "Noto Serif CJK SC", bodySize: "15pt", lineHeight: "26pt", leftRightMar: "2.6cm"},
	"jining-jingkai-2024":  {footer: "- {N} -", bodyFont: "Noto Sans CJK SC", bodySize: "14pt", lineHeight: "24pt", leftRightMar: "2.5cm"},
	"zibo-zhoucun-2023":    {header: "周村区人民政府", footer: "{N}", bodyFont: "Noto Serif CJK SC", bodySize: "16pt", lineHeight: "29pt", leftRightMar: "2.7cm"},
	"jinan-lixia-2020":     {footer: "第{N}页", bodyFont: "Noto Serif CJK SC", bodySize: "12pt", lineHeight: "20pt", leftRightMar: "3cm"},
}

var (
	level1 = regexp.MustCompile(`^\s*[一二三四五六七八九十]+、`)
	level2 = regexp.MustCompile(`^\s*[（(][一二三四五六七八九十]+[）)]`)
)

func main() {
	seeds, err := filepath.Glob("seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		log.Fatal("run from the module root: no seeds/*.txt")
	}
	out := "model/format/pdf/testdata/seeds"
	if err := os.MkdirAll(out, 0o755); err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "pdfgen")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	for _, s := range seeds {
		name := strings.TrimSuffix(filepath.Base(s), ".txt")
		v, ok := variants[name]
		if !ok {
			continue
		}
		b, err := os.ReadFile(s)
		if err != nil {
			log.Fatal(err)
		}
		fodt := filepath.Join(tmp, name+".fodt")
		if err := os.WriteFile(fodt, []byte(document(string(b), v)), 0o644); err != nil {
			log.Fatal(err)
		}
		cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"), "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt)
		if msg, err := cmd.CombinedOutput(); err != nil {
			log.Fatalf("%s: %v\n%s", name, err, msg)
		}
		pdf, err := os.ReadFile(filepath.Join(tmp, name+".pdf"))
		if err != nil {
			log.Fatal(err)
		}
		slim, err := stripFonts(pdf)
		if err != nil {
			log.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name+".pdf"), slim, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d → %d bytes\n", name, len(pdf), len(slim))
	}
}

// document writes a flat ODF text document for the seed text.
func document(text string, v variant) string {
	var body strings.Builder
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	title := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		style := "Body"
		switch {
		case title && len([]rune(l)) <= 60 && !level1.MatchString(l):
			style = "Title"
		case level1.MatchString(l) && len([]rune(l)) <= 60:
			style = "H1"
		case level2.MatchString(l) && len([]rune(l)) <= 60:
			style = "H2"
		}
		if style != "Title" {
			title = false
		}
		fmt.Fprintf(&body, "<text:p text:style-name=%q>%s</text:p>\n", style, html.EscapeString(l))
	}
	size, _ := strconv.ParseFloat(strings.TrimSuffix(v.bodySize, "pt"), 64)
	indent := fmt.Sprintf("%gpt", 2*size) // two characters; LibreOffice 7.4 ignores "2em"
	r := strings.NewReplacer("{INDENT}", indent, "{BODYFONT}", v.bodyFont, "{SIZE}", v.bodySize, "{LH}", v.lineHeight,
		"{MAR}", v.leftRightMar, "{MASTER}", master(v), "{BODY}", body.String())
	return r.Replace(template)
}

// master writes the page's header and footers.
func master(v variant) string {
	var b strings.Builder
	if v.header != "" {
		fmt.Fprintf(&b, `<style:header><text:p text:style-name="Head">%s</text:p></style:header>`, html.EscapeString(v.header))
	}
	footer := func(align string) string {
		f := html.EscapeString(v.footer)
		f = strings.ReplaceAll(f, "{N}", `<text:page-number text:select-page="current">1</text:page-number>`)
		f = strings.ReplaceAll(f, "{M}", `<text:page-count>1</text:page-count>`)
		return fmt.Sprintf(`<text:p text:style-name="Foot%s">%s</text:p>`, align, f)
	}
	if v.outer {
		fmt.Fprintf(&b, "<style:footer>%s</style:footer><style:footer-left>%s</style:footer-left>", footer("Right"), footer("Left"))
	} else {
		fmt.Fprintf(&b, "<style:footer>%s</style:footer>", footer("Center"))
	}
	return b.String()
}

const template = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{BODYFONT}" svg:font-family="'{BODYFONT}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" style:line-height-at-least="{LH}" style:punctuation-wrap="simple"/>
  <style:text-properties style:font-name-asian="{BODYFONT}" style:font-name="{BODYFONT}" fo:font-size="{SIZE}" style:font-size-asian="{SIZE}" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{INDENT}" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name-asian="Noto Serif CJK SC" style:font-name="Noto Serif CJK SC" fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{INDENT}"/>
  <style:text-properties style:font-name-asian="Noto Sans CJK SC" style:font-name="Noto Sans CJK SC"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{INDENT}"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="FootRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 <style:style style:name="FootLeft" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 <style:style style:name="FootCenter" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="{MAR}" fo:margin-right="{MAR}"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{MASTER}</style:master-page></office:master-styles>
<office:body><office:text>
{BODY}</office:text></office:body>
</office:document>
`

// stripFonts drops the embedded font programs of a LibreOffice PDF (viewers
// substitute an installed font) and
// writes a new cross-reference table. LibreOffice writes one object after
// another with a classic xref table, which is all this handles.
func stripFonts(pdf []byte) ([]byte, error) {
	fontFile := regexp.MustCompile(`/FontFile[23]? (\d+) 0 R`)
	drop := map[string]bool{}
	for _, m := range fontFile.FindAllSubmatch(pdf, -1) {
		drop[string(m[1])] = true
	}
	objStart := regexp.MustCompile(`(?m)^(\d+) 0 obj`)
	locs := objStart.FindAllSubmatchIndex(pdf, -1)
	xrefAt := bytes.LastIndex(pdf, []byte("\nxref"))
	trailerAt := bytes.LastIndex(pdf, []byte("trailer"))
	startAt := bytes.LastIndex(pdf, []byte("startxref"))
	if xrefAt < 0 || trailerAt < 0 || startAt < 0 {
		return nil, fmt.Errorf("no classic xref table")
	}
	var out bytes.Buffer
	out.Write(pdf[:locs[0][0]])
	offsets := map[int]int{}
	maxID := 0
	for i, l := range locs {
		end := xrefAt + 1
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		id := string(pdf[l[2]:l[3]])
		var n int
		fmt.Sscan(id, &n)
		maxID = max(maxID, n)
		offsets[n] = out.Len()
		if drop[id] {
			delete(offsets, n) // a free entry now
			continue
		}
		out.Write(fontFile.ReplaceAll(pdf[l[0]:end], nil))
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", maxID+1)
	for n := 1; n <= maxID; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(&out, "%010d 00000 n \n", off)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	trailer := pdf[trailerAt:startAt]
	out.Write(trailer)
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}
