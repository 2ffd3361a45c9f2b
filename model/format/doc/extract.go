package doc

import (
	"context"
	"errors"
	"fmt"

	"baogao/model/format"
)

// Refusals: OLE files that are not Word 97–2003 text baogao can read.
var (
	ErrWorks     = errors.New("Microsoft Works document, not supported (save it as .docx)")
	ErrEncrypted = errors.New("encrypted document (remove the password first)")
	ErrOldWord   = errors.New("Word 6.0/95 document, not supported (save it as .docx)")
	ErrNotWord   = errors.New("not a Word document")
)

const maxSummary = 1 << 20 // property set streams are a few kilobytes

// recoverPanics is off in the fuzz test, so that a panic shows its stack.
var recoverPanics = true

func corrupt(msg string, args ...any) error {
	return fmt.Errorf("%w: %s", format.ErrCorrupt, fmt.Sprintf(msg, args...))
}

// Extract reads a Word 97–2003 document (.doc, or a WPS Office .wps, which
// is the same format) from the bytes of an OLE compound file. It never
// panics: a panic in the OLE library or here comes back as ErrCorrupt.
func Extract(ctx context.Context, b []byte) (doc *format.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			if !recoverPanics {
				panic(r)
			}
			doc, err = nil, corrupt("%v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := openOLE(b)
	if err != nil {
		return nil, err
	}
	if err := refuse(c); err != nil {
		return nil, err
	}
	wd, err := c.read("WordDocument")
	if err != nil {
		return nil, err
	}
	f, err := parseFIB(wd)
	switch {
	case err != nil:
		return nil, err
	case f.nFib < nFibMinRead:
		return nil, ErrOldWord
	case f.encrypted:
		return nil, ErrEncrypted
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	paras, err := readText(ctx, c, wd, f)
	if err != nil {
		return nil, err
	}
	doc = &format.Document{Format: format.DOC, Paras: paras}
	addSummary(c, doc)
	return doc, nil
}

// refuse tells what an OLE file without a readable Word document is.
func refuse(c *container) error {
	switch {
	case c.has("EncryptionInfo") || c.has("EncryptedPackage"):
		return ErrEncrypted // an encrypted .docx (or .xlsx) wrapped in OLE
	case c.has("WordDocument"):
		return nil
	case c.has("CONTENTS") || c.has("MatOST") || c.has("SPELLING"):
		return ErrWorks
	case c.has("Workbook") || c.has("Book"):
		return fmt.Errorf("Excel workbook (.xls): %w", ErrNotWord)
	case c.has("PowerPoint Document"):
		return fmt.Errorf("PowerPoint presentation (.ppt): %w", ErrNotWord)
	case c.has("VisioDocument"):
		return fmt.Errorf("Visio drawing: %w", ErrNotWord)
	}
	return fmt.Errorf("OLE file without a WordDocument stream: %w", ErrNotWord)
}

// readText reads the main document through the piece table, with the
// paragraph properties that tell tables and numbering.
func readText(ctx context.Context, c *container, wd []byte, f *fib) ([]format.Para, error) {
	table, err := c.read(f.table)
	if err != nil {
		return nil, err
	}
	clx := f.slice(table, iClx)
	if clx == nil {
		return nil, corrupt("no piece table")
	}
	pieces, err := parsePieces(clx, f.ccpText, len(wd))
	if err != nil {
		return nil, err
	}
	t := &textReader{
		ctx:    ctx,
		wd:     wd,
		papx:   parsePapx(f.slice(table, iPlcfBtePapx), wd),
		hidden: hiddenCursor{runs: parseChpx(f.slice(table, iPlcfBteChpx), wd)},
		styles: parseStyles(f.slice(table, iStshf)),
		lists:  parseLists(table, f),
	}
	if err := t.read(pieces); err != nil {
		return nil, err
	}
	return t.paras, nil
}

// addSummary fills the metadata from SummaryInformation and tells a WPS
// Office document from a Word one.
func addSummary(c *container, doc *format.Document) {
	var s summary
	if b := c.readSmall("SummaryInformation"); b != nil {
		s = parseSummary(b)
	}
	doc.Meta.Title, doc.Meta.Author = s.title, s.author
	if fromKingsoft(s, c.readSmall("DocumentSummaryInformation")) {
		doc.Format = format.WPS
	}
}

// readSmall reads an optional small stream; nil if absent, too large or
// unreadable.
func (c *container) readSmall(name string) []byte {
	f := c.streams[name]
	if f == nil || f.Size > maxSummary {
		return nil
	}
	b, err := c.read(name)
	if err != nil {
		return nil
	}
	return b
}
