package index

import (
	"io"
	"sort"
)

// chunk gathers the postings of a run of documents in memory, until it is
// big enough to be written as a segment: building in chunks bounds the
// memory a build takes whatever the size of the folder.
type chunk struct {
	idx     map[key]int32
	lists   []chunkList
	touched []int32 // lists the current document added to
	size    int     // bytes of encoded lists, roughly
	scratch []byte
}

type chunkList struct {
	k     key
	buf   []byte
	tmp   []uint32 // the current document's positions
	prev  int64    // last document in buf; -1 when none
	ndocs uint32
}

func newChunk() *chunk { return &chunk{idx: make(map[key]int32, 1<<16)} }

// addDoc indexes one document's folded text. Documents come in increasing
// order.
func (c *chunk) addDoc(doc uint32, text string, f *frequent) {
	f.eachKey(text, func(k key, pos uint32) {
		i, ok := c.idx[k]
		if !ok {
			i = int32(len(c.lists))
			c.idx[k] = i
			c.lists = append(c.lists, chunkList{k: k, prev: -1})
		}
		l := &c.lists[i]
		if len(l.tmp) == 0 {
			c.touched = append(c.touched, i)
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
