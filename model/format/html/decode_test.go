package html

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const text = "<p>济南市历下区2024年度法治政府建设报告：依法行政，执法规范。</p>"
	gbkMeta := `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`
	late := "<!-- " + strings.Repeat("saved page comment ", 80) + " -->"
	tests := []struct {
		name string
		in   []byte
		enc  string
	}{
		{"utf-8", []byte(text), "utf-8"},
		{"utf-8 BOM", append([]byte("\xEF\xBB\xBF"), text...), "utf-8"},
		{"utf-16le BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text), "utf-16le"},
		{"utf-16be BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), text), "utf-16be"},
		{"gb2312 declared", encode(t, simplifiedchinese.GB18030, gbkMeta+text), "gb18030"},
		{"gbk page, no charset", encode(t, simplifiedchinese.GB18030, text), "gb18030"},
		{"utf-8 page declaring gb2312", []byte(gbkMeta + text), "utf-8"},
		{"gbk page declaring utf-8", encode(t, simplifiedchinese.GB18030, `<meta charset="utf-8">`+text), "gb18030"},
		{"gbk page declaring latin-1", encode(t, simplifiedchinese.GB18030, `<meta charset="iso-8859-1">`+text), "gb18030"},
		{"big5 declared late", encode(t, traditionalchinese.Big5, late+`<meta charset=big5><p>法治政府建設報告</p>`), "big5"},
		{"utf-8 cut mid-character", []byte(text)[:len(text)-2], "utf-8"},
	}
	for _, tt := range tests {
		out, enc, err := toUTF8(context.Background(), tt.in)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if enc != tt.enc {
			t.Errorf("%s: encoding %s, want %s", tt.name, enc, tt.enc)
		}
		if !bytes.Contains(out, []byte("法治政府建设报告")) && !bytes.Contains(out, []byte("法治政府建設報告")) {
			t.Errorf("%s: decoded %q", tt.name, out)
		}
	}
}

// TestExtractGBK reads a GBK page with nothing but an http-equiv meta.
func TestExtractGBK(t *testing.T) {
	page := encode(t, simplifiedchinese.GB18030, `<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>某某报告</TITLE></HEAD>`+
		`<BODY><TABLE><TR><TD>发布时间：2024年3月28日</TD></TR><TR><TD><FONT size=3>&nbsp;&nbsp;&nbsp;&nbsp;`+prose+`<BR>&nbsp;&nbsp;&nbsp;&nbsp;`+prose+`</FONT></TD></TR></TABLE>`)
	doc, err := Extract(context.Background(), page)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := render(doc), prose+"\n"+prose; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if doc.Meta.Published != "2024-03-28" || doc.Meta.Title != "某某报告" {
		t.Errorf("meta %+v", doc.Meta)
	}
}

// TestDecodeChunks: a GBK page longer than a decoding chunk, its
// characters straddling the chunk boundaries, decodes whole.
func TestDecodeChunks(t *testing.T) {
	text := "x" + strings.Repeat("法治政府建设，", decodeChunk/7)
	out, enc, err := toUTF8(context.Background(), encode(t, simplifiedchinese.GB18030, text))
	if err != nil || enc != "gb18030" {
		t.Fatal(enc, err)
	}
	if string(out) != text {
		t.Errorf("decoded %d bytes, want %d", len(out), len(text))
	}
	bad := bytes.Repeat([]byte{0xFF}, 3*decodeChunk) // every byte invalid: three bytes of U+FFFD each
	if out, _, err = decodeWith(context.Background(), bad, simplifiedchinese.GB18030, "gb18030"); err != nil || len(out) != 3*len(bad) {
		t.Errorf("invalid bytes: %d bytes, %v", len(out), err)
	}
}
