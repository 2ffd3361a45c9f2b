// Content similarity of sections: TF-IDF weighted character bigrams.
//
// Two sections on the same subject share content words (行政复议, 矛盾纠纷,
// 营商环境) even when their titles differ; bigrams of Chinese characters
// stand in for words without a dictionary. Each section of the alignment
// gets a sparse vector: for each bigram of its whole text (sub-sections
// included), its count times log((n+1)/(df+1))+1, where df is the number of
// the n sections being aligned that contain it; the similarity of two
// sections is the cosine of their vectors.
//
// Bigrams are interned to small ids once per comparison, and vectors are
// accumulated in and read against dense scratch arrays indexed by id, so
// the cost is a few passes over the text with no sorting and little
// allocation: this runs for every level of the alignment, and a CLI
// comparison pays for every page of memory it touches.

package compare

import (
	"baogao/model"
	"baogao/model/fold"
	"math"
)

// gramIndex holds the bigrams of one comparison.
type gramIndex struct {
	vocab   *bigramTable                  // bigram → id
	own     map[*model.Section][]int32    // a section's own bigram ids: title first
	titleN  map[*model.Section]int        // how many of own come from the title
	sents   map[*model.Section][]sentence // a section's sentences, split and folded once for the alignment and the diff
	counts  []int32                       // scratch, by id: counts while accumulating, then document frequencies
	dense   []float64                     // scratch, by id: one vector's weights during cosine
	touched []int32                       // ids with a non-zero counts entry
}

func newGramIndex() *gramIndex {
	return &gramIndex{vocab: newBigramTable(0), own: map[*model.Section][]int32{}, titleN: map[*model.Section]int{}, sents: map[*model.Section][]sentence{}}
}

// gramVec is a sparse TF-IDF vector: ids and weights, with its norm.
type gramVec struct {
	ids  []int32
	w    []float64
	norm float64
}

// sentences returns a section's sentences (splitParas of its paragraphs),
// split and folded once per comparison.
func (g *gramIndex) sentences(s *model.Section) []sentence {
	ss, ok := g.sents[s]
	if !ok {
		ss = splitParas(s.Paras)
		g.sents[s] = ss
	}
	return ss
}

// ownIDs returns the ids of a section's own bigrams: its title's, then its
// paragraphs'. The paragraphs' are taken from their sentences' keys: a
// sentence ends after a stop, a closer or at the end of a line, none of
// them content runes, so no bigram spans two sentences.
func (g *gramIndex) ownIDs(s *model.Section) ([]int32, int) {
	if ids, ok := g.own[s]; ok {
		return ids, g.titleN[s]
	}
	size := len(s.Title)
	for _, p := range s.Paras {
		size += len(p)
	}
	ids := make([]int32, 0, size/3) // about one bigram per character, three bytes each
	ids = g.appendIDs(ids, fold.String(s.Title))
	n := len(ids)
	for _, x := range g.sentences(s) {
		ids = g.appendIDs(ids, x.key)
	}
	g.own[s], g.titleN[s] = ids, n
	return ids, n
}

// appendIDs appends the ids of the bigrams of consecutive content runes of
// key, interning new ones.
func (g *gramIndex) appendIDs(dst []int32, key string) []int32 {
	prev := rune(-1)
	for _, r := range key {
		if !isContentRune(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			dst = append(dst, g.vocab.intern(uint64(prev)<<21|uint64(r)))
		}
		prev = r
	}
	return dst
}

// grow makes the scratch arrays cover every id.
func (g *gramIndex) grow() {
	if n := g.vocab.len(); len(g.counts) < n {
		n = max(n, 2*len(g.counts), 1024) // grow by doubling: the vocabulary grows section by section
		g.counts = append(g.counts, make([]int32, n-len(g.counts))...)
		g.dense = append(g.dense, make([]float64, n-len(g.dense))...)
	}
}

// bag returns the bigram counts of s's paragraphs and of its sub-sections
// (titles included) as a vector whose weights are still counts.
func (g *gramIndex) bag(s *model.Section) gramVec {
	var walk func(*model.Section, bool)
	walk = func(s *model.Section, withTitle bool) {
		ids, titleN := g.ownIDs(s)
		if !withTitle {
			ids = ids[titleN:]
		}
		g.grow()
		for _, id := range ids {
			if g.counts[id] == 0 {
				g.touched = append(g.touched, id)
			}
			g.counts[id]++
		}
		for _, c := range s.Children {
			walk(c, true)
		}
	}
	g.touched = g.touched[:0]
	walk(s, false)
	v := gramVec{ids: make([]int32, len(g.touched)), w: make([]float64, len(g.touched))}
	for i, id := range g.touched {
		v.ids[i], v.w[i] = id, float64(g.counts[id])
		g.counts[id] = 0
	}
	return v
}

// intern takes the bigram ids of s and its sub-sections (a no-op for
// those already seen).
func (g *gramIndex) intern(s *model.Section) {
	g.ownIDs(s)
	for _, c := range s.Children {
		g.intern(c)
	}
}

// textBytes is the size of the titles and paragraphs of s and its
// sub-sections.
func textBytes(s *model.Section) int {
	n := len(s.Title)
	for _, p := range s.Paras {
		n += len(p)
	}
	for _, c := range s.Children {
		n += textBytes(c)
	}
	return n
}

// tfidf returns the TF-IDF vectors of as and bs, with document frequencies
// counted over both.
func (g *gramIndex) tfidf(as, bs []*model.Section) (va, vb []gramVec) {
	all := append(append([]*model.Section(nil), as...), bs...)
	if g.vocab.len() == 0 { // the top level: every section is below
		size := 0
		for _, s := range all {
			size += textBytes(s)
		}
		g.vocab.reserve(size / 8) // about a distinct bigram per 8 bytes (2.7 characters) in two reports
	}
	for _, s := range all {
		g.intern(s)
	}
	g.grow() // once for the whole vocabulary of these sections, not doubling as it comes
	vecs := make([]gramVec, len(all))
	for i, s := range all {
		vecs[i] = g.bag(s)
	}
	for _, v := range vecs {
		for _, id := range v.ids {
			g.counts[id]++
		}
	}
	n := float64(len(all))
	idf := make([]float64, len(all)+1) // by document frequency
	for d := 1; d <= len(all); d++ {
		idf[d] = math.Log((n+1)/float64(d+1)) + 1
	}
	for i := range vecs {
		v := &vecs[i]
		for k, id := range v.ids {
			v.w[k] *= idf[g.counts[id]]
			v.norm += v.w[k] * v.w[k]
		}
		v.norm = math.Sqrt(v.norm)
	}
	for _, v := range vecs {
		for _, id := range v.ids {
			g.counts[id] = 0
		}
	}
	return vecs[:len(as)], vecs[len(as):]
}

// cosine is the cosine of two vectors of this index.
func (g *gramIndex) cosine(a, b gramVec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.ids) > len(b.ids) {
		a, b = b, a // scatter the smaller
	}
	for k, id := range a.ids {
		g.dense[id] = a.w[k]
	}
	var dot float64
	for k, id := range b.ids {
		dot += g.dense[id] * b.w[k]
	}
	for _, id := range a.ids {
		g.dense[id] = 0
	}
	return dot / (a.norm * b.norm)
}
