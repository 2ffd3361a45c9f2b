package pdf

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsPageNumber(t *testing.T) {
	yes := []string{"3", "—3—", "— 3 —", "- 3 -", "-3-", "－３－", "~3~", "·3·", "第3页", "第 3 页", "第 3 页 共 10 页",
		"第3页，共10页", "共10页 第3页", "3/10", "3 / 10", "Page 3", "page 3 of 10", "Ⅲ", "— 12 —"}
	no := []string{"2024年", "一、", "3.", "（3）", "第三章", "12345", "共10页", "附件3", "100%"}
	for _, s := range yes {
		if !isPageNumber(s) {
			t.Errorf("%q is a page number", s)
		}
	}
	for _, s := range no {
		if isPageNumber(s) {
			t.Errorf("%q is not a page number", s)
		}
	}
}

// page lays lines out on an A4 page: each is "y text" with y from the top.
func testPage(specs ...string) pageLines {
	p := pageLines{width: 595, height: 842}
	for _, s := range specs {
		var y float64
		var text string
		fmt.Sscanf(s, "%g", &y)
		text = s[strings.IndexByte(s, ' ')+1:]
		p.lines = append(p.lines, line{x0: 72, x1: 72 + 16*float64(len([]rune(text))), y: y, size: 16, text: text, glyphs: len([]rune(text))})
	}
	return p
}

func TestRemoveFurniture(t *testing.T) {
	pages := []pageLines{
		testPage("60 历下区2024年度法治政府建设报告", "110 历下区2024年度法治政府建设报告", "150 正文第一页", "790 — 1 —"),
		testPage("60 历下区人民政府", "150 正文第二页", "700 12", "790 — 2 —"),
		testPage("60 历下区2024年度法治政府建设报告", "150 正文第三页", "790 第 3 页 共 4 页"),
		testPage("60 历下区人民政府", "150 正文第四页", "760 历下区人民政府", "780 2025年1月20日", "800 4"),
	}
	removeFurniture(pages)
	var got []string
	for _, p := range pages {
		for _, l := range p.lines {
			got = append(got, l.text)
		}
	}
	// The title on page 1 stays (it stands lower than the running head),
	// so do a number in the body and the issuer and date that close it.
	want := "历下区2024年度法治政府建设报告 正文第一页 正文第二页 12 正文第三页 正文第四页 历下区人民政府 2025年1月20日"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// lines on one page at 16 pt: "x0 x1 y text".
func testLines(specs ...string) pageLines {
	p := pageLines{width: 595, height: 842}
	for _, s := range specs {
		var x0, x1, y float64
		fmt.Sscanf(s, "%g %g %g", &x0, &x1, &y)
		f := strings.SplitN(s, " ", 4)
		p.lines = append(p.lines, line{x0: x0, x1: x1, y: y, size: 16, text: f[3], glyphs: len([]rune(f[3]))})
	}
	return p
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		pages []pageLines
		want  string
	}{
		{"indents and short ends", []pageLines{testLines(
			"104 504 100 第一段第一行缩进两字到右边界为止共计二十五个字",
			"72 504 128 第一段第二行从左边界开始一直写到右边界为止共计二十七",
			"72 200 156 第一段末行。",
			"104 504 184 第二段第一行缩进两字到右边界为止共计二十五个字",
			"72 300 212 第二段末行短。",
		)}, "第一段第一行缩进两字到右边界为止共计二十五个字第一段第二行从左边界开始一直写到右边界为止共计二十七第一段末行。|第二段第一行缩进两字到右边界为止共计二十五个字第二段末行短。"},
		{"across a page break", []pageLines{
			testLines("104 504 732 第一段第一行缩进两字到右边界为止共计二十五个字", "72 504 760 第一页最后一行到右边界为止没有句号共计二十七字"),
			testLines("72 250 80 第二页接着写。", "104 504 108 新的一段缩进两字到右边界为止共计二十五个字啊", "72 504 136 第二行到右边界为止共计二十七个字第二行到右边界"),
		}, "第一段第一行缩进两字到右边界为止共计二十五个字第一页最后一行到右边界为止没有句号共计二十七字第二页接着写。|新的一段缩进两字到右边界为止共计二十五个字啊第二行到右边界为止共计二十七个字第二行到右边界"},
		{"block paragraphs separated by space", []pageLines{testLines(
			"72 504 100 第一段没有缩进到右边界为止的第一行共计二十七个字啊啊",
			"72 504 128 第一段没有缩进到右边界为止的第二行共计二十七个字啊啊",
			"72 504 176 第二段没有缩进到右边界为止的第一行共计二十七个字啊啊",
			"72 300 204 第二段末行。",
		)}, "第一段没有缩进到右边界为止的第一行共计二十七个字啊啊第一段没有缩进到右边界为止的第二行共计二十七个字啊啊|第二段没有缩进到右边界为止的第一行共计二十七个字啊啊第二段末行。"},
		{"heading after a full line ending a sentence", []pageLines{testLines(
			"72 504 100 没有缩进的正文到右边界为止的第一行共计二十七个字啊啊",
			"72 504 128 没有缩进的正文到右边界为止的第二行共计二十七个字了。",
			"72 504 156 （二）没有缩进的标题和正文到右边界为止共计二十七个字",
			"72 300 184 正文末行。",
		)}, "没有缩进的正文到右边界为止的第一行共计二十七个字啊啊没有缩进的正文到右边界为止的第二行共计二十七个字了。|（二）没有缩进的标题和正文到右边界为止共计二十七个字正文末行。"},
		{"English wraps with a space, numbers without", []pageLines{testLines(
			"104 504 100 The report was published on the portal of the",
			"72 504 128 district government in 2024 with 1",
			"72 504 156 52 pages of annexes and tables shown below",
			"72 300 184 in full.",
		)}, "The report was published on the portal of the district government in 2024 with 152 pages of annexes and tables shown below in full."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range paragraphs(tt.pages) {
				got = append(got, p.Text)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.ReplaceAll(g, "|", "\n"), strings.ReplaceAll(tt.want, "|", "\n"))
			}
		})
	}
}
