package followup

import (
	"testing"

	"baogao/model"
)

// FuzzFollow: any two texts follow without panicking; statuses are known
// and evidence scores between 0 and 1.
func FuzzFollow(f *testing.F) {
	f.Add("某区2024年度报告\n一、2025年工作打算\n（一）深化行政复议改革，提升办案质量。\n", "某区2025年度报告\n一、主要举措和成效\n深化行政复议改革，办理案件54件。\n")
	f.Add("一、下一步打算\n", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		res := Follow(model.Parse("a", model.Sanitize(a)), model.Parse("b", model.Sanitize(b)))
		for _, it := range res.Items {
			if it.Status != Done && it.Status != Partial && it.Status != None {
				t.Fatalf("status %q", it.Status)
			}
			for _, e := range it.Evidence {
				if e.Similarity < 0 || e.Similarity > 1 {
					t.Fatalf("similarity %v", e.Similarity)
				}
			}
		}
	})
}
