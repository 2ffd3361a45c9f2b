package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/figures"
)

// hostileText is report text that tries to be markup in every format.
var hostileText = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`]]><w:r><w:t>injected</w:t></w:r><![CDATA[`,
	`&amp; &lt; &#x3c;script&#x3e; "quoted" 'single'`,
	"| pipe | **bold** ~~strike~~ [link](http://example.com) `code`",
	"=HYPERLINK(\"http://example.com\",\"x\")",
}

// hostilePair compares two reports made of hostile text (and a 100,000
// character paragraph), loaded as files are.
func hostilePair(t testing.TB) *compare.Comparison {
	t.Helper()
	long := strings.Repeat("法治政府建设", 100_000/6) + "。"
	body := func(extra string) string {
		return "关于<script>alert('title')</script>的报告\n一、<img src=x onerror=alert(1)>主要举措\n" +
			strings.Join(hostileText, "。\n") + "。" + extra + "\n" + long + "\n二、存在的不足 ]]>\n控制字符\x01\x07\x1b[31m红\x1b[m。\n"
	}
	l := model.LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte(body(""))},
		"b.txt": {Data: []byte(body("另有<iframe src=//evil>一句。"))},
	}, "hostile")
	if len(l.Reports) != 2 {
		t.Fatalf("%d reports", len(l.Reports))
	}
	return compare.Reports(l.Reports[0], l.Reports[1])
}

// allowedTags are the elements the HTML export writes.
var allowedTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true,
	"body": true, "header": true, "h1": true, "h2": true, "h3": true, "h4": true, "p": true, "table": true,
	"thead": true, "tbody": true, "tr": true, "th": true, "td": true, "section": true, "nav": true, "ol": true,
	"li": true, "a": true, "main": true, "footer": true, "del": true, "ins": true, "span": true}

// TestHostileHTML: report text never becomes an element or an attribute.
func TestHostileHTML(t *testing.T) {
	for _, d := range []*Doc{Build(hostilePair(t), Options{}), BuildReport(hostilePair(t).A, nil, Options{})} {
		var buf bytes.Buffer
		if err := WriteHTML(&buf, d); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "&lt;script&gt;") {
			t.Fatal("the hostile text is not in the export")
		}
		z := html.NewTokenizer(&buf)
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				if z.Err() != io.EOF {
					t.Fatal(z.Err())
				}
				break
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			if !allowedTags[tok.Data] {
				t.Fatalf("element <%s> in the export", tok.Data)
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" && !strings.HasPrefix(a.Val, "#") {
					t.Fatalf("attribute %s=%q in the export", a.Key, a.Val)
				}
			}
		}
	}
}

// TestHostileDocx: both docx files are well-formed XML whatever the text,
// and the tracked one still accepts to B and rejects to A.
func TestHostileDocx(t *testing.T) {
	c := hostilePair(t)
	d := Build(c, Options{Date: fixedDate})
	for name, write := range map[string]func(io.Writer, *Doc) error{"docx": WriteDocx, "docx-table": WriteDocxTable} {
		var buf bytes.Buffer
		if err := write(&buf, d); err != nil {
			t.Fatal(err)
		}
		doc := documentPart(t, buf.Bytes())
		dec := xml.NewDecoder(bytes.NewReader(doc))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if bytes.Contains(doc, []byte("<w:t>injected")) {
			t.Fatalf("%s: injected XML", name)
		}
	}
	checkAcceptReject(t, c)
}

// TestControlCharacters: characters XML cannot carry are dropped even
// when they reach a writer directly.
func TestControlCharacters(t *testing.T) {
	d := BuildReport(&model.Report{ID: "x", Title: "a\x00b\x1bc\u0085d\ufffee"}, nil, Options{Date: fixedDate})
	d.Text = append(d.Text, Para{Pieces: []Piece{{Text: "bad \xff utf-8 \x01"}}})
	var buf bytes.Buffer
	if err := WriteDocx(&buf, d); err != nil {
		t.Fatal(err)
	}
	doc := documentPart(t, buf.Bytes())
	if err := xml.Unmarshal(doc, new(struct{})); err != nil {
		t.Fatalf("document.xml: %v", err)
	}
	if !bytes.Contains(doc, []byte(">abcde<")) || !bytes.Contains(doc, []byte("bad \uFFFD utf-8 <")) {
		t.Fatalf("controls not dropped:\n%s", doc)
	}
}

// TestHostileMarkdown: every table row has its two cells, whatever pipes
// the text holds.
func TestHostileMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, Build(hostilePair(t), Options{})); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(buf.String(), "\n") {
		if !strings.HasPrefix(l, "| ") || strings.HasPrefix(l, "| 指标") {
			continue
		}
		if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != 3 && n != 7 {
			t.Fatalf("a row with %d cell borders: %.200q", n, l)
		}
		if strings.Contains(l, "<script") || strings.Contains(l, "<img") {
			t.Fatalf("raw HTML in Markdown: %.200q", l)
		}
	}
}

// TestFiguresCSV: a BOM, CRLF, cells that read back, formulas defused.
func TestFiguresCSV(t *testing.T) {
	tab := &figures.Table{Reports: []figures.ReportRef{{ID: "a", Unit: "历下区", Year: 2023}, {ID: "b", Unit: "历下区", Year: 2024}},
		Rows: []*figures.Row{
			{Subject: "=1+1", Unit: "件", Figures: []*figures.Figure{{Text: "54件", Value: 54, Section: "1.2"}, nil}},
			{Subject: "行政复议, \"申请\"\n", Unit: "件", Figures: []*figures.Figure{nil, {Text: "-54件", Value: 54}}},
		}}
	var buf bytes.Buffer
	if err := WriteFiguresCSV(&buf, tab); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\uFEFF") || strings.Count(out, "\r\n") < 3 {
		t.Fatalf("no BOM or CRLF: %q", out)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"指标", "单位", "历下区 2023年（原文）", "历下区 2023年（数值）", "历下区 2023年章节", "历下区 2024年（原文）", "历下区 2024年（数值）", "历下区 2024年章节", "变化", "变化率（%）"},
		{"'=1+1", "件", "54件", "54", "1.2", "", "", "", "", ""},
		{"行政复议, \"申请\"", "件", "", "", "", "'-54件", "54", "", "", ""},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Fatalf("rows:\n%q\nwant\n%q", rows, want)
	}
}
