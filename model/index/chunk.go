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
	size    int // bytes of encoded lists, roughly
	scratch []byte

	// One document's keys, sorted into lists by a counting sort: seq is
	// the list of every rune, count the
	// document's positions per list (then where they go in pos), touched
	// the lists the document has, in order of first use.
	seq     []int32
	count   []int32
	touched []int32
	pos     []uint32
}

type chunkList struct {
	k     key
	buf   []byte
	prev  int64 // last document in buf; -1 when none
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
func (c *chunk) listOf(k key, pairSlot uint8) int32 {
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
			c.newList(k)
			v = int32(len(c.lists))
			t.other[k] = v
		}
		return v - 1
	}
	if *e == 0 {
		c.newList(k)
		*e = int32(len(c.lists))
	}
	return *e - 1
}

func (c *chunk) newList(k key) {
	c.lists = append(c.lists, chunkList{k: k, prev: -1})
	c.count = append(c.count, 0)
}

// addDoc indexes one document's folded text. Documents come in increasing
// order.
func (c *chunk) addDoc(doc uint32, text string, f *frequent) {
	c.seq = c.seq[:0]
	prev, has := rune(0), false
	emit := func(r rune) { // the key at prev, r following it
		if prev == '\n' {
			c.seq = append(c.seq, c.listOf(sepKey, 0))
			return
		}
		var ps uint8
		if prev >= 0 && prev <= 0xFFFF {
			ps = f.slot[prev]
		}
		k := runeKey(prev)
		if ps > 0 {
			k = pairKey(prev, r)
		}
		c.seq = append(c.seq, c.listOf(k, ps))
	}
	for _, r := range text {
		if has {
			emit(r)
		}
		prev, has = r, true
	}
	if has {
		emit('\n') // the text ends as a unit does
	}
	for _, i := range c.seq {
		if i >= 0 {
			if c.count[i] == 0 {
				c.touched = append(c.touched, i)
			}
			c.count[i]++
		}
	}
	n := int32(0)
	for _, i := range c.touched {
		n, c.count[i] = n+c.count[i], n
	}
	c.pos = append(c.pos[:0], make([]uint32, n)...)
	for p, i := range c.seq {
		if i >= 0 {
			c.pos[c.count[i]] = uint32(p)
			c.count[i]++
		}
	}
	from := int32(0)
	for _, i := range c.touched {
		l := &c.lists[i]
		size := len(l.buf)
		l.buf, c.scratch = appendDoc(l.buf, doc, l.prev, c.pos[from:c.count[i]], c.scratch)
		c.size += len(l.buf) - size
		l.prev, l.ndocs = int64(doc), l.ndocs+1
		from, c.count[i] = c.count[i], 0
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
