package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"baogao/model/format"
)

// samplePDF is the sample page in an Identity-H font, the commonest shape.
func samplePDF(t *testing.T, configure func(*testPDF)) []byte {
	t.Helper()
	p := newTestPDF()
	if configure != nil {
		configure(p)
	}
	s := simplified
	res, show := identityFont(p, uniqueRunes(s.title, s.heading, s.lines[0], s.lines[1], s.lines[2], "- 1"), false)
	p.page(s.content(show, "- 1 -"), res)
	return p.bytes()
}

func wantSample(t *testing.T, doc *format.Document, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(paraTexts(doc), "\n"), strings.Join(simplified.paras(), "\n"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEncrypted(t *testing.T) {
	for _, kind := range []string{"rc4", "aesv2", "aesv3"} {
		for _, compressed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s xref stream %v", kind, compressed), func(t *testing.T) {
				b := samplePDF(t, func(p *testPDF) {
					p.crypt = newTestCrypt(kind, "", "owner")
					p.xrefStm = compressed
					p.info["Title"] = "2024年法治政府建设年度报告"
				})
				doc, err := Extract(context.Background(), b)
				wantSample(t, doc, err)
				if doc != nil && doc.Meta.Title != "2024年法治政府建设年度报告" {
					t.Errorf("title %q", doc.Meta.Title)
				}
			})
		}
		t.Run(kind+" with a password", func(t *testing.T) {
			b := samplePDF(t, func(p *testPDF) { p.crypt = newTestCrypt(kind, "secret", "owner") })
			if _, err := Extract(context.Background(), b); !errors.Is(err, ErrEncrypted) {
				t.Errorf("err = %v, want ErrEncrypted", err)
			}
		})
	}
	// An empty owner password opens the file too.
	b := samplePDF(t, func(p *testPDF) { p.crypt = newTestCrypt("rc4", "secret", "") })
	doc, err := Extract(context.Background(), b)
	wantSample(t, doc, err)
}

func TestScanned(t *testing.T) {
	p := newTestPDF()
	img := p.addStream("<</Type/XObject/Subtype/Image/Width 8/Height 8/ColorSpace/DeviceGray/BitsPerComponent 8>>", make([]byte, 64), true)
	for range 3 {
		p.page("q 595 0 0 842 0 0 cm /Im0 Do Q", fmt.Sprintf("<</XObject<</Im0 %d 0 R>>>>", img))
	}
	if _, err := Extract(context.Background(), p.bytes()); !errors.Is(err, ErrScanned) {
		t.Errorf("image pages: err = %v, want ErrScanned", err)
	}
	empty := newTestPDF()
	empty.page("", "<<>>")
	if _, err := Extract(context.Background(), empty.bytes()); !errors.Is(err, ErrScanned) {
		t.Errorf("empty page: err = %v, want ErrScanned", err)
	}
}

func TestMeta(t *testing.T) {
	b := samplePDF(t, func(p *testPDF) {
		p.info["Title"] = "Microsoft Word - 2024年度报告.docx"
		p.info["Author"] = "区司法局"
		p.info["CreationDate"] = "D:20250115093000+08'00'"
	})
	doc, err := Extract(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	want := format.Meta{Title: "2024年度报告", Author: "区司法局", Published: "2025-01-15"}
	if doc.Meta != want || doc.Format != format.PDF {
		t.Errorf("meta = %+v, want %+v", doc.Meta, want)
	}
}

// Broken files: each must give an error or text, never panic or hang.
func TestBroken(t *testing.T) {
	good := samplePDF(t, nil)
	xref := bytes.LastIndex(good, []byte("xref"))
	tests := []struct {
		name string
		b    []byte
		ok   bool // the text is still read
	}{
		{"empty", nil, false},
		{"not a PDF", []byte("hello"), false},
		{"header only", []byte("%PDF-1.7\n"), false},
		{"truncated at 95%", good[:len(good)*95/100], true},
		{"truncated at half", good[:len(good)/2], false},
		{"no xref", good[:xref], true},
		{"xref offsets shifted", shiftOffsets(good), true},
		{"junk before header", append([]byte("GARBAGE\r\n"), good...), true},
		{"PDF 2.0", bytes.Replace(good, []byte("%PDF-1.7"), []byte("%PDF-2.0"), 1), true},
		{"startxref past end", bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.b)
			switch {
			case tt.ok:
				wantSample(t, doc, err)
			case err == nil:
				t.Errorf("no error; text %q", paraTexts(doc))
			}
		})
	}
}

// shiftOffsets makes every xref offset point 7 bytes early.
func shiftOffsets(b []byte) []byte {
	out := append([]byte{}, b...)
	i := bytes.LastIndex(out, []byte("xref\n"))
	lines := bytes.Split(out[i:], []byte("\n"))
	for j, l := range lines {
		if len(l) >= 18 && l[17] == 'n' {
			var off int
			fmt.Sscanf(string(l[:10]), "%d", &off)
			lines[j] = []byte(fmt.Sprintf("%010d 00000 n ", max(0, off-7)))
		}
	}
	return append(out[:i], bytes.Join(lines, []byte("\n"))...)
}

// Hostile structures: loops, self-references, nesting, bombs, huge counts.
func TestHostile(t *testing.T) {
	tests := []struct {
		name string
		make func(p *testPDF)
		want error  // nil: read without error
		msg  string // what the error says
	}{
		{"page tree loop", func(p *testPDF) {
			p.objs[pagesNum-1] = "<</Type/Pages/Kids[2 0 R 3 0 R]/Count 1000000000>>"
			p.page("BT /F1 12 Tf 72 700 Td (loop) Tj ET", "<<>>")
		}, nil, ""},
		{"form draws itself", func(p *testPDF) {
			f := p.addStream("<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</Fm 5 0 R>>>>>>", []byte("BT 72 700 Td (form) Tj ET /Fm Do"), true)
			p.page("/Fm Do", fmt.Sprintf("<</XObject<</Fm %d 0 R>>>>", f))
		}, nil, ""},
		{"length refers to itself", func(p *testPDF) {
			n := p.add("<</Length 3 0 R>>")
			p.data[n] = []byte("BT 72 700 Td (self) Tj ET")
			p.objs[n-1] = "<</Length 3 0 R>>"
			p.add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>", n))
			p.pages = append(p.pages, n+1)
		}, nil, ""},
		{"deep nesting", func(p *testPDF) {
			deep := p.add(strings.Repeat("[", 100000) + strings.Repeat("<</A ", 100000))
			p.page("BT 72 700 Td (deep) Tj ET "+strings.Repeat("[", 100000), fmt.Sprintf("%d 0 R", deep))
			p.info["Title"] = "deep"
			p.objs[catalogNum-1] = fmt.Sprintf("<</Type/Catalog/Pages 2 0 R/Outlines %d 0 R>>", deep)
		}, nil, ""},
		{"decompression bomb", func(p *testPDF) {
			p.addStream("<<>>", bytes.Repeat([]byte("0 0 m "), 8<<20), true) // 48 MB of operators
			n := len(p.objs)
			p.add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>", n))
			p.pages = append(p.pages, n+1)
		}, format.ErrCorrupt, "decompression bomb"},
		{"too many glyphs", func(p *testPDF) {
			f := p.addStream("<</Type/XObject/Subtype/Form/BBox[0 0 595 842]>>", []byte("BT 72 700 Td ("+strings.Repeat("x", 10000)+") Tj ET"), true)
			p.page(strings.Repeat("/Fm Do ", 100), fmt.Sprintf("<</XObject<</Fm %d 0 R>>>>", f))
		}, format.ErrCorrupt, "more than 262144 characters"},
		{"prev loop", func(p *testPDF) {
			p.page("BT 72 700 Td (prev) Tj ET", "<<>>")
		}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPDF()
			tt.make(p)
			b := p.bytes()
			if tt.name == "prev loop" {
				i := bytes.LastIndex(b, []byte("trailer\n<<"))
				x := bytes.LastIndex(b, []byte("xref\n"))
				b = append(b[:i+10:i+10], append([]byte(fmt.Sprintf("/Prev %d", x)), b[i+10:]...)...)
			}
			start := time.Now()
			_, err := Extract(context.Background(), b)
			if tt.want == nil && err != nil && !errors.Is(err, ErrScanned) {
				t.Errorf("err = %v", err)
			}
			if tt.want != nil && (!errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg)) {
				t.Errorf("err = %v, want %v: …%s…", err, tt.want, tt.msg)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// The deadline stops a slow file between pages and inside a page.
func TestDeadline(t *testing.T) {
	p := newTestPDF()
	p.page(strings.Repeat("BT 72 700 Td (slow) Tj ET\n", 400000), "<<>>")
	b := p.bytes()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	time.Sleep(10 * time.Millisecond)
	if _, err := Extract(ctx, b); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("expired deadline: err = %v", err)
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	f, err := open(ctx2, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := f.pages()
	in := newInterp(f)
	data, _ := f.decode(f.contents(pages[0])[0])
	cancel2()
	if err := in.run(data, nil, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled inside a page: err = %v", err)
	}
}

// Text past the limit stops the reading: the limit is lowered here, as
// 64 MB of text would take the test too long to make.
func TestTooMuchText(t *testing.T) {
	defer func(n int) { maxText = n }(maxText)
	maxText = 2000
	p := newTestPDF()
	for range 20 {
		var c strings.Builder
		for y := 700; y > 400; y -= 30 {
			fmt.Fprintf(&c, "BT /F1 12 Tf 72 %d Td (a line of text to fill the page) Tj ET\n", y)
		}
		p.page(c.String(), "<<>>")
	}
	if _, err := Extract(context.Background(), p.bytes()); !errors.Is(err, format.ErrTooMuchText) {
		t.Errorf("err = %v, want ErrTooMuchText", err)
	}
}

func TestTooManyPages(t *testing.T) {
	p := newTestPDF()
	content := p.addStream("<<>>", []byte("BT /F1 12 Tf 72 700 Td (page) Tj ET"), true)
	for range maxPages + 1 {
		p.pages = append(p.pages, p.add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>", content)))
	}
	_, err := Extract(context.Background(), p.bytes())
	if !errors.Is(err, format.ErrCorrupt) || !strings.Contains(err.Error(), "more than 5000 pages") {
		t.Errorf("err = %v", err)
	}
}

// The reader starts no goroutine: a panic in one could not be recovered.
func TestNoGoroutines(t *testing.T) {
	b := samplePDF(t, func(p *testPDF) { p.crypt = newTestCrypt("aesv3", "", "x"); p.xrefStm = true })
	before := runtime.NumGoroutine()
	for range 3 {
		if _, err := Extract(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	if after := runtime.NumGoroutine(); after != before {
		t.Errorf("%d goroutines before, %d after", before, after)
	}
}
