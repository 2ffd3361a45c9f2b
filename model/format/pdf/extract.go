package pdf

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"baogao/model/format"
)

// ErrScanned is returned for a PDF whose pages are images without a text
// layer.
var ErrScanned = errors.New("scanned PDF, no text layer (run OCR first)")

// ErrUnmapped is returned when most of a PDF's text is in fonts that do not
// say which characters their codes stand for.
var ErrUnmapped = errors.New("PDF text cannot be read: its fonts do not map their codes to characters")

// Extract reads the text of a PDF as paragraphs in reading order, with the
// running heads, feet and page numbers taken out, and the title, author and
// creation date of its document information.
//
// It stops at ctx's deadline (between pages and every few thousand
// operators). It never panics: a panic from a malformed file is returned as
// an error wrapping format.ErrCorrupt.
func Extract(ctx context.Context, b []byte) (doc *format.Document, err error) {
	if catchPanics {
		defer recoverCorrupt(&doc, &err)
	}
	sc := getScratch()
	f, err := open(ctx, b, sc)
	if err != nil {
		putScratch(sc)
		return nil, err
	}
	defer func() { sc.zr = f.zr; putScratch(sc) }()
	pages, err := f.pages()
	if err != nil {
		return nil, wrapErr(err)
	}
	laid, st, err := readPages(f, pages)
	if err != nil {
		return nil, err
	}
	switch {
	case st.glyphs == 0 || st.glyphs < 10*len(pages) && st.images >= len(pages):
		return nil, ErrScanned
	case st.unmapped*10 > st.glyphs*3:
		return nil, ErrUnmapped
	}
	removeFurniture(laid)
	paras := paragraphs(laid)
	if len(paras) == 0 { // glyphs, but none on the page or upright
		return nil, ErrScanned
	}
	return &format.Document{Format: format.PDF, Paras: paras, Meta: f.meta()}, nil
}

// maxText is format.MaxText, smaller in a test.
var maxText = format.MaxText

// catchPanics is switched off by the fuzz test, which must see panics.
var catchPanics = true

// recoverCorrupt turns a panic into an error for this file alone.
func recoverCorrupt(doc **format.Document, err *error) {
	if r := recover(); r != nil {
		*doc, *err = nil, fmt.Errorf("%w: PDF reader failed: %v", format.ErrCorrupt, r)
	}
}

// stats counts what the pages showed.
type stats struct {
	glyphs, unmapped, images, text int
}

// readPages lays out every page, checking the deadline and the text limit
// between pages.
func readPages(f *file, pages []page) ([]pageLines, stats, error) {
	var st stats
	laid := make([]pageLines, 0, len(pages))
	for i, p := range pages {
		if err := f.ctx.Err(); err != nil {
			return nil, st, fmt.Errorf("stopped at page %d of %d: %w", i+1, len(pages), err)
		}
		pl, err := readPage(f, p, &st)
		if err != nil {
			if f.ctx.Err() != nil {
				return nil, st, fmt.Errorf("stopped at page %d of %d: %w", i+1, len(pages), err)
			}
			return nil, st, wrapErr(fmt.Errorf("page %d: %w", i+1, err))
		}
		for _, l := range pl.lines {
			st.text += len(l.text) + 1
		}
		if st.text > maxText {
			return nil, st, format.ErrTooMuchText
		}
		laid = append(laid, pl)
	}
	return laid, st, nil
}

// readPage runs a page's content streams, joined, and lays the page out.
func readPage(f *file, p page, st *stats) (pageLines, error) {
	sc := f.scratch
	if sc == nil {
		sc = new(scratch)
		f.scratch = sc
	}
	sc.content = sc.content[:0]
	for _, cs := range f.contents(p) {
		var err error
		n := len(sc.content)
		if sc.content, err = f.decodeAppend(sc.content, cs); err != nil {
			if errors.Is(err, errTooBig) {
				return pageLines{}, err
			}
			sc.content = sc.content[:n] // an unreadable stream: the rest of the page may still be read
		}
		sc.content = append(sc.content, '\n')
	}
	in := newInterp(f)
	in.glyphs, in.tables.texts = sc.raw[:0], sc.texts[:0]
	err := in.run(sc.content, p.resources, nil)
	sc.raw, sc.texts = in.glyphs, in.tables.texts
	if err != nil {
		return pageLines{}, err
	}
	for _, g := range in.glyphs {
		if g.unmapped {
			st.unmapped++
		}
	}
	st.glyphs += len(in.glyphs)
	st.images += in.images
	return layout(in.glyphs, &in.tables, p, sc), nil
}

func wrapErr(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, format.ErrCorrupt) {
		return err
	}
	return fmt.Errorf("%w: %v", format.ErrCorrupt, err)
}

// meta reads the document information dictionary.
func (f *file) meta() format.Meta {
	info := f.dictOf(f.trailer["Info"])
	str := func(k name) string {
		s, _ := f.resolve(info[k]).(string)
		return strings.TrimSpace(textString(s))
	}
	return format.Meta{Title: cleanTitle(str("Title")), Author: str("Author"), Published: pdfDate(str("CreationDate"))}
}

// cleanTitle drops what word processors put around a title: "Microsoft
// Word - " and the file's extension.
func cleanTitle(t string) string {
	for _, p := range []string{"Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "} {
		t = strings.TrimPrefix(t, p)
	}
	for _, ext := range []string{".docx", ".doc", ".wps", ".pdf", ".txt", ".rtf"} {
		if strings.HasSuffix(strings.ToLower(t), ext) {
			t = t[:len(t)-len(ext)]
		}
	}
	return strings.TrimSpace(t)
}

// pdfDate turns "D:20240115093000+08'00'" into "2024-01-15"; "" when it is
// not a date.
func pdfDate(s string) string {
	s = strings.TrimPrefix(s, "D:")
	if len(s) < 8 {
		return ""
	}
	for _, c := range s[:8] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	y, m, d := s[:4], s[4:6], s[6:8]
	if y < "1990" || m < "01" || m > "12" || d < "01" || d > "31" {
		return ""
	}
	return y + "-" + m + "-" + d
}
