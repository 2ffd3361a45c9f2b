// Documents: web pages, Word, WPS and PDF files, told apart by their
// content, never by their extension (a page saved as .txt is a page, a
// .doc that is really a .docx is read as one).
//
// Each format is one entry of the formats table (pipeline.go): the
// container format.Sniff tells from the first bytes and, made here by
// readDocument, the reader that extracts its paragraphs and metadata.
// What a reader returns is parsed as any text is (the markers
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
)

// extractTimeout caps the time one document may take to read. Reports
// read in milliseconds; a PDF that takes seconds is built to be slow.
var extractTimeout = 10 * time.Second

// errTookTooLong is a document that passed extractTimeout.
var errTookTooLong = errors.New("took too long to read")

// readDocument makes the text function of a formats entry (pipeline.go)
// from a document reader: the document's paragraphs, one per line, as
// Text, with its format and what it says about itself.
func readDocument(extract func(context.Context, []byte) (*format.Document, error)) func([]byte, bool) (Text, error) {
	return func(b []byte, _ bool) (t Text, err error) {
		ctx, cancel := context.WithTimeout(context.Background(), extractTimeout)
		defer cancel()
		defer func() { // the readers recover their own; this is the last line of defence
			if p := recover(); p != nil {
				t, err = Text{}, fmt.Errorf("%w: %v", format.ErrCorrupt, p)
			}
		}()
		d, err := extract(ctx, b)
		if errors.Is(err, context.DeadlineExceeded) || err == nil && ctx.Err() != nil {
			return Text{}, fmt.Errorf("%w (over %v)", errTookTooLong, extractTimeout)
		}
		if err != nil {
			return Text{}, err
		}
		t = Text{Text: d.Text(), Encoding: "utf-8", Format: d.Format, Meta: d.Meta}
		if decodedIsBlank(t.Text) {
			return Text{}, ErrEmpty
		}
		return t, nil
	}
}

// sanitizeMeta cleans what a document says about itself as its text is
// cleaned: a title property can hold escape sequences too.
func sanitizeMeta(m format.Meta) format.Meta {
	for _, f := range []*string{&m.Title, &m.Published, &m.Source, &m.Issuer, &m.Index, &m.Written, &m.Author} {
		*f = PrintableName(*f)
	}
	return m
}
