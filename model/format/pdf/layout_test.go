package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// pageOf writes one page drawn by content(show) in an Identity-H font
// knowing the characters of chars; rotate is the page's /Rotate.
func pageOf(t *testing.T, chars string, rotate int, content func(show func(string) string) string) []string {
	t.Helper()
	p := newTestPDF()
	res, show := identityFont(p, uniqueRunes(chars), false)
	n := p.page(content(show), res)
	if rotate != 0 { // a landscape page shown portrait
		p.objs[n-1] = strings.Replace(p.objs[n-1], "/MediaBox[0 0 595 842]", fmt.Sprintf("/MediaBox[0 0 842 595]/Rotate %d", rotate), 1)
	}
	doc, err := Extract(context.Background(), p.bytes())
	if err != nil {
		t.Fatal(err)
	}
	return paraTexts(doc)
}

func TestLayout(t *testing.T) {
	s := simplified
	all := s.title + s.heading + s.lines[0] + s.lines[1] + s.lines[2] + "内部资料注意保密- 1" + "序号单位件数合计12" + "\u3000"
	want := strings.Join(s.paras(), "\n")
	tests := []struct {
		name    string
		rotate  int
		content func(show func(string) string) string
		want    string
	}{
		{"stream order reversed", 0, func(show func(string) string) string {
			lines := strings.Split(s.content(show, "- 1 -"), "\n")
			for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
				lines[i], lines[j] = lines[j], lines[i]
			}
			return strings.Join(lines, "\n")
		}, want},
		{"fake bold: every line drawn twice, shifted", 0, func(show func(string) string) string {
			c := s.content(show, "- 1 -")
			return c + "1 0 0 1 0.4 0.2 cm\n" + c
		}, want},
		{"diagonal watermark", 0, func(show func(string) string) string {
			return s.content(show, "") + "BT /F1 60 Tf 0.7071 0.7071 -0.7071 0.7071 150 300 Tm " + show("内部资料注意保密") + " Tj ET\n"
		}, want},
		{"artifacts: running head and page number", 0, func(show func(string) string) string {
			return "/Artifact <</Type/Pagination>> BDC BT /F1 10 Tf 250 810 Td " + show("内部资料") + " Tj ET EMC\n" +
				s.content(show, "") + "/Artifact BMC BT /F1 10 Tf 290 30 Td " + show("保密") + " Tj ET EMC"
		}, want},
		{"text off the page", 0, func(show func(string) string) string {
			return s.content(show, "") + "BT /F1 16 Tf 700 400 Td " + show("注意保密") + " Tj ET\n"
		}, want},
		{"page rotated 90", 90, func(show func(string) string) string {
			// drawn a quarter turn counterclockwise, shown upright
			return "q 0 1 -1 0 842 0 cm\n" + s.content(show, "- 1 -") + "Q"
		}, want},
		{"text running upwards on an upright page", 0, func(show func(string) string) string {
			return "q 0 0.7 -0.7 0 595 0 cm\n" + s.content(show, "- 1 -") + "Q"
		}, want},
		{"indent typed as ideographic spaces after a full line", 0, func(show func(string) string) string {
			// Word: a paragraph starting at the margin with two U+3000,
			// after a line that reached the right margin
			second := string([]rune(s.lines[1])[2:])
			c := strings.Replace(s.content(show, "- 1 -"), "72 684 Td "+show(s.lines[1]), "72 684 Td "+show("\u3000\u3000"+second), 1)
			for i, y := range []int{600, 572, 544} { // another paragraph, for the margins
				c += fmt.Sprintf("BT /F1 16 Tf %d %d Td %s Tj ET\n", []int{104, 72, 72}[i], y, show(s.lines[i]))
			}
			return c
		}, strings.Join([]string{s.title, s.heading, s.lines[0], string([]rune(s.lines[1])[2:]) + s.lines[2], s.lines[0] + s.lines[1] + s.lines[2]}, "\n")},
		{"a table row", 0, func(show func(string) string) string {
			row := func(y int, cells ...string) string {
				var b strings.Builder
				for i, c := range cells {
					fmt.Fprintf(&b, "BT /F1 12 Tf %d %d Td %s Tj ET\n", 72+i*150, y, show(c))
				}
				return b.String()
			}
			return row(700, "序号单位", "件数合计") + row(680, "12", "单位12")
		}, "序号单位 | 件数合计\n12 | 单位12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(pageOf(t, all, tt.rotate, tt.content), "\n")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
