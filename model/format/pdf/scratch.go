package pdf

import (
	"io"
	"sync"
)

// scratch holds the buffers a page is read with: its decoded content, the
// lexer's operands and the glyphs at each step of layout. They are reused
// for the next page and, through a pool, for the next file.
type scratch struct {
	content []byte
	lex     lexer
	cmapLex lexer
	zr      io.ReadCloser // the zlib reader, with its 32 KB window
	raw     []rawGlyph
	fg      []fglyph
	texts   []string
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the most glyphs whose buffers go back to the pool: a
// hostile page's buffers are left to the collector.
const maxPooled = 1 << 16

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(sc *scratch) {
	if cap(sc.raw) > maxPooled || cap(sc.fg) > maxPooled || cap(sc.content) > maxStream/4 {
		return
	}
	clear(sc.texts[:cap(sc.texts)]) // let the fonts' strings go
	sc.texts = sc.texts[:0]
	sc.lex, sc.cmapLex = reset(sc.lex), reset(sc.cmapLex)
	scratchPool.Put(sc)
}

// reset empties a lexer, keeping its buffers (operands hold no pointers)
// but not the data it read.
func reset(lx lexer) lexer {
	return lexer{args: lx.args[:0], elems: lx.elems[:0], scratch: lx.scratch[:0]}
}
