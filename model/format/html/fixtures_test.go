package html_test

import (
	"bytes"
	"flag"
	"fmt"
	stdhtml "html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"golang.org/x/text/encoding/simplifiedchinese"

	"baogao/model"
	"baogao/model/format"
	"baogao/seeds"
)

// The fixtures are portal page templates (testdata/templates) that the
// seeds are wrapped into at test time, their text bytes as they are. Each
// template has the chrome its kind of site has around an article.

var pagesDir = flag.String("pages", "", "also write the generated pages to this directory")

// headline is the title a page shows for a seed that has none (a news piece).
const headline = "历下区法治政府建设工作纪实"

// fixture is one template and what a page made from it must give.
type fixture struct {
	name        string
	titleInBody bool // the title stands in the text, as on gov.cn, not in a heading above it
	gbk         bool // the page is written in GB18030 (it declares gb2312)
	meta        format.Meta
}

var fixtures = []fixture{
	{name: "govcn", titleInBody: true, meta: format.Meta{
		Published: "2024-03-28", Issuer: "济南市历下区人民政府",
		Index: "11370102004190236X/2024-00123", Written: "2024-03-20"}},
	{name: "district", meta: format.Meta{Published: "2024-03-28", Source: "济南市历下区人民政府"}},
	{name: "sfj", meta: format.Meta{Published: "2024-03-28", Source: "历下区司法局"}},
	{name: "oldgbk", gbk: true, meta: format.Meta{Published: "2024-03-28", Source: "济宁经济开发区管委会"}},
	{name: "savedas", meta: format.Meta{Published: "2024-03-28", Source: "周村区司法局"}},
	{name: "html5", meta: format.Meta{Published: "2025-01-15", Source: "济宁经济技术开发区管理委员会"}},
	{name: "fragment", titleInBody: true},
}

// seed is a seed report split the way the templates need it.
type seed struct {
	name       string
	lines      []string // every line, bytes as in the file
	title      string   // the title the parser reads from the .txt, or ""
	titleLines []string // the title's lines, cleaned of Markdown
	body       []string // the lines after the title
	levels     map[string]int
	report     *model.Report
}

func loadSeeds(t testing.TB) []seed {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var out []seed
	for _, name := range names {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := model.LoadBytes(name, name, b)
		if err != nil {
			t.Fatal(err)
		}
		s := seed{name: name, lines: strings.Split(strings.TrimRight(string(b), "\n"), "\n"), title: r.Title, report: r, levels: map[string]int{}}
		for _, sec := range r.Outline() {
			s.levels[sec.Heading()] = sec.Level
		}
		s.titleLines, s.body = splitTitle(s.lines, r.Title)
		out = append(out, s)
	}
	return out
}

// splitTitle takes the lines that make up title off the top of lines.
func splitTitle(lines []string, title string) (titleLines, body []string) {
	want, got := squeeze(title), ""
	for i, l := range lines {
		if want == "" || got == want {
			return titleLines, lines[i:]
		}
		clean := strings.TrimSpace(strings.TrimLeft(l, "# "))
		if clean == "" {
			continue
		}
		if !strings.HasPrefix(want, got+squeeze(clean)) {
			return nil, lines
		}
		got += squeeze(clean)
		titleLines = append(titleLines, clean)
	}
	return titleLines, nil
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// page wraps seed s into the template of f.
func page(t testing.TB, f fixture, s seed) []byte {
	t.Helper()
	tm := template.Must(template.ParseFiles(filepath.Join("testdata", "templates", f.name+".html.tmpl")))
	lines, title, titleLines := s.body, s.title, s.titleLines
	if f.titleInBody {
		lines = s.lines
	}
	if title == "" {
		title, titleLines = headline, []string{headline}
	}
	var body bytes.Buffer
	for _, l := range lines {
		name, arg := "para", stdhtml.EscapeString(l)
		switch level := s.levels[l]; {
		case strings.TrimSpace(l) == "":
			name, arg = "blank", ""
		case level > 0 && tm.Lookup(fmt.Sprintf("heading%d", level)) != nil:
			name = fmt.Sprintf("heading%d", level)
		case level == 1 && tm.Lookup("heading") != nil:
			name = "heading"
		}
		if err := tm.ExecuteTemplate(&body, name, arg); err != nil {
			t.Fatal(err)
		}
	}
	esc := make([]string, len(titleLines))
	for i, l := range titleLines {
		esc[i] = stdhtml.EscapeString(l)
	}
	var out bytes.Buffer
	data := map[string]string{"Title": stdhtml.EscapeString(title), "TitleHTML": strings.Join(esc, "<br>"), "Body": body.String()}
	if err := tm.Execute(&out, data); err != nil {
		t.Fatal(err)
	}
	b := out.Bytes()
	if f.gbk {
		var err error
		if b, err = simplifiedchinese.GB18030.NewEncoder().Bytes(b); err != nil {
			t.Fatal(err)
		}
	}
	if *pagesDir != "" {
		name := f.name + "-" + strings.TrimSuffix(s.name, ".txt") + ".html"
		if err := os.WriteFile(filepath.Join(*pagesDir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// outline is what a report must keep whichever way it was read: title,
// number of preamble paragraphs, every heading with its number of
// paragraphs, and the 落款.
func outline(r *model.Report) []string {
	out := []string{"title: " + r.Title, fmt.Sprintf("preamble: %d", len(r.Preamble))}
	for _, s := range r.Outline() {
		out = append(out, fmt.Sprintf("%s %s [%d]", s.Path, s.Heading(), len(s.Paras)))
	}
	return append(out, fmt.Sprintf("signature: %q", r.Signature))
}

// texts is every paragraph of a report in order.
func texts(r *model.Report) []string {
	out := append([]string(nil), r.Preamble...)
	for _, s := range r.Outline() {
		out = append(out, s.Paras...)
	}
	return out
}
