// Search: words, phrases and regular expressions, in one report or in all.
//
// What the user types is parsed into a Query: words separated by spaces must
// all occur in one paragraph; "double quotes" make a phrase of what they
// enclose; in regex mode the text is a Go regular expression. Words and
// phrases are folded (package fold) like the text, so width, case, script and
// spacing do not matter.
//
// An Index holds the reports and, built once on the first search, a folded
// key for each report: every search unit's key, joined with "\n" (a key never
// contains "\n", so no match can cross units). A search unit is a paragraph,
// a section heading, the report title or a preamble paragraph. Across the
// index, terms are found through the postings of their runes and hits are
// counted per report (Index.Count, searchpost.go), then located one report
// at a time. Within one report, the key is scanned with one memchr-style
// pass over the rarest byte of the term (rarest in this corpus), which on
// Chinese text skips far more than the first byte of a character, whose few
// lead bytes (0xE4–0xE9) are everywhere.
//
// Every hit is reported on the original text: the section (nil for the title
// and preamble), the paragraph, and rune offsets both in the paragraph and in
// the section's text as SectionText gives it, so a highlighter can mark it
// exactly wherever the line wraps.
package model

import (
	"baogao/model/fold"
	"context"
	"errors"
	"fmt"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Query is a parsed search.
type Query struct {
	Text  string         // as typed
	Terms []string       // folded words and phrases, all required in one paragraph
	Regex *regexp.Regexp // regex mode: compiled to run on folded text; Terms is nil
}

// ErrEmptyQuery is returned for a query with nothing to look for.
var ErrEmptyQuery = errors.New("empty search")

// ParseInput parses a query as typed in the app: a "re:" prefix selects
// regex mode.
func ParseInput(text string) (*Query, error) {
	if rest, ok := strings.CutPrefix(text, "re:"); ok {
		return ParseQuery(rest, true)
	}
	return ParseQuery(text, false)
}

// ParseQuery parses text as words and "phrases", or as a regular expression
// when regex is set. A space between a digit and a Chinese character parts
// no words (2023 年度 is one, as in the text). A bad regular expression, or
// one that can only match empty text, gives an error that says so; an
// unclosed quote runs to the end of the text.
func ParseQuery(text string, regex bool) (*Query, error) {
	q := &Query{Text: text}
	if regex {
		if strings.TrimFunc(text, func(r rune) bool { return fold.IsSpace(fold.Rune(r)) }) == "" {
			return nil, ErrEmptyQuery
		}
		re, err := compileFolded(text)
		if err != nil {
			return nil, err
		}
		q.Regex = re
		return q, nil
	}
	seen := map[string]bool{}
	add := func(t string) {
		if k := fold.String(t); k != "" && !seen[k] {
			seen[k] = true
			q.Terms = append(q.Terms, k)
		}
	}
	for rest := text; rest != ""; {
		if r, size := utf8.DecodeRuneInString(rest); fold.IsSpace(fold.Rune(r)) {
			rest = rest[size:]
			continue
		}
		if rest[0] == '"' {
			phrase, after, _ := strings.Cut(rest[1:], `"`)
			add(phrase)
			rest = after
			continue
		}
		end := wordEnd(rest)
		add(rest[:end])
		rest = rest[end:]
	}
	if len(q.Terms) == 0 {
		return nil, ErrEmptyQuery
	}
	return q, nil
}

// maxRegexRange is the largest character-class range whose runes are folded
// one by one; wider ranges are kept as written.
const maxRegexRange = 4096

// compileFolded compiles a regular expression to run on folded text: its
// literal characters and small character classes are folded like the text
// (so 楓橋 and [Ａ-Ｚ] still match), and ^ and $ match at paragraph ends
// (parsing without OneLine makes them line anchors, and the key has one
// paragraph per line).
func compileFolded(expr string) (*regexp.Regexp, error) {
	re, err := syntax.Parse(expr, syntax.Perl&^syntax.OneLine)
	if se, ok := err.(*syntax.Error); ok {
		return nil, fmt.Errorf("invalid regular expression: %s: `%s`", se.Code, PrintableName(se.Expr))
	}
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %w", err)
	}
	foldSyntax(re)
	switch can, nonEmpty := matchable(re); {
	case !can:
		return nil, fmt.Errorf("regular expression `%s` can match nothing", PrintableName(expr))
	case !nonEmpty:
		// Empty matches are not hits: without a word the search would
		// just find nothing.
		return nil, fmt.Errorf("regular expression `%s` matches only empty text", PrintableName(expr))
	}
	out, err := regexp.Compile(re.String())
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %w", err)
	}
	return out, nil
}

// foldSyntax folds the literals and character classes of a parsed regular
// expression in place.
func foldSyntax(re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		var out []rune
		for i, r := range re.Rune {
			f := fold.Rune(r)
			if f < 0 {
				continue
			}
			if fold.IsSpace(f) {
				// Whitespace is in the key only between word runes.
				if i > 0 && !fold.IsWordRune(fold.Rune(re.Rune[i-1])) || i+1 < len(re.Rune) && !fold.IsWordRune(fold.Rune(re.Rune[i+1])) {
					continue
				}
				f = ' '
			}
			out = append(out, f)
		}
		if len(out) == 0 {
			re.Op, re.Rune = syntax.OpEmptyMatch, nil
			return
		}
		re.Rune = out
	case syntax.OpCharClass:
		var add []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > maxRegexRange {
				continue
			}
			for r := lo; r <= hi; r++ {
				if f := fold.Rune(r); f != r && f >= 0 {
					add = append(add, f, f)
				}
			}
		}
		if len(add) > 0 {
			re.Rune = mergeRanges(append(re.Rune, add...))
		}
	}
	for _, sub := range re.Sub {
		foldSyntax(sub)
	}
}

// mergeRanges sorts and merges a character class's [lo, hi] pairs.
func mergeRanges(rs []rune) []rune {
	type rng struct{ lo, hi rune }
	var v []rng
	for i := 0; i+1 < len(rs); i += 2 {
		v = append(v, rng{rs[i], rs[i+1]})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].lo < v[j].lo })
	out := make([]rune, 0, len(rs))
	for _, r := range v {
		if n := len(out); n > 0 && r.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], r.hi)
			continue
		}
		out = append(out, r.lo, r.hi)
	}
	return out
}

// Hit is one match, on the original text.
type Hit struct {
	Report  *Report
	Section *Section // nil for the report title and the preamble
	// Para is an index in Section.Paras (Report.Preamble when Section is
	// nil), or -1 for the section's heading (the report's title).
	Para int

	Start, End         int // rune offsets in SectionText(Report, Section)
	ParaStart, ParaEnd int // rune offsets in Text()
}

// Path is the hit's section path ("2.3"), or "" for the title and preamble.
func (h Hit) Path() string {
	if h.Section == nil {
		return ""
	}
	return h.Section.Path
}

// Text is the paragraph, heading or title the hit is in.
func (h Hit) Text() string { return unitText(h.Report, h.Section, h.Para) }

// SectionText is the text that hit offsets count in: s.Text() for a section;
// for nil, the title line (when there is a title), a blank line when a
// preamble follows, and the preamble, one line each, "\n"-terminated like
// Section.Text: the start of Report.Text, so offsets hold in both.
func SectionText(r *Report, s *Section) string {
	if s != nil {
		return s.Text()
	}
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteByte('\n')
		if len(r.Preamble) > 0 {
			b.WriteByte('\n')
		}
	}
	for _, p := range r.Preamble {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return b.String()
}

func unitText(r *Report, s *Section, para int) string {
	switch {
	case s == nil && para < 0:
		return r.Title
	case s == nil:
		return r.Preamble[para]
	case para < 0:
		return s.Heading()
	}
	return s.Paras[para]
}

// ReportHits are the hits in one report, in document order.
type ReportHits struct {
	Report *Report
	Hits   []Hit // every hit, or with Index.SearchFirst the first ones
	Count  int   // every hit in the report
}

// Results is the outcome of a search: the reports with hits, in index order.
type Results struct {
	Query   *Query
	Total   int // hits in all reports
	Reports []ReportHits
}

// Index is a searchable set of reports. Keys are built on the first search
// (in parallel, about the cost of one pass of folding), not when the index
// is made, so loading stays as fast as parsing. An Index is safe for
// concurrent searches.
type Index struct {
	reports []*Report

	once     sync.Once
	docs     []*docKey
	pos      map[*Report]int
	freq     [256]uint32 // sampled byte counts of all keys
	all      string      // every doc's key, joined by "\n"; docs' keys are in it
	docStart []int       // offset of each doc's key in all
	lines    []uint32    // offset in all of every unit's key, in order
	post     *postings   // where each rune is in all (searchpost.go)
}

// NewIndex makes an index of reports.
func NewIndex(reports []*Report) *Index {
	return &Index{reports: reports}
}

// Reports are the indexed reports.
func (ix *Index) Reports() []*Report { return ix.reports }

// docKey is the folded key of one report.
type docKey struct {
	r      *Report
	key    string       // unit keys joined by "\n"
	units  []unitKey    // in document order
	secs   []*Section   // secs[0] is nil: the title and preamble
	shifts []fold.Shift // units' rune shifts, each unit a range
	grams  bloom        // the runes and rune pairs of the key
}

// unitKey is one search unit in a docKey. All offsets are int32: a report
// is at most MaxFileSize bytes.
type unitKey struct {
	start, end int32 // key bytes in docKey.key
	sec        int32 // index in docKey.secs
	para       int32 // -1: heading or title
	secRune    int32 // rune offset of the unit in SectionText
	sh0, sh1   int32 // the unit's range in docKey.shifts
}

// build folds every report, using all CPUs.
func (ix *Index) build() {
	ix.docs = make([]*docKey, len(ix.reports))
	ix.pos = make(map[*Report]int, len(ix.reports))
	for i, r := range ix.reports {
		ix.pos[r] = i
	}
	var next atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(ix.reports)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var freq [256]uint32
			for {
				i := int(next.Add(1) - 1)
				if i >= len(ix.reports) {
					break
				}
				d := newDocKey(ix.reports[i], true)
				for j := 0; j < len(d.key); j += 13 {
					freq[d.key[j]]++
				}
				ix.docs[i] = d
			}
			mu.Lock()
			for b, n := range freq {
				ix.freq[b] += n
			}
			mu.Unlock()
		}()
	}
	wg.Wait()

	// One string for all keys, which the postings point into.
	size := 0
	for _, d := range ix.docs {
		size += len(d.key) + 1
	}
	all := make([]byte, 0, size)
	ix.docStart = make([]int, len(ix.docs))
	for i, d := range ix.docs {
		ix.docStart[i] = len(all)
		all = append(all, d.key...)
		all = append(all, '\n')
	}
	ix.all = unsafe.String(unsafe.SliceData(all), len(all))
	nunits := 0
	for _, d := range ix.docs {
		nunits += len(d.units)
	}
	ix.lines = make([]uint32, 0, nunits)
	for i, d := range ix.docs {
		d.key = ix.all[ix.docStart[i] : ix.docStart[i]+len(d.key)]
		for _, u := range d.units {
			ix.lines = append(ix.lines, uint32(ix.docStart[i]+int(u.start)))
		}
	}
	ix.post = buildPostings(ix.all, runtime.GOMAXPROCS(0))
}

// newDocKey folds one report into its search units, with a Bloom filter of
// its grams when the key is kept for more than one search.
func newDocKey(r *Report, withBloom bool) *docKey {
	d := &docKey{r: r, secs: []*Section{nil}}
	f := fold.Folder{TrackRunes: true}
	var key []byte
	add := func(text string, sec, para, secRune int) {
		if len(d.units) > 0 {
			key = append(key, '\n')
		}
		u := unitKey{start: int32(len(key)), sec: int32(sec), para: int32(para), secRune: int32(secRune), sh0: int32(len(f.Shifts))}
		key = f.Append(key, text)
		u.end, u.sh1 = int32(len(key)), int32(len(f.Shifts))
		d.units = append(d.units, u)
	}
	lines := func(sec int, head string, paras []string) {
		off := 0
		if head != "" {
			add(head, sec, -1, 0)
			off = utf8.RuneCountInString(head) + 1
			if sec == 0 {
				off++ // the blank line under the title (SectionText)
			}
		}
		for i, p := range paras {
			add(p, sec, i, off)
			off += utf8.RuneCountInString(p) + 1
		}
	}
	lines(0, r.Title, r.Preamble)
	r.Walk(func(s *Section) {
		d.secs = append(d.secs, s)
		lines(len(d.secs)-1, s.Heading(), s.Paras)
	})
	d.key, d.shifts = string(key), f.Shifts
	if withBloom {
		d.grams = newBloom(d.key)
	}
	return d
}

// bloom is a Bloom filter (one hash) of the runes and adjacent rune pairs of
// a report's key, about one bit per key byte. A search skips the reports
// whose filter lacks a gram of the query: on Chinese text a report has a few
// thousand distinct pairs, a filter of 16k bits is then about a sixth full,
// and a four-character term (four runes, three pairs) passes a report that
// lacks it about once in 10⁵ times; most reports are never scanned.
type bloom struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
}

func newBloom(key string) bloom {
	n := 1024
	for n < len(key) && n < 1<<26 {
		n <<= 1
	}
	b := bloom{bits: make([]uint64, n/64), shift: uint(64 - bits.Len(uint(n-1)))}
	var prev rune
	for i := 0; i < len(key); {
		c := key[i]
		var r rune
		switch {
		case c == '\n':
			prev = 0
			i++
			continue
		case c < utf8.RuneSelf:
			r = rune(c)
			i++
		case c&0xF0 == 0xE0 && i+2 < len(key):
			r = rune(c&0x0F)<<12 | rune(key[i+1]&0x3F)<<6 | rune(key[i+2]&0x3F)
			i += 3
		default:
			var size int
			r, size = utf8.DecodeRuneInString(key[i:])
			i += size
		}
		b.add(gram(0, r))
		if prev != 0 {
			b.add(gram(prev, r))
		}
		prev = r
	}
	return b
}

// gram hashes a rune pair (a rune alone when a is 0).
func gram(a, b rune) uint64 {
	return (uint64(a)<<32 | uint64(uint32(b))) * 0x9E3779B97F4A7C15
}

func (b *bloom) add(h uint64) {
	i := h >> b.shift
	b.bits[i>>6] |= 1 << (i & 63)
}

func (b *bloom) has(h uint64) bool {
	i := h >> b.shift
	return b.bits[i>>6]&(1<<(i&63)) != 0
}

// termGrams lists the grams of the terms: every rune and rune pair.
func termGrams(terms []string) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, t := range terms {
		var prev rune
		for _, r := range t {
			for _, g := range []uint64{gram(0, r), gram(prev, r)} {
				if !seen[g] && (prev != 0 || g == gram(0, r)) {
					seen[g] = true
					out = append(out, g)
				}
			}
			prev = r
		}
	}
	return out
}

// Search finds q in every report of the index, with every hit located.
// It stops early with ctx's error when ctx is cancelled, so an app can drop
// a stale search. Count is faster when not every hit is shown at once.
func (ix *Index) Search(ctx context.Context, q *Query) (*Results, error) {
	ix.once.Do(ix.build)
	m := ix.matcher(q)
	plans := ix.plans(m)
	spans := make([][]span, len(ix.docs))
	var err error
	if plans != nil {
		err = ix.inRanges(ctx, func(lo, hi int) {
			ix.find(q, plans, lo, hi, func(doc int, s span) {
				base := ix.docStart[doc]
				spans[doc] = append(spans[doc], span{s.lo - base, s.hi - base})
			})
		})
	} else {
		err = ix.scanDocs(ctx, func(i int) { spans[i] = m.spans(ix.docs[i]) })
	}
	if err != nil {
		return nil, err
	}
	res := &Results{Query: q}
	var docs []int // doc of each of res.Reports
	for i, sp := range spans {
		if len(sp) > 0 {
			res.Reports = append(res.Reports, ReportHits{Report: ix.docs[i].r, Count: len(sp)})
			docs = append(docs, i)
			res.Total += len(sp)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(docs) {
					return
				}
				res.Reports[k].Hits = ix.docs[docs[k]].resolve(spans[docs[k]])
			}
		}()
	}
	wg.Wait()
	return res, nil
}

// SearchReport finds q in one report, which need not be in the index.
func (ix *Index) SearchReport(q *Query, r *Report) []Hit {
	ix.once.Do(ix.build)
	d := (*docKey)(nil)
	if i, ok := ix.pos[r]; ok {
		d = ix.docs[i]
	} else {
		d = newDocKey(r, true)
	}
	return ix.matcher(q).search(d)
}

// SearchReports finds q in reports without keeping an index: each report is
// folded, searched and forgotten. The CLI uses it on files it loads one by
// one.
func SearchReports(q *Query, reports ...*Report) []ReportHits {
	m := newMatcher(q, nil)
	var out []ReportHits
	for _, r := range reports {
		if hits := m.search(newDocKey(r, false)); len(hits) > 0 {
			out = append(out, ReportHits{Report: r, Hits: hits, Count: len(hits)})
		}
	}
	return out
}

// matcher runs one query over docKeys.
type matcher struct {
	q     *Query
	terms []finder // the first is the one scanned for
	grams []uint64 // a report must have all of these to match
}

func (ix *Index) matcher(q *Query) *matcher { return newMatcher(q, &ix.freq) }

// newMatcher prepares q; freq, when known, picks the rarest term and byte.
func newMatcher(q *Query, freq *[256]uint32) *matcher {
	if freq == nil {
		freq = &defaultFreq
	}
	m := &matcher{q: q}
	for _, t := range q.Terms {
		m.terms = append(m.terms, newFinder(t, freq))
	}
	sort.SliceStable(m.terms, func(i, j int) bool { return m.terms[i].cost < m.terms[j].cost })
	m.grams = termGrams(q.Terms)
	return m
}

// defaultFreq stands in for corpus statistics when there are none: Chinese
// text is mostly 3-byte characters with lead bytes E4–E9 and continuation
// bytes spread over 80–BF; ASCII letters and spaces are common.
var defaultFreq = func() (f [256]uint32) {
	for b := range f {
		switch {
		case b >= 0xE4 && b <= 0xE9:
			f[b] = 1000
		case b >= 0x80 && b <= 0xBF:
			f[b] = 100
		case b == ' ' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
			f[b] = 50
		default:
			f[b] = 10
		}
	}
	return f
}()

// finder finds a term by scanning for its rarest byte.
type finder struct {
	term string
	off  int    // offset of the rarest byte in term
	b    byte   // the rarest byte
	cost uint32 // its frequency: lower is better
}

func newFinder(term string, freq *[256]uint32) finder {
	f := finder{term: term, cost: ^uint32(0)}
	for i := 0; i < len(term); i++ {
		if c := freq[term[i]]; c < f.cost {
			f.off, f.b, f.cost = i, term[i], c
		}
	}
	return f
}

// index returns the first occurrence of the term in s at or after from, or -1.
func (f *finder) index(s string, from int) int {
	n := len(f.term)
	for from+n <= len(s) {
		i := strings.IndexByte(s[from+f.off:len(s)-n+f.off+1], f.b)
		if i < 0 {
			return -1
		}
		at := from + i
		if s[at:at+n] == f.term {
			return at
		}
		from = at + 1
	}
	return -1
}

// span is a match in key bytes of a docKey.
type span struct{ lo, hi int }

// search returns the hits of the query in d.
func (m *matcher) search(d *docKey) []Hit {
	spans := m.spans(d)
	if len(spans) == 0 {
		return nil
	}
	return d.resolve(spans)
}

// unitSpans appends to spans every occurrence of every term in unit (whose
// key starts at base), in order, overlapping ones merged.
func (m *matcher) unitSpans(unit string, base int, spans []span) []span {
	n0 := len(spans)
	for i := range m.terms {
		t := m.terms[i].term
		for j := 0; ; {
			k := strings.Index(unit[j:], t)
			if k < 0 {
				break
			}
			spans = append(spans, span{base + j + k, base + j + k + len(t)})
			j += k + len(t)
		}
	}
	us := spans[n0:]
	sort.Slice(us, func(i, j int) bool { return us[i].lo < us[j].lo })
	out := n0
	for _, s := range us {
		if out > n0 && s.lo < spans[out-1].hi {
			spans[out-1].hi = max(spans[out-1].hi, s.hi)
			continue
		}
		spans[out] = s
		out++
	}
	return spans[:out]
}

// regexSpans runs the regular expression over the whole key, and over each
// unit alone in the rare case a match crossed from one unit into the next.
func (m *matcher) regexSpans(d *docKey) []span {
	re := m.q.Regex
	var spans []span
	for _, loc := range re.FindAllStringIndex(d.key, -1) {
		if loc[0] == loc[1] {
			continue
		}
		if strings.IndexByte(d.key[loc[0]:loc[1]], '\n') >= 0 {
			return m.regexUnitSpans(d)
		}
		spans = append(spans, span{loc[0], loc[1]})
	}
	return spans
}

func (m *matcher) regexUnitSpans(d *docKey) []span {
	var spans []span
	for _, u := range d.units {
		for _, loc := range m.q.Regex.FindAllStringIndex(d.key[u.start:u.end], -1) {
			if loc[0] < loc[1] {
				spans = append(spans, span{int(u.start) + loc[0], int(u.start) + loc[1]})
			}
		}
	}
	return spans
}

// resolve turns sorted key spans into hits on the original text. Runes are
// counted incrementally from the previous hit in the same unit, so the cost
// is one pass over the units that have hits, not one per hit.
func (d *docKey) resolve(spans []span) []Hit {
	hits := make([]Hit, 0, len(spans))
	u := -1
	var pos, runes int // key byte position and rune count within the unit
	var sh int         // next shift of the unit
	for _, s := range spans {
		if u < 0 || s.lo >= int(d.units[u].end) {
			for u++; int(d.units[u].end) < s.lo; u++ {
			}
			pos, runes, sh = int(d.units[u].start), 0, int(d.units[u].sh0)
		}
		unit := &d.units[u]
		runes += countRunes(d.key[pos:s.lo])
		k0 := runes
		runes += countRunes(d.key[s.lo:s.hi])
		pos = s.hi
		k1 := runes
		start := k0 + d.extraAt(unit, &sh, k0)
		end := k1 - 1 + d.extraAt(unit, &sh, k1-1) + 1
		sec := d.secs[unit.sec]
		hits = append(hits, Hit{
			Report: d.r, Section: sec, Para: int(unit.para),
			Start: int(unit.secRune) + start, End: int(unit.secRune) + end,
			ParaStart: start, ParaEnd: end,
		})
	}
	return hits
}

// extraAt returns the rune shift in effect at key rune k of unit. *next is
// the first shift of the unit not yet passed; it only moves forward, as hits
// come in order.
func (d *docKey) extraAt(unit *unitKey, next *int, k int) int {
	i := *next
	for i < int(unit.sh1) && int(d.shifts[i].Key) <= k {
		i++
	}
	*next = i
	if i == int(unit.sh0) {
		return 0
	}
	return int(d.shifts[i-1].Extra)
}

// countRunes counts the runes of valid UTF-8 (a key always is), eight bytes
// at a time: every byte that is not a continuation byte (10xxxxxx) starts a
// rune. It is several times faster than utf8.RuneCountInString on CJK text.
func countRunes(s string) int {
	n := len(s)
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(w & ^(w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return n - cont
}
