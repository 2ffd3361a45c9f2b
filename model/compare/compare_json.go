// The JSON form of a comparison, as `baogao diff --json` prints it and the
// golden tests keep it:
//
//	{"a": {"id", "label", "title"}, "b": {…},
//	 "title": op,
//	 "summary": {"sections": {"same", "changed", "parallel", "only_a", "only_b"},
//	             "sentences": {"same", "added", "removed", "changed", "moved"},
//	             "similarity"},
//	 "pairs": [{"a": {"path", "label", "title"} | null, "b": … | null,
//	            "depth", "topic", "status", "similarity", "score", "moved", "pinned",
//	            "heading": op (only when the headings differ),
//	            "ops": [op …]}]}
//
// An op is {"op": "same|add|del|change", "a", "b"}, where the side that lacks
// the sentence is left out; a change also has "parts", the character edit as
// pieces {"op", "a", "b"} in order (op "year" for a year moved on by the
// reports' year difference); a "same" op whose sentences differ only by
// such years has "years": true and its parts, and a removed or added sentence of a
// parallel pair has "shared", the phrases it shares with the other side.
// "path" is the dotted index path that `baogao show` takes; the preamble's
// is "".

package compare

import (
	"baogao/model"
	"bytes"
	"encoding/json"
)

type reportJSON struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Title string `json:"title"`
}

type sideJSON struct {
	Path  string `json:"path"`
	Label string `json:"label"`
	Title string `json:"title"`
}

type partJSON struct {
	Op OpKind `json:"op"`
	A  string `json:"a,omitempty"`
	B  string `json:"b,omitempty"`
}

type opJSON struct {
	Op     OpKind     `json:"op"`
	A      string     `json:"a,omitempty"`
	B      string     `json:"b,omitempty"`
	Parts  []partJSON `json:"parts,omitempty"`
	Shared []string   `json:"shared,omitempty"`
	Moved  bool       `json:"moved,omitempty"`
	Years  bool       `json:"years,omitempty"` // "same" but for years moved on; parts say where ("year")
}

type pairJSON struct {
	A          *sideJSON   `json:"a"`
	B          *sideJSON   `json:"b"`
	Depth      int         `json:"depth"`
	Topic      model.Topic `json:"topic"`
	Status     Status      `json:"status"`
	Similarity float64     `json:"similarity"`
	Score      float64     `json:"score"`
	Moved      bool        `json:"moved,omitempty"`
	Pinned     bool        `json:"pinned,omitempty"`
	Heading    *opJSON     `json:"heading,omitempty"`
	Ops        []opJSON    `json:"ops"`
}

type summaryJSON struct {
	Sections struct {
		Same     int `json:"same"`
		Changed  int `json:"changed"`
		Parallel int `json:"parallel"`
		OnlyA    int `json:"only_a"`
		OnlyB    int `json:"only_b"`
	} `json:"sections"`
	Sentences struct {
		Same    int `json:"same"`
		Added   int `json:"added"`
		Removed int `json:"removed"`
		Changed int `json:"changed"`
		Moved   int `json:"moved"`
		Years   int `json:"years"` // of "same": those that differ only by years moved on
	} `json:"sentences"`
	Similarity float64 `json:"similarity"`
}

type comparisonJSON struct {
	A         reportJSON  `json:"a"`
	B         reportJSON  `json:"b"`
	Title     opJSON      `json:"title"`
	Signature *opJSON     `json:"signature,omitempty"`
	Summary   summaryJSON `json:"summary"`
	Pairs     []pairJSON  `json:"pairs"`
}

// MarshalJSON writes the comparison in the form described above.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	out := comparisonJSON{
		A:     reportJSON{c.A.ID, c.A.Label(), c.A.Title},
		B:     reportJSON{c.B.ID, c.B.Label(), c.B.Title},
		Title: opToJSON(c.Title),
		Pairs: make([]pairJSON, 0, len(c.Pairs)),
	}
	if len(c.A.Signature) > 0 || len(c.B.Signature) > 0 {
		sig := opToJSON(c.Signature)
		out.Signature = &sig
	}
	s := c.Summary
	out.Summary.Sections.Same, out.Summary.Sections.Changed, out.Summary.Sections.Parallel = s.Same, s.Changed, s.Parallel
	out.Summary.Sections.OnlyA, out.Summary.Sections.OnlyB = s.OnlyA, s.OnlyB
	out.Summary.Sentences.Same, out.Summary.Sentences.Added, out.Summary.Sentences.Removed = s.Unchanged, s.Added, s.Removed
	out.Summary.Sentences.Changed, out.Summary.Sentences.Moved = s.Edited, s.Moved
	out.Summary.Sentences.Years = s.Years
	out.Summary.Similarity = s.Similarity
	for _, p := range c.Pairs {
		pj := pairJSON{A: sideToJSON(p.A), B: sideToJSON(p.B), Depth: p.Depth, Topic: p.Topic, Status: p.Status,
			Similarity: p.Similarity, Score: p.Score, Moved: p.Moved, Pinned: p.Pinned, Ops: make([]opJSON, 0, len(p.Ops))}
		if p.A != nil && p.B != nil && p.Heading.Kind != OpSame {
			h := opToJSON(p.Heading)
			pj.Heading = &h
		}
		for _, op := range p.Ops {
			pj.Ops = append(pj.Ops, opToJSON(op))
		}
		out.Pairs = append(out.Pairs, pj)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(out)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

func sideToJSON(s *model.Section) *sideJSON {
	if s == nil {
		return nil
	}
	return &sideJSON{s.Path, s.Label, s.Title}
}

func opToJSON(op Op) opJSON {
	o := opJSON{Op: op.Kind, A: op.A, B: op.B, Moved: op.Moved, Years: op.Years}
	if op.Kind == OpSame && op.A == op.B {
		o.B = ""
	}
	for _, s := range op.Spans {
		pt := partJSON{Op: s.Kind, A: op.A[s.A0:s.A1], B: op.B[s.B0:s.B1]}
		if s.Kind == OpSame && pt.A == pt.B {
			pt.B = ""
		}
		o.Parts = append(o.Parts, pt)
	}
	text := op.A
	if op.Kind == OpAdd {
		text = op.B
	}
	for _, r := range op.Shared {
		o.Shared = append(o.Shared, text[r.Start:r.End])
	}
	return o
}
