package check

import (
	"fmt"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/seeds"
)

// seedReports loads the embedded seeds.
func seedReports(t testing.TB) []*model.Report {
	t.Helper()
	loaded := model.LoadFS(seeds.FS, "seeds")
	if len(loaded.Errors) > 0 || len(loaded.Reports) == 0 {
		t.Fatalf("seeds: %v", loaded.Errors)
	}
	return loaded.Reports
}

// render is a check as the golden files keep it: each criterion's status,
// evidence and message in both languages, one per line, so that a change
// to one criterion shows as a change to its lines.
func render(c *Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", c.ID)
	for _, r := range c.Criteria {
		fmt.Fprintf(&b, "\n%s %s\n  zh: %s\n  en: %s\n", r.ID, r.Status, r.Msg.In(Chinese), r.Msg.In(English))
		for _, e := range r.Evidence {
			fmt.Fprintf(&b, "  - %s\n", e)
		}
	}
	return b.String()
}

// TestSeedGoldens: every seed's check, as reviewed by hand (CRITERIA.md
// says why each seed gets what it gets).
func TestSeedGoldens(t *testing.T) {
	reports := seedReports(t)
	for _, r := range reports {
		t.Run(r.ID, func(t *testing.T) {
			c := Run(Input{Report: r, Previous: Previous(r, reports)})
			fixture.Golden(t, "golden/check-"+r.ID+".txt", render(c))
		})
	}
}
