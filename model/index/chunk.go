package index

import (
	"io"
	"sort"
)

// chunk gathers the postings of a run of documents in memory, until it is
// big enough to be written as a segment: building in chunks bounds the
// memory a build takes whatever the size of the folder.
type chunk struct {
	idx     keyTable
	lists   []chunkList
	touched []int32 // lists the current document added to
	size    int     // bytes of encoded lists, roughly
	scratch []byte
}

type chunkList struct {
	k     key
	index int // in chunk.lists
	buf   []byte
	tmp   []uint32 // the current document's positions
	prev  int64    // last document in buf; -1 when none
	ndocs uint32
}

func newChunk() *chunk { return &chunk{} }

// keyTable finds a key's list in a chunk: one lookup per rune of the text
// makes it the hot path of a build, so the common keys (BMP runes, pairs
// of a paired rune and a BMP rune) are in arrays, the rest in a map.
// Entries are 1 + the list's index; 0 is none.
type keyTable struct {
	single [0x10000]int32
	pairs  [256]*[256]*[256]int32 // paired rune's slot, second rune's high byte, low byte
	other  map[key]int32
}

// listOf returns k's list, made when new; pairSlot is the first rune's
// slot among the paired runes (0: unpaired).
func (c *chunk) listOf(k key, pairSlot uint8) *chunkList {
	t := &c.idx
	a, b := rune(k>>32), rune(uint32(k))
	var e *int32
	switch {
	case pairSlot == 0 && a <= 0xFFFF:
		e = &t.single[a]
	case pairSlot > 0 && b >= 0 && b <= 0xFFFF:
		hi := t.pairs[pairSlot]
		if hi == nil {
			hi = new([256]*[256]int32)
			t.pairs[pairSlot] = hi
		}
		lo := hi[b>>8]
		if lo == nil {
			lo = new([256]int32)
			hi[b>>8] = lo
		}
		e = &lo[b&0xFF]
	default:
		if t.other == nil {
			t.other = map[key]int32{}
		}
		v := t.other[k]
		if v == 0 {
			c.lists = append(c.lists, chunkList{k: k, index: len(c.lists), prev: -1})
			v = int32(len(c.lists))
			t.other[k] = v
		}
		return &c.lists[v-1]
	}
	if *e == 0 {
		c.lists = append(c.lists, chunkList{k: k, index: len(c.lists), prev: -1})
		*e = int32(len(c.lists))
	}
	return &c.lists[*e-1]
}

// addDoc indexes one document's folded text. Documents come in increasing
// order.
func (c *chunk) addDoc(doc uint32, text string, f *frequent) {
	f.eachKey(text, func(k key, pos uint32) {
		var ps uint8
		if a := k >> 32; a <= 0xFFFF {
			ps = f.slot[a]
		}
		l := c.listOf(k, ps)
		if len(l.tmp) == 0 {
			c.touched = append(c.touched, int32(l.index))
		}
		l.tmp = append(l.tmp, pos)
	})
	for _, i := range c.touched {
		l := &c.lists[i]
		n := len(l.buf)
		l.buf, c.scratch = appendDoc(l.buf, doc, l.prev, l.tmp, c.scratch)
		c.size += len(l.buf) - n
		l.prev, l.ndocs, l.tmp = int64(doc), l.ndocs+1, l.tmp[:0]
	}
	c.touched = c.touched[:0]
}

func (c *chunk) empty() bool { return len(c.lists) == 0 }

// writeTo writes the chunk as a segment.
func (c *chunk) writeTo(w io.Writer) error {
	order := make([]int32, len(c.lists))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool { return c.lists[order[a]].k < c.lists[order[b]].k })
	sw := newSegWriter(w)
	for _, i := range order {
		l := &c.lists[i]
		sw.add(l.k, l.buf, l.ndocs, uint32(l.prev))
	}
	return sw.finish()
}
