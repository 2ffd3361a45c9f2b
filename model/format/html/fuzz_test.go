package html

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"baogao/model/format"
)

// FuzzExtract: no panic, no control character, valid UTF-8, output no
// larger than the cap, and a cancelled context answered.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"<p>一</p><p>二</p>",
		"<html><head><title>某某报告_某某网</title><meta name=PubDate content=2024-03-28></head><body><h1>某某<br>报告</h1><div id=zoom><p>" + prose + "</p></div></body></html>",
		"<table><tr><td>索 引 号：</td><td>000014349/2019-00007</td></tr><tr><td>发布日期：</td><td>2019年02月15日</td></tr></table>",
		"<div class=article><p>当前位置：首页 &gt; 政务公开</p><p>发布时间：2024-03-28 来源：某局 字号：[大 中 小]</p><p>" + prose + "</p></div>",
		"<font><p>一<font>二</p>三</font><td>四<tr><td>五</table></b></td>",
		"<pre>  一\n二</pre><xmp><p>三</xmp><plaintext><p>四",
		"<p>&#x1B;[31m&#0;&#x9B;&#xD800;&#1114112;&nbsp;&emsp;\u3000</p>",
		"<meta charset=gbk><p>\xb7\xa8\xd6\xce</p>",
		"\xff\xfe<\x00p\x00>\x00",
		"<script>document.write('<p>x</p>')</script><style>p{}</style><!-- c -->",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Extract(context.Background(), b)
		if err != nil {
			return
		}
		n := 0
		for _, p := range doc.Paras {
			n += len(p.Text) + 1
			checkText(t, p.Text)
			if p.Level < 0 || p.Level > 6 {
				t.Fatalf("level %d", p.Level)
			}
		}
		if n > format.MaxText+len(doc.Paras) || n > 4*len(b)+64 {
			t.Fatalf("%d bytes of text from %d bytes of page", n, len(b))
		}
		m := doc.Meta
		for _, s := range []string{m.Title, m.Published, m.Source, m.Issuer, m.Index, m.Written, m.Author} {
			checkText(t, s)
		}
		for _, d := range []string{m.Published, m.Written} {
			if _, err := time.Parse("2006-01-02", d); d != "" && err != nil {
				t.Fatalf("date %q", d)
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Extract(ctx, b); err == nil && len(b) > 0 {
			t.Fatalf("cancelled context not answered")
		}
	})
}

func checkText(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8 %q", s)
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		t.Fatalf("control character in %q", s)
	}
	if s != strings.TrimSpace(s) {
		t.Fatalf("untrimmed %q", s)
	}
}
