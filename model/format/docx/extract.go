package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"baogao/model/format"
)

// Extract reads the text of a Word .docx (also .docm, .dotx and WPS's
// .docx): its body paragraphs in reading order with the levels that
// heading styles declare and the numbers that automatic lists show, and
// the title, author and creation date of its core properties.
//
// A zip that is not a Word document is an ErrNotWord error saying what it
// is; a damaged one wraps format.ErrCorrupt; text past format.MaxText is
// format.ErrTooMuchText; a cancelled ctx returns its error.
func Extract(ctx context.Context, b []byte) (doc *format.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: the .docx reader failed (%v)", format.ErrCorrupt, r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Sniff knows a zip by its first local header; an empty zip, or one
	// with a spanning marker, starts with another "PK" record.
	if c := format.Sniff(b); c != format.Zip && !bytes.HasPrefix(b, []byte("PK")) {
		return nil, notZip(b, c)
	}
	p, err := openPackage(b)
	if err != nil {
		return nil, err
	}
	ps, err := p.findParts(ctx)
	if err != nil {
		return nil, classify(ctx, err)
	}
	w := &walker{st: newStyles(), num: newNumbering()}
	// Broken styles or numbering lose levels and numbers, not the text.
	_ = p.scanPart(ctx, ps.styles, maxSmallPart, func(sc *scanner) error {
		st, err := parseStyles(sc)
		w.st = st
		return err
	})
	_ = p.scanPart(ctx, ps.numbering, maxSmallPart, func(sc *scanner) error {
		num, err := parseNumbering(sc)
		w.num = num
		return err
	})
	meta := p.readCore(ctx, ps.core)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	err = p.scanPart(ctx, ps.document, maxDocumentPart, func(sc *scanner) error {
		w.sc = sc
		return w.walk()
	})
	if errors.Is(err, errNoBody) {
		if what := knownKind(p); what != "" {
			return nil, fmt.Errorf("%w (%s)", ErrNotWord, what)
		}
	}
	if err != nil {
		return nil, classify(ctx, err)
	}
	if len(w.out) > 0 && w.out[len(w.out)-1].Text == "" {
		w.out = w.out[:len(w.out)-1]
	}
	if len(w.out) == 0 && w.altChunks > 0 {
		return nil, fmt.Errorf("%w: its text is in an embedded file (w:altChunk), which is not read", format.ErrCorrupt)
	}
	return &format.Document{Format: format.DOCX, Paras: w.out, Meta: meta}, nil
}

// classify wraps an error in format.ErrCorrupt unless it already says
// what happened (cancelled, too much text, not a Word document).
func classify(ctx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, format.ErrTooMuchText):
		return format.ErrTooMuchText
	case errors.Is(err, format.ErrCorrupt), errors.Is(err, ErrNotWord):
		return err
	}
	return fmt.Errorf("%w: %v", format.ErrCorrupt, err)
}

// notZip says what input that is not a zip is.
func notZip(b []byte, c format.Container) error {
	what := "not a zip archive"
	switch {
	case c == format.OLE:
		what = "an OLE compound file, not a zip: a Word 97–2003 .doc, a .wps, or a password-protected .docx"
	case c == format.PDFDoc:
		what = "a PDF, not a zip"
	case c == format.Markup:
		what = "a web page, not a zip"
	case len(b) == 0:
		what = "an empty file"
	}
	return fmt.Errorf("%w: %s", format.ErrCorrupt, what)
}
