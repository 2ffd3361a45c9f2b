package docx

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"baogao/model/format"
)

// slowAppendText is appendText written plainly, byte by byte.
func slowAppendText(src []byte, cdata bool) string {
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '&' && !cdata:
			out, n := appendEntity(nil, src[i:])
			b.Write(out)
			i += n - 1
		case c == '\t':
			b.WriteByte('\t')
		case c < 0x20:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func TestAppendText(t *testing.T) {
	inputs := []string{"", "a", "纯中文文本，没有实体。", "12345678&amp;", "1234567\x00", "\t\n\r", "&lt;&#x4E00;&#19968;&bogus;&",
		"长长长长长长长长长长长&quot;长", "&#xD800;&#x110000;&#;&#x;&#65;", "ab&cd;ef", "&amp", strings.Repeat("文", 33) + "\x1f"}
	for _, in := range inputs {
		for _, cdata := range []bool{false, true} {
			if got, want := string(appendText(nil, []byte(in), cdata)), slowAppendText([]byte(in), cdata); got != want {
				t.Errorf("appendText(%q, %v) = %q, want %q", in, cdata, got, want)
			}
		}
	}
}

// tokens lists what the scanner yields, for comparing.
func tokens(t *testing.T, xml string) ([]string, error) {
	t.Helper()
	sc := newScanner(context.Background(), strings.NewReader(xml))
	sc.wantText = true
	var out []string
	for {
		switch sc.next() {
		case tokEOF:
			return out, sc.err
		case tokStart:
			s := "<" + string(sc.local)
			if sc.ns == nsW {
				s = "<w:" + string(sc.local)
			}
			if v, ok := sc.attr("val"); ok {
				s += " val=" + string(v)
			}
			out = append(out, s+">")
		case tokEnd:
			out = append(out, "/")
		case tokText:
			out = append(out, string(appendText(nil, sc.text, sc.cdata)))
		}
	}
}

func TestScanner(t *testing.T) {
	w := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	tests := []struct{ in, want string }{
		{`<?xml version="1.0"?><!-- c --><a ` + w + `><w:b w:val='x>y'/>t&amp;<![CDATA[<&>]]></a>`, `<a> <w:b val=x>y> / t& <&> /`},
		{`<a><b><c/></b></a></a></a>`, `<a> <b> <c> / / /`},
		{`<!DOCTYPE a [<!ENTITY e "]>"> <!ELEMENT a ANY>]><a>&e;</a>`, `<a> &e; /`},
		{"<a\n  x = \"1\"\t/>", `<a> /`},
		{`<a xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><b xmlns=""><c/></b><d/></a>`, `<w:a> <b> <c> / / <w:d> / /`},
		{`<a ` + w + `><w:b ` + `xmlns:w="urn:x"` + `><w:c/></w:b><w:d/></a>`, `<a> <b> <c> / / <w:d> / /`},
	}
	for _, tt := range tests {
		got, err := tokens(t, tt.in)
		if err != nil || strings.Join(got, " ") != tt.want {
			t.Errorf("%s:\n got %q (%v)\nwant %q", tt.in, strings.Join(got, " "), err, tt.want)
		}
	}
	for _, bad := range []string{`<a><b`, `<a><!-- x`, `<a><![CDATA[x`, `<a><!DOCTYPE`, `<a><?pi`, `<a b="1></a>`, `<`, `<a></`} {
		if _, err := tokens(t, bad); !errors.Is(err, errMalformed) {
			t.Errorf("%q: error %v, want malformed", bad, err)
		}
	}
}

// endless is an io.Reader of one byte repeated, past any limit.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

func TestScannerBounds(t *testing.T) {
	// A tag (an attribute value) that never ends stops at maxToken.
	sc := newScanner(context.Background(), io.MultiReader(strings.NewReader(`<a><b c="`), endless('x')))
	for sc.next() != tokEOF {
	}
	if !errors.Is(sc.err, errTokenTooLong) {
		t.Errorf("huge attribute: %v", sc.err)
	}
	// Text that is not wanted is dropped as it comes: no limit, no error.
	sc = newScanner(context.Background(), io.LimitReader(io.MultiReader(strings.NewReader(`<a>`), endless(' ')), 3*maxToken))
	for sc.next() != tokEOF {
	}
	if sc.err != nil || len(sc.buf) > 64<<10 {
		t.Errorf("unwanted text: %v, buffer %d", sc.err, len(sc.buf))
	}
	// Skipping a subtree holds no more than one tag either.
	sc = newScanner(context.Background(), io.LimitReader(io.MultiReader(strings.NewReader(`<a><b>`), endless(' ')), 2*maxToken))
	sc.next()
	sc.next()
	sc.skip()
	if !errors.Is(sc.err, errMalformed) || len(sc.buf) > 64<<10 {
		t.Errorf("skipping: %v, buffer %d", sc.err, len(sc.buf))
	}
}

func TestMaxText(t *testing.T) {
	w := &walker{st: newStyles(), num: newNumbering(), size: format.MaxText - 5}
	xml := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>十个字节以上的文字</w:t></w:r></w:p></w:body></w:document>`
	w.sc = newScanner(context.Background(), strings.NewReader(xml))
	if err := w.walk(); !errors.Is(err, format.ErrTooMuchText) {
		t.Errorf("error %v, want ErrTooMuchText", err)
	}
}
