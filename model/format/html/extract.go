package html

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"baogao/model/format"
)

// ErrNoText is returned for a page with no text outside scripts, styles
// and hidden elements.
var ErrNoText = errors.New("no text found in page")

// Extract reads an HTML page: its article as paragraphs (table rows joined
// by format.CellSep, h1–h6 as outline levels) and what the page says about
// it (format.Meta). It never panics; it stops when ctx is done.
func Extract(ctx context.Context, b []byte) (doc *format.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: %v", format.ErrCorrupt, r)
		}
	}()
	page, _, err := toUTF8(ctx, b)
	if err != nil {
		return nil, err
	}
	var w walker
	if err := w.walk(ctx, page); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(w.paras) == 0 {
		return nil, ErrNoText
	}
	doc = w.document()
	if len(doc.Paras) == 0 { // nothing but navigation, links and widgets
		return nil, ErrNoText
	}
	return doc, nil
}

// document assembles what the walk found: the title, the container's
// paragraphs, and the metadata from the head and from the lines around
// the article.
func (w *walker) document() *format.Document {
	sel := w.choose()
	var meta metaFields
	meta.fromTags(w.metas)
	want := meta.m.Title
	if want == "" {
		want = cleanText(string(w.title))
	}
	title := w.findTitle(sel, want)
	doc := &format.Document{Format: format.HTML}
	used := map[int]bool{}
	if len(title) > 0 {
		text := w.joined(title)
		doc.Paras = append(doc.Paras, format.Para{Text: text, Level: int(w.paras[title[0]].level)})
		meta.set(fTitle, text)
		for _, i := range title {
			used[i] = true
		}
	}
	for _, i := range sel.keep {
		if !used[i] {
			p := w.paras[i]
			doc.Paras = append(doc.Paras, format.Para{Text: w.textOf(p), Level: int(p.level)})
		}
	}
	if n := textSize(doc.Paras); n < len(w.text)/2 {
		ownText(doc.Paras, n) // do not keep the whole page's text alive for a small part of it
	}
	w.metaFromLines(&meta, sel, used)
	if want != "" {
		meta.set(fTitle, pageTitle(want))
	}
	doc.Meta = meta.result()
	return doc
}

// metaLookAround is how many paragraphs before and after the article are
// read for metadata: the metadata line and table stand next to it, the
// navigation and the footer further out.
const metaLookAround = 60

// metaFromLines reads labels from the paragraphs around the article:
// the paragraphs before its first kept paragraph and after its last, in
// page order. The article's own lines are not read: a report may quote 来源：.
func (w *walker) metaFromLines(meta *metaFields, sel selection, used map[int]bool) {
	lo, hi := sel.first, sel.first
	if len(sel.keep) > 0 {
		lo, hi = sel.keep[0], sel.keep[len(sel.keep)-1]+1
	}
	for i := max(0, lo-metaLookAround); i < min(len(w.paras), hi+metaLookAround); i++ {
		if i >= lo && i < hi || used[i] {
			continue
		}
		meta.fromLine(w.textOf(w.paras[i]))
	}
}

func textSize(paras []format.Para) int {
	n := 0
	for _, p := range paras {
		n += len(p.Text)
	}
	return n
}

// ownText gives the paragraphs (n bytes) one string of their own to
// share, so that the document does not keep the text of the whole page
// alive.
func ownText(paras []format.Para, n int) {
	var b strings.Builder
	b.Grow(n)
	for _, p := range paras {
		b.WriteString(p.Text)
	}
	all, off := b.String(), 0
	for i := range paras {
		n := len(paras[i].Text)
		paras[i].Text = all[off : off+n]
		off += n
	}
}
