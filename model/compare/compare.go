// Reports: pairing two reports' sections and diffing each pair, and the
// summary of it all.

package compare

import (
	"baogao/model"
	"baogao/model/fold"
	"math"
	"strings"
	"unicode/utf8"
)

// Status says how a pair of sections compares.
type Status string

// The statuses of a pair.
const (
	StatusSame     Status = "same"     // equal after folding, sub-sections included
	StatusChanged  Status = "changed"  // similar enough for a sentence and character diff
	StatusParallel Status = "parallel" // too different for a diff: read side by side
	StatusOnlyA    Status = "only-A"   // no counterpart in B
	StatusOnlyB    Status = "only-B"   // no counterpart in A
)

// OpKind is what happened to a sentence, or (in Span) to a piece of one.
type OpKind string

// The kinds of operation.
const (
	OpSame   OpKind = "same"   // in both, equal after folding
	OpAdd    OpKind = "add"    // only in B
	OpDel    OpKind = "del"    // only in A
	OpChange OpKind = "change" // in both, edited
	OpYear   OpKind = "year"   // in Span only: a year moved on by the reports' year difference (see years.go)
)

// Loc is where a sentence sits in its section: the index in Section.Paras
// and the byte offset in that paragraph. Para is -1 on the side that lacks
// the sentence.
type Loc struct{ Para, Off int }

// Span is one piece of a changed sentence: A[A0:A1] became B[B0:B1] (byte
// offsets). Kind is OpSame for a piece both share (shown as A's text),
// OpDel or OpAdd when one range is empty, OpChange when both are not.
type Span struct {
	Kind           OpKind
	A0, A1, B0, B1 int
}

// Range is a byte range [Start, End) in a sentence.
type Range struct{ Start, End int }

// Op is one sentence of a pair: kept, added, removed or changed.
type Op struct {
	Kind   OpKind
	A, B   string  // the sentence as written in A and in B; "" on the side that lacks it
	AAt    Loc     // where A sits in the A section ({-1, 0} when absent)
	BAt    Loc     // where B sits in the B section
	Spans  []Span  // OpChange: the character edit, covering A and B in order
	Shared []Range // OpDel/OpAdd in a parallel pair: phrases (≥ sharedRunes) also on the other side
	Moved  bool    // OpDel/OpAdd: the same sentence is added/removed elsewhere in the comparison
	Years  bool    // OpSame: A and B differ only by year bumps (Spans of kind OpYear say where)

	keyA, keyB string // fold.String(A), fold.String(B), kept from the diff
}

// Pair is two aligned sections, or one section without a counterpart.
type Pair struct {
	A, B       *model.Section // nil on the side that lacks it; Path "" means the preamble
	Parent     int            // index in Comparison.Pairs of the enclosing pair, -1 at the top
	Depth      int            // 0 for top-level pairs
	Topic      model.Topic    // the mandated topic of a top-level pair (A's, else B's)
	Status     Status
	Similarity float64 // 0..1: share of the text (heading, own text and sub-sections) that matches; see similarity
	Score      float64 // the alignment score that paired them; 0 when unpaired
	Pinned     bool    // paired by hand (Options.Pins)
	Moved      bool    // paired out of the order of the sibling pairs (the part moved)
	Heading    Op      // A's title against B's, markers left out: renumbering is no edit (OpSame, OpChange, OpDel/OpAdd)
	Ops        []Op    // the sentences of the sections' own paragraphs

	sub counts // matched and total runes of the subtree (own text included)
}

// counts are the runes of folded text on each side and the runes matched.
type counts struct{ matched, a, b int }

func (c *counts) add(o counts) { c.matched += o.matched; c.a += o.a; c.b += o.b }

// similarity is 2·matched/(a+b), the share of both texts that matches; two
// empty texts are similar.
func (c counts) similarity() float64 {
	if c.a+c.b == 0 {
		return 1
	}
	return 2 * float64(c.matched) / float64(c.a+c.b)
}

// Summary counts a comparison's pairs (at every level) and sentences.
type Summary struct {
	Same, Changed, Parallel, OnlyA, OnlyB int // section pairs by status

	Unchanged, Added, Removed, Edited, Moved int // sentences; Added and Removed exclude the Moved ones
	Years                                    int // of the Unchanged: sentences that differ only by year bumps

	Similarity float64 // share of all text of both reports that matches, 0..1
}

// Comparison is the result of Reports.
type Comparison struct {
	A, B      *model.Report
	Title     Op     // A's title against B's
	Signature Op     // A's 落款 (issuer and date, one line) against B's
	Pairs     []Pair // each top-level pair, then its sub-pairs, recursively
	Summary   Summary
}

// Options adjusts a comparison.
type Options struct {
	// Pins are pairs of sections (A's, B's) to pair whatever their score,
	// when both are candidates at the same step of the alignment: both
	// top-level, or both children of one aligned pair. Either may be nil
	// to keep that section unpaired.
	Pins [][2]*model.Section
}

// Tuning of the comparison.
const (
	// parallelBelow is the similarity under which a pair is parallel.
	// Aligned sections of one district in two years match 0.6–1.0 of their
	// text; two districts' sections on one topic match 0.0–0.2.
	parallelBelow = 0.35

	// keepInParallel is the Dice a changed sentence needs to stay a change
	// inside a parallel pair; below it the two sentences are shown apart.
	keepInParallel = 0.6

	// sharedRunes is the shortest phrase marked as shared in a parallel
	// pair: three characters are shared by chance (推进了), four rarely.
	sharedRunes = 4

	// maxSharedRunes bounds the removed (or added) text of a parallel pair
	// whose shared phrases are marked: the phrase sets cost some 40 bytes a
	// rune. Whole reports run to 30,000 characters; only a file that is one
	// huge section reaches it.
	maxSharedRunes = 1_000_000
)

// Reports aligns the sections of a and b and diffs every pair. It never
// fails: reports without sections compare by their preambles.
func Reports(a, b *model.Report) *Comparison { return ReportsWith(a, b, Options{}) }

// ReportsWith is Reports with options.
func ReportsWith(a, b *model.Report, opt Options) *Comparison {
	c := &Comparison{A: a, B: b}
	k := newComparer(opt)
	if a.Year != 0 && b.Year != 0 {
		k.years = b.Year - a.Year
	}
	c.Title = k.diffLine(a.Title, b.Title)
	c.Signature = k.diffLine(strings.Join(a.Signature, " "), strings.Join(b.Signature, " "))
	if len(a.Preamble) > 0 || len(b.Preamble) > 0 {
		pa := &model.Section{Paras: a.Preamble}
		pb := &model.Section{Paras: b.Preamble}
		k.addPair(c, -1, 0, alignment{a: pa, b: pb, score: 1})
	}
	k.addLevel(c, -1, 0, a.Sections, b.Sections)
	k.markMoved(c)
	c.Summary = summarise(c)
	return c
}

// comparer holds the state shared by the pairs of one comparison.
type comparer struct {
	opt    Options
	years  int               // B's year minus A's when both are known: the shift of a year bump (0: none)
	ids    map[string]int    // interned sentence keys
	intern map[string]uint32 // interned digit/Latin tokens
	grams  *gramIndex        // bigrams of the sections, for the alignment
}

func newComparer(opt Options) *comparer {
	return &comparer{opt: opt, ids: map[string]int{}, intern: map[string]uint32{}, grams: newGramIndex()}
}

// addLevel aligns two lists of sibling sections and appends their pairs,
// each followed by its sub-pairs. It returns the counts of the level.
func (k *comparer) addLevel(c *Comparison, parent, depth int, as, bs []*model.Section) counts {
	var total counts
	for _, al := range alignSections(as, bs, depth == 0, k.opt.Pins, k.grams) {
		total.add(k.addPair(c, parent, depth, al))
	}
	return total
}

// addPair appends the pair al and its sub-pairs, and returns its subtree
// counts.
func (k *comparer) addPair(c *Comparison, parent, depth int, al alignment) counts {
	i := len(c.Pairs)
	c.Pairs = append(c.Pairs, Pair{A: al.a, B: al.b, Parent: parent, Depth: depth,
		Score: al.score, Pinned: al.pinned, Moved: al.moved})
	p := &c.Pairs[i]
	var aSents, bSents []sentence
	var aKids, bKids []*model.Section
	if al.a != nil {
		aSents, aKids = k.grams.sentences(al.a), al.a.Children
		p.Topic = al.a.Topic
	}
	if al.b != nil {
		bSents, bKids = k.grams.sentences(al.b), al.b.Children
		if p.Topic == model.TopicNone {
			p.Topic = al.b.Topic
		}
	}
	var sub counts // the heading, own text, then the sub-pairs
	p.Heading, sub = k.diffHeading(titleOf(al.a), titleOf(al.b))
	var own counts
	p.Ops, own = k.diffSentences(aSents, bSents)
	sub.add(own)
	sub.add(k.addLevel(c, i, depth+1, aKids, bKids))
	p = &c.Pairs[i] // addLevel may have grown the slice
	p.sub = sub
	p.Similarity = roundSim(sub.similarity())
	switch {
	case al.a == nil:
		p.Status = StatusOnlyB
	case al.b == nil:
		p.Status = StatusOnlyA
	case sub.matched == sub.a && sub.a == sub.b && p.Heading.Kind == OpSame && k.allSame(c, i):
		p.Status = StatusSame
	case sub.similarity() < parallelBelow:
		p.Status = StatusParallel
		p.Ops = k.parallelOps(p.Ops)
	default:
		p.Status = StatusChanged
	}
	return sub
}

// allSame reports whether every sub-pair of pair i is the same.
func (k *comparer) allSame(c *Comparison, i int) bool {
	for j := i + 1; j < len(c.Pairs) && c.Pairs[j].Depth > c.Pairs[i].Depth; j++ {
		if c.Pairs[j].Parent == i && c.Pairs[j].Status != StatusSame {
			return false
		}
	}
	return true
}

func titleOf(s *model.Section) string {
	if s == nil {
		return ""
	}
	return s.Title
}

func roundSim(f float64) float64 { return math.Round(f*1000) / 1000 }

// diffLine compares two one-line texts (titles, headings) as a single
// sentence each.
func (k *comparer) diffLine(a, b string) Op {
	op, _ := k.diffHeading(a, b)
	return op
}

// diffHeading is diffLine with the runes of both texts and the runes they
// share: a pair's heading counts in its similarity like a sentence, so
// that two sections under one heading are never 0% alike and two whose
// headings alone differ are not 100%.
func (k *comparer) diffHeading(a, b string) (Op, counts) {
	ka, kb := fold.String(a), fold.String(b)
	cnt := counts{a: utf8.RuneCountInString(ka), b: utf8.RuneCountInString(kb)}
	switch {
	case ka == kb:
		cnt.matched = cnt.a
		return Op{Kind: OpSame, A: a, B: b, BAt: Loc{0, 0}}, cnt
	case ka == "":
		return Op{Kind: OpAdd, B: b, AAt: Loc{-1, 0}}, cnt
	case kb == "":
		return Op{Kind: OpDel, A: a, BAt: Loc{-1, 0}}, cnt
	}
	sa := &sentence{text: a, key: ka}
	sb := &sentence{text: b, key: kb}
	op, m := k.change(sa, sb)
	cnt.matched = m
	return op, cnt
}

// diffSentences diffs two sections' own sentences (splitParas of their
// paragraphs) and returns the operations and the rune counts. It sets the
// sentences' ids and grams.
func (k *comparer) diffSentences(sa, sb []sentence) ([]Op, counts) {
	var cnt counts
	xa := k.idsOf(sa, &cnt.a)
	xb := k.idsOf(sb, &cnt.b)
	matches := matchIDs(xa, xb)
	ops := make([]Op, 0, max(len(sa), len(sb)))
	i, j := 0, 0
	flush := func(i1, j1 int) { // the run sa[i:i1], sb[j:j1] between matches
		if i == i1 && j == j1 {
			return
		}
		del, add := ptrs(sa[i:i1]), ptrs(sb[j:j1])
		di, ai := 0, 0
		for _, pr := range pairRun(del, add) {
			for ; di < pr.x; di++ {
				ops = append(ops, delOp(del[di]))
			}
			for ; ai < pr.y; ai++ {
				ops = append(ops, addOp(add[ai]))
			}
			op, m := k.change(del[di], add[ai])
			cnt.matched += m
			ops = append(ops, op)
			di, ai = di+1, ai+1
		}
		for ; di < len(del); di++ {
			ops = append(ops, delOp(del[di]))
		}
		for ; ai < len(add); ai++ {
			ops = append(ops, addOp(add[ai]))
		}
		i, j = i1, j1
	}
	for _, m := range matches {
		flush(m.x, m.y)
		x, y := &sa[m.x], &sb[m.y]
		i, j = m.x+1, m.y+1
		if x.key != y.key { // equal but for their years
			op, n := k.change(x, y)
			cnt.matched += n
			ops = append(ops, op)
			continue
		}
		ops = append(ops, Op{Kind: OpSame, A: x.text, B: y.text, AAt: Loc{x.para, x.off}, BAt: Loc{y.para, y.off}, keyA: x.key, keyB: y.key})
		cnt.matched += x.runes
	}
	flush(len(sa), len(sb))
	return ops, cnt
}

// idsOf interns the sentences' keys and adds up their runes.
func (k *comparer) idsOf(ss []sentence, runes *int) []int {
	ids := make([]int, len(ss))
	for i := range ss {
		key := ss[i].key
		if k.years != 0 {
			key = yearless(key)
		}
		id, ok := k.ids[key]
		if !ok {
			id = len(k.ids)
			k.ids[key] = id
		}
		ss[i].id = id
		ids[i] = id
		*runes += ss[i].runes
	}
	return ids
}

func ptrs(ss []sentence) []*sentence {
	out := make([]*sentence, len(ss))
	for i := range ss {
		out[i] = &ss[i]
	}
	return out
}

func delOp(s *sentence) Op {
	return Op{Kind: OpDel, A: s.text, AAt: Loc{s.para, s.off}, BAt: Loc{-1, 0}, keyA: s.key}
}

func addOp(s *sentence) Op {
	return Op{Kind: OpAdd, B: s.text, AAt: Loc{-1, 0}, BAt: Loc{s.para, s.off}, keyB: s.key}
}

// change diffs two paired sentences by tokens and returns the operation
// and the runes they share. A change made only of year bumps is an OpSame
// with Years set.
func (k *comparer) change(a, b *sentence) (Op, int) {
	keyA, mapA := fold.Map(a.text)
	keyB, mapB := fold.Map(b.text)
	ta, tb := tokenize(keyA, k.intern), tokenize(keyB, k.intern)
	var ya, yb []int
	if k.years != 0 {
		ya, yb = markYears(keyA, ta), markYears(keyB, tb)
	}
	edits := splitYears(slideToClauses(cleanupSemantic(diffTokens(ta, tb), ta, tb), ta, tb), ya, yb, k.years)
	op := Op{Kind: OpChange, A: a.text, B: b.text, AAt: Loc{a.para, a.off}, BAt: Loc{b.para, b.off}, keyA: keyA, keyB: keyB}
	matched, edited := 0, false
	for _, e := range edits {
		s := Span{Kind: e.kind,
			A0: origOffset(ta, e.a0, mapA, len(a.text)), A1: origOffset(ta, e.a1, mapA, len(a.text)),
			B0: origOffset(tb, e.b0, mapB, len(b.text)), B1: origOffset(tb, e.b1, mapB, len(b.text))}
		switch e.kind {
		case OpSame, OpYear:
			for _, t := range ta[e.a0:e.a1] {
				matched += t.runes
			}
		default:
			edited = true
		}
		op.Spans = append(op.Spans, s)
	}
	if !edited {
		op.Kind, op.Years = OpSame, true
	}
	return op, matched
}

// origOffset maps token boundary i (0…len(toks)) to a byte offset in the
// original text: the start of token i, the start of the text for i = 0 and
// its end for i = len(toks), so that dropped spaces at either end belong to
// the first and last pieces.
func origOffset(toks []token, i int, orig []int32, n int) int {
	switch {
	case i == 0:
		return 0
	case i >= len(toks):
		return n
	}
	return int(orig[toks[i].start])
}

// markMoved flags removed and added sentences whose folded text is added or
// removed elsewhere in the comparison (a sentence that moved, perhaps to
// another section).
func (k *comparer) markMoved(c *Comparison) {
	dels, adds := map[string]int{}, map[string]int{}
	for _, p := range c.Pairs {
		for _, op := range p.Ops {
			switch op.Kind {
			case OpDel:
				dels[op.keyA]++
			case OpAdd:
				adds[op.keyB]++
			}
		}
	}
	for i := range c.Pairs {
		for j := range c.Pairs[i].Ops {
			op := &c.Pairs[i].Ops[j]
			switch op.Kind {
			case OpDel:
				op.Moved = adds[op.keyA] > 0
			case OpAdd:
				op.Moved = dels[op.keyB] > 0
			}
		}
	}
}

// Texts diffs two plain texts, one paragraph per line, the way Reports
// diffs the text of two paired sections (without the parallel rewrite and
// without marking moves). Loc.Para is the line index.
func Texts(a, b string) []Op {
	ops, _ := newComparer(Options{}).diffSentences(splitParas(strings.Split(a, "\n")), splitParas(strings.Split(b, "\n")))
	return ops
}
