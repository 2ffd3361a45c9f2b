package index

import "io"

// mergeSegments writes one segment holding the lists of segs, key by key,
// documents merged in order, leaving out the documents live rejects (files
// removed or re-indexed since). Positions are copied as they are encoded.
func mergeSegments(segs []*segment, w io.Writer, live func(doc uint32) bool) error {
	sw := newSegWriter(w)
	next := make([]int, len(segs)) // next dictionary entry of each segment
	var out []byte
	readers := make([]listReader, 0, len(segs))
	for {
		k, any := key(0), false
		for s, seg := range segs {
			if next[s] < seg.nkeys {
				if e := seg.entry(next[s]); !any || e.key < k {
					k, any = e.key, true
				}
			}
		}
		if !any {
			break
		}
		readers = readers[:0]
		for s, seg := range segs {
			if next[s] >= seg.nkeys {
				continue
			}
			e := seg.entry(next[s])
			if e.key != k {
				continue
			}
			next[s]++
			b, err := seg.list(e)
			if err != nil {
				return err
			}
			r := newListReader(b)
			if r.next() {
				readers = append(readers, r)
			} else if r.err != nil {
				return r.err
			}
		}
		out = out[:0]
		prev, ndocs := int64(-1), uint32(0)
		for len(readers) > 0 {
			m := 0
			for i := range readers {
				if readers[i].doc < readers[m].doc {
					m = i
				}
			}
			r := &readers[m]
			if r.doc <= prev {
				return corrupt("a document is in two segments")
			}
			if live(uint32(r.doc)) {
				out = appendRecord(out, uint32(r.doc), prev, r.n, r.pos)
				prev, ndocs = r.doc, ndocs+1
			}
			if !r.next() {
				if r.err != nil {
					return r.err
				}
				readers = append(readers[:m], readers[m+1:]...)
			}
		}
		if ndocs > 0 {
			sw.add(k, out, ndocs, uint32(prev))
		}
	}
	return sw.finish()
}
