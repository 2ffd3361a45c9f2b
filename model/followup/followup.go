package followup

import (
	"slices"

	"baogao/model"
	"baogao/model/check"
)

// Status says how far a plan item was carried out.
type Status string

// The statuses of an item.
const (
	Done    Status = "done"    // 落实: most of what it planned is reported done
	Partial Status = "partial" // 部分: some of it
	None    Status = "none"    // 未见: nothing the next report says carries it out
)

// Word is the status as a reviewer writes it: 落实, 部分, 未见.
func (s Status) Word(chinese bool) string {
	zh := map[Status]string{Done: "落实", Partial: "部分", None: "未见"}
	if chinese {
		return zh[s]
	}
	return string(s)
}

// Evidence is one passage of B that carries out part of a plan item.
type Evidence struct {
	Section    string  `json:"section"`    // B's section path
	Text       string  `json:"text"`       // the sentence as written
	Similarity float64 `json:"similarity"` // 0..1: share of the task's weighted words the sentence has
}

// Item is one plan item of A with what B says of it.
type Item struct {
	Section  string     `json:"section"` // A's section path of the item
	Text     string     `json:"text"`    // the item as written: heading and text
	Status   Status     `json:"status"`
	Evidence []Evidence `json:"evidence"`
	Coverage float64    `json:"-"` // share of the item's tasks (by length) carried out
}

// Result is what `followup --json A B` prints.
type Result struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Items []Item `json:"items"`
}

// Tuning.
const (
	// taskMatched is the share of a task's weighted bigrams a sentence of B
	// must have to carry it out.
	taskMatched = 0.5
	// doneFrom and partialFrom are the shares of an item's tasks (by
	// length) carried out from which it is done or partly done.
	doneFrom    = 0.5
	partialFrom = 0.2
	// maxEvidence bounds the passages kept per item, the best first.
	maxEvidence = 4
)

// Follow matches each item of a's plans part (下一年度安排; a work report's
// tasks) with the passages of b's other parts that carry it out. a should
// be the earlier report; Follow does not check that the reports are of one
// unit and consecutive years.
func Follow(a, b *model.Report) *Result {
	res := &Result{A: a.ID, B: b.ID, Items: []Item{}}
	items := planItems(a)
	if len(items) == 0 {
		return res
	}
	passages := donePassages(b)
	ix := newIndex(passages)
	for _, it := range items {
		res.Items = append(res.Items, ix.follow(it))
	}
	return res
}

// donePassages are the sentences and sub-section headings of b that can
// report work done: every part but its own plans and shortcomings.
func donePassages(b *model.Report) []passage {
	skip := map[*model.Section]bool{}
	for _, id := range []string{check.IDPlans, check.IDShortcomings} {
		for _, s := range check.PartSections(b, id) {
			skip[s] = true
		}
	}
	var out []passage
	for _, p := range b.Preamble {
		out = appendSentences(out, "", p)
	}
	var walk func(ss []*model.Section)
	walk = func(ss []*model.Section) {
		for _, s := range ss {
			if skip[s] {
				continue
			}
			if s.Title != "" && s.Parent != nil { // a part's heading is the mandated template's
				out = append(out, passage{section: s.Path, text: s.Title})
			}
			for _, p := range s.Paras {
				out = appendSentences(out, s.Path, p)
			}
			walk(s.Children)
		}
	}
	walk(b.Sections)
	return out
}

// follow finds, for each task of the item, the sentence of B that carries
// it out best, and sums up.
func (ix *index) follow(it planItem) Item {
	out := Item{Section: it.section, Text: it.text, Evidence: []Evidence{}}
	total, covered := 0, 0
	best := map[int]float64{} // passage → best score
	for _, task := range it.tasks {
		g := ix.grams(task)
		if len(g) == 0 {
			continue
		}
		total += len(g)
		j, score := ix.best(g)
		if j >= 0 && score >= taskMatched {
			covered += len(g)
			best[j] = max(best[j], score)
		}
	}
	if total > 0 {
		out.Coverage = float64(covered) / float64(total)
	}
	switch {
	case out.Coverage >= doneFrom:
		out.Status = Done
	case out.Coverage >= partialFrom:
		out.Status = Partial
	default:
		out.Status = None
	}
	for j, s := range best {
		p := ix.passages[j]
		out.Evidence = append(out.Evidence, Evidence{Section: p.section, Text: p.text, Similarity: round2(s)})
	}
	slices.SortFunc(out.Evidence, func(x, y Evidence) int {
		switch {
		case x.Similarity > y.Similarity:
			return -1
		case x.Similarity < y.Similarity:
			return 1
		}
		return compareStrings(x.Section+x.Text, y.Section+y.Text)
	})
	if len(out.Evidence) > maxEvidence {
		out.Evidence = out.Evidence[:maxEvidence]
	}
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
