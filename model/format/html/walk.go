package html

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"baogao/model/format"
)

// maxDepth bounds the stack of open elements. Portal templates nest 20 to
// 40 deep; past the cap, elements still break paragraphs but are not
// tracked (a page of a million unclosed <font> tags must not cost a
// million-deep stack, nor end-tag searches that long: a search costs at
// most maxDepth steps, a few nanoseconds each).
const maxDepth = 128

// ctxEvery is how many tokens the walk reads between looks at the context.
const ctxEvery = 1024

// maxTitleBytes bounds the <title> and meta values kept.
const maxTitleBytes = 2048

// maxMetaTags bounds how many <meta> tags are kept.
const maxMetaTags = 64

// errTooManyParas is returned for pages past maxParas paragraphs.
var errTooManyParas = errors.New("page has too many paragraphs")

// elem is an open element on the walk's stack.
type elem struct {
	tag                        atom.Atom
	kind                       kind
	roles                      roles
	hidden, link, chrome, skip bool
	node                       int32 // index in walker.nodes, or -1
}

// node is an element that may be the article's container: the range of
// paragraphs it holds and what its class and id suggest.
type node struct {
	first, last int32 // paragraphs [first, last)
	hint        int8  // +1 content name, -1 chrome name
	tag         atom.Atom
}

// tableState is how the rows of one open table are being written.
type tableState struct {
	rowOpen bool
	inCell  bool
	layout  bool // a cell of this row holds blocks: its cells are not joined
}

// metaTag is a <meta name=… content=…> of the page.
type metaTag struct{ name, content string }

// walker turns the tokens of a page into paragraphs, with the nodes that
// may contain the article. It builds no tree: an explicit stack of open
// elements, closed the way the HTML standard closes them where it matters
// for text (a <p> by a block, a <td> by the next cell, an end tag within
// its table), and a flat list of paragraphs.
type walker struct {
	builder
	z         *html.Tokenizer
	stack     []elem
	roleCount [numMatchRoles]int32 // open elements by role
	openTags  [openTagSlots]int32  // open elements by tagSlot of their tag
	hidden    int
	link      int
	chrome    int
	skip      int
	pre       int
	level     int8 // heading level of the innermost open h1–h6
	tables    []tableState
	nodes     []node
	title     []byte
	inTitle   bool
	metas     []metaTag
	scratch   []byte
	name      []byte // the current tag's name, lower-cased
}

// walk reads the page (UTF-8) to its end.
func (w *walker) walk(ctx context.Context, page []byte) error {
	w.text = make([]byte, 0, min(len(page), 1<<20)+64) // text is never more than the page; past 1 MB, append grows it
	w.paras = make([]para, 0, len(page)/256+16)
	w.nodes = make([]node, 0, len(page)/256+16)
	w.z = html.NewTokenizer(bytes.NewReader(page))
	w.z.SetMaxBuf(maxText)                          // one token (a text, a comment) past it is past the cap anyway
	w.nodes = append(w.nodes, node{tag: atom.Html}) // the page itself
	for n := 0; ; n++ {
		if n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		switch w.z.Next() {
		case html.ErrorToken:
			return w.finish()
		case html.TextToken:
			w.textToken()
		case html.StartTagToken, html.SelfClosingTagToken:
			w.startTag()
		case html.EndTagToken:
			w.endTag()
		}
		if w.full {
			if len(w.paras) > maxParas {
				return errTooManyParas
			}
			return format.ErrTooMuchText
		}
	}
}

// finish closes what is still open at the end of the page.
func (w *walker) finish() error {
	switch err := w.z.Err(); {
	case errors.Is(err, html.ErrBufferExceeded):
		return format.ErrTooMuchText
	case !errors.Is(err, io.EOF):
		return fmt.Errorf("%w: %v", format.ErrCorrupt, err)
	}
	w.popTo(0)
	w.breakPara()
	w.nodes[0].last = int32(len(w.paras))
	return nil
}

func (w *walker) textToken() {
	switch {
	case w.skip > 0:
	case w.inTitle:
		if len(w.title) < maxTitleBytes {
			w.title = append(w.title, w.z.Text()...)
		}
	case w.hidden == 0:
		w.write(w.z.Text(), w.link > 0, w.level, w.chrome > 0, w.pre > 0)
	}
}

func (w *walker) startTag() {
	var name, rest []byte
	name, rest = rawTagName(w.z.Raw(), w.name[:0])
	w.name = name
	a := atom.Lookup(name)
	k := kindOf(a)
	switch k {
	case kIgnore:
		return
	case kBreak:
		w.lineBreak()
		return
	case kRule:
		w.blockEdge()
		return
	case kVoid:
		if a == atom.Meta {
			w.metaTag()
		}
		return
	}
	w.closeImplied(a, k)
	e := elem{tag: a, kind: k, roles: rolesOf(a, k), node: -1, skip: k == kSkip, chrome: chromeTag(a)}
	w.push(e, w.attrs(&e, rest))
}

// push starts element e: its effect on the text flow, then the stack.
func (w *walker) push(e elem, hint int8) {
	switch e.kind {
	case kBlock, kHeading, kPre, kSection:
		w.blockEdge()
	case kTable:
		w.blockEdge()
		w.tables = append(w.tables, tableState{})
	case kRow:
		w.rowStart()
	case kCell:
		w.cellStart()
	}
	if len(w.stack) >= maxDepth && !rawText(e.tag) {
		return // a raw text element (a script) is pushed still, else its text would show; its end tag comes next
	}
	if records(e.kind, e.tag) {
		e.node = int32(len(w.nodes))
		w.nodes = append(w.nodes, node{first: int32(len(w.paras)), hint: hint, tag: e.tag})
	}
	w.stack = append(w.stack, e)
	w.count(e, 1)
	switch e.kind {
	case kHeading:
		w.level = headingLevel(e.tag)
	case kTitle:
		w.inTitle = len(w.title) == 0
	}
}

// rawText reports whether the tokenizer reads the content of a as one
// text up to its end tag.
func rawText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp, atom.Iframe,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext:
		return true
	}
	return false
}

// records says whether an element gets a node record: anything that may
// hold the article, not the inline markup inside its paragraphs.
func records(k kind, a atom.Atom) bool {
	switch k {
	case kBlock, kPre, kTable, kCell, kSection:
		return true
	case kInline:
		return a == atom.Span || a == atom.Font
	}
	return false
}

// count adds d to the counters of e's properties.
func (w *walker) count(e elem, d int) {
	if e.hidden {
		w.hidden += d
	}
	if e.link {
		w.link += d
	}
	if e.chrome {
		w.chrome += d
	}
	if e.skip {
		w.skip += d
	}
	if e.kind == kPre {
		w.pre += d
	}
	for i := range numMatchRoles {
		if e.roles&(1<<i) != 0 {
			w.roleCount[i] += int32(d)
		}
	}
	w.openTags[tagSlot(e.tag)] += int32(d)
}

// openTagSlots is the size of walker.openTags, a power of two.
const openTagSlots = 256

// tagSlot is where tag a is counted in walker.openTags. Tags may share a
// slot: the count only spares end tags a search of the stack (find), so a
// shared slot costs a search, never a different answer; an array in place
// of a map spares a hash and an assignment at every tag.
func tagSlot(a atom.Atom) uint32 {
	return uint32(a) * 0x9E3779B1 >> 24
}

// attrs reads the attributes that matter: hidden elements, links, and the
// class and id names that hint at content or chrome.
func (w *walker) attrs(e *elem, rest []byte) (hint int8) {
	for {
		key, val, after, ok := nextRawAttr(rest)
		if !ok {
			break
		}
		rest = after
		switch {
		case bytes.EqualFold(key, []byte("class")), bytes.EqualFold(key, []byte("id")):
			var h int8
			h, w.scratch = nameHint(val, w.scratch)
			if h < 0 {
				e.chrome = true
			}
			if h > hint || h < 0 {
				hint = h
			}
		case bytes.EqualFold(key, []byte("style")):
			var hidden bool
			hidden, w.scratch = hiddenStyle(val, w.scratch)
			e.hidden = e.hidden || hidden
		case bytes.EqualFold(key, []byte("hidden")):
			e.hidden = true
		case bytes.EqualFold(key, []byte("href")):
			e.link = e.link || e.tag == atom.A
		}
	}
	if e.chrome {
		hint = -1 // chrome wins over a content name on the same element
	}
	return hint
}

// metaTag keeps the name (or property) and content of a <meta> tag.
func (w *walker) metaTag() {
	var name, content []byte
	for {
		key, val, more := w.z.TagAttr()
		switch string(key) {
		case "name", "property", "itemprop":
			name = append(name[:0], val...)
		case "content":
			content = append(content[:0], val[:min(len(val), maxTitleBytes)]...)
		}
		if !more {
			break
		}
	}
	if len(name) > 0 && len(content) > 0 && len(w.metas) < maxMetaTags {
		lower(name)
		w.metas = append(w.metas, metaTag{string(name), string(content)})
	}
}
