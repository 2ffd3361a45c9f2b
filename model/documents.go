// Documents: web pages, Word, WPS and PDF files, told apart by their
// content, never by their extension (a page saved as .txt is a page, a
// .doc that is really a .docx is read as one).
//
// Each format is one entry of readers: the container format.Sniff tells
// from the first bytes and the reader that extracts its paragraphs and
// metadata. What a reader returns is parsed as any text is (the markers
// Word numbering displays are in the text), and what the document says
// about itself (its title, publication date, source, issuer) fills the
// report's metadata before the text's own lines do.
//
// Bounds: every reader caps the text it extracts (format.MaxText) and a
// zip entry's expansion (format.MaxZipRatio); a document gets at most
// extractTimeout of reading, after which it fails with "took too long";
// a reader's panic fails that file alone.
package model

import (
	"context"
	"errors"
	"fmt"
	"time"

	"baogao/model/format"
	"baogao/model/format/doc"
	"baogao/model/format/docx"
	"baogao/model/format/html"
	"baogao/model/format/pdf"
)

// documentReader reads one container of document.
type documentReader struct {
	container format.Container
	extract   func(ctx context.Context, b []byte) (*format.Document, error)
}

// readers are the document formats, by the container Sniff tells.
var readers = []documentReader{
	{format.Markup, html.Extract},
	{format.Zip, docx.Extract},
	{format.OLE, doc.Extract},
	{format.PDFDoc, pdf.Extract},
}

// extractTimeout caps the time one document may take to read. Reports
// read in milliseconds; a PDF that takes seconds is built to be slow.
var extractTimeout = 10 * time.Second

// errTookTooLong is a document that passed extractTimeout.
var errTookTooLong = errors.New("took too long to read")

// readDocument reads b as the document its content says it is. It returns
// nil and no error for plain text, which the caller decodes itself.
func readDocument(b []byte) (d *format.Document, err error) {
	c := format.Sniff(b)
	for _, rd := range readers {
		if rd.container != c {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), extractTimeout)
		defer cancel()
		defer func() {
			if p := recover(); p != nil {
				d, err = nil, fmt.Errorf("%w: %v", format.ErrCorrupt, p)
			}
		}()
		d, err = rd.extract(ctx, b)
		if errors.Is(err, context.DeadlineExceeded) || err == nil && ctx.Err() != nil {
			return nil, fmt.Errorf("%w (over %v)", errTookTooLong, extractTimeout)
		}
		return d, err
	}
	return nil, nil
}

// loadDocument is loadBytes for a web page, Word, WPS or PDF file: ok is
// false when b is plain text.
func loadDocument(id, source string, b []byte) (r *Report, ok bool, err error) {
	d, err := readDocument(b)
	if err != nil {
		return nil, true, err
	}
	if d == nil {
		return nil, false, nil
	}
	text := Sanitize(d.Text())
	if decodedIsBlank(text) {
		return nil, true, ErrEmpty
	}
	r = parseWithMeta(id, text, sanitizeMeta(d.Meta))
	r.Source, r.Encoding, r.Format = PrintableName(source), "", string(d.Format)
	return r, true, nil
}

// sanitizeMeta cleans what a document says about itself as its text is
// cleaned: a title property can hold escape sequences too.
func sanitizeMeta(m format.Meta) format.Meta {
	for _, f := range []*string{&m.Title, &m.Published, &m.Source, &m.Issuer, &m.Index, &m.Written, &m.Author} {
		*f = PrintableName(*f)
	}
	return m
}

// documentBytes is b when it is plain text, else the text of the document
// it is, as UTF-8: what a search through files reads.
func documentBytes(b []byte) ([]byte, error) {
	if format.Sniff(b) == format.Plain {
		return b, nil
	}
	d, err := readDocument(b)
	if err != nil || d == nil {
		return b, err
	}
	text := d.Text()
	if text == "" {
		return nil, ErrEmpty
	}
	return []byte(text), nil
}
