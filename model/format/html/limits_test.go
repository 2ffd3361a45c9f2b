package html

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"baogao/model/format"
)

// TestHostilePages: nesting, soup and repetition that would blow up a
// tree, a stack or a search; each still gives its text.
func TestHostilePages(t *testing.T) {
	tests := []struct{ name, in string }{
		{"deep divs", strings.Repeat("<div>", 200000) + "<p>" + prose + "</p>"},
		{"deep unclosed fonts", strings.Repeat("<font color=red>", 200000) + prose + strings.Repeat("</font>", 200000)},
		{"deep tables", strings.Repeat("<table><tr><td>", 50000) + prose},
		{"end tags searching a deep stack", strings.Repeat("<div>", 300) + strings.Repeat("</b></td></li>", 200000) + prose},
		{"inline end tags deep in the stack", strings.Repeat("<b><div>", 300) + strings.Repeat("</b>", 300) + prose},
		{"many anchors", strings.Repeat("<a href=x>链接", 100000) + "</a><p>" + prose + "</p>"},
		{"many paragraph breaks", strings.Repeat("<p></p><br>", 200000) + prose},
		{"attributes", "<p " + strings.Repeat("class=a ", 100000) + ">" + prose + "</p>"},
		{"script past the depth cap", strings.Repeat("<font>", 1000) + "<script>var x = 1;</script><style>p{}</style><title>t</title>" + prose},
		{"long word", "<p>" + strings.Repeat("x", 1<<20) + "</p><p>" + prose + "</p>"},
	}
	for _, tt := range tests {
		start := time.Now()
		doc, err := Extract(context.Background(), []byte(tt.in))
		t.Logf("%s: %d bytes, %v", tt.name, len(tt.in), time.Since(start))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := render(doc); !strings.Contains(got, prose) || strings.Contains(got, "var x") || strings.Contains(got, "p{}") {
			t.Errorf("%s: text lost or script shown: %.200q", tt.name, got)
		}
	}
}

func TestTooMuchText(t *testing.T) {
	defer func(text, paras int) { maxText, maxParas = text, paras }(maxText, maxParas)
	maxText = 1 << 20
	tests := []struct {
		name, in string
		paras    int
		want     error
	}{
		{"text", strings.Repeat("<p>"+prose+"</p>", (1<<20)/len(prose)+10), 1 << 20, format.ErrTooMuchText},
		{"one text token", "<p>" + strings.Repeat("法", 1<<19), 1 << 20, format.ErrTooMuchText},
		{"one comment", "<!--" + strings.Repeat("x", 2<<20) + "-->", 1 << 20, format.ErrTooMuchText},
		{"paragraphs", strings.Repeat("<p>一</p>", 1001), 1000, errTooManyParas},
	}
	for _, tt := range tests {
		maxParas = tt.paras
		if _, err := Extract(context.Background(), []byte(tt.in)); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestContext(t *testing.T) {
	page := []byte(strings.Repeat("<div><p>"+prose+"</p></div>", 20000))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, page); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	time.Sleep(2 * time.Millisecond)
	if _, err := Extract(ctx, page); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("deadline: got %v", err)
	}
	gbk := bytes.Repeat([]byte("\xb7\xa8\xd6\xce"), 1<<20) // 法治 in GBK: the decoder looks at the context too
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, gbk); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled GBK: got %v", err)
	}
}

// TestLargePage reads a 100 MB page: a Word-saved page with its images
// inlined as data: URIs and a long script, the article between them.
// Skipped with -short.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB page")
	}
	var b bytes.Buffer
	b.WriteString(`<html><head><title>某某报告</title><script>var data = "`)
	b.Write(bytes.Repeat([]byte("0123456789abcdef"), 30<<20/16))
	b.WriteString(`";</script></head><body><img src="data:image/png;base64,`)
	b.Write(bytes.Repeat([]byte("iVBORw0KGgoAAAANSUhEUgAA"), 40<<20/24))
	b.WriteString(`"><div id=zoom>` + strings.Repeat("<p>"+prose+"</p>", 100) + "</div>")
	nav := "<div class=nav><ul>" + strings.Repeat("<li><a href=/x>栏目链接</a></li>", 50) + "</ul></div>\n"
	for b.Len() < 100<<20 {
		b.WriteString(nav)
	}
	start := time.Now()
	doc, err := Extract(context.Background(), b.Bytes())
	t.Logf("%d MB in %v", b.Len()>>20, time.Since(start))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paras) != 100 {
		t.Errorf("%d paragraphs, want the article's 100", len(doc.Paras))
	}
}
