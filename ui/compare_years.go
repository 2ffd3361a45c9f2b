package ui

// Years moved on (model/compare years.go): sentences that differ only by
// the reports' year difference are unchanged and hidden; y shows them, as
// change rows with their years dim, and n then stops on them.

import (
	"fmt"

	"baogao/model/compare"
)

// ShowYears shows or hides the sentences that differ only by year bumps,
// keeping the pair under the cursor in view.
func (d *diffView) ShowYears(on bool) {
	if on == d.years {
		return
	}
	pair := d.Pair()
	if d.goal >= 0 {
		pair = d.goal
	}
	d.years = on
	d.rebuild(false)
	d.GoTo(pair)
	if d.queued {
		d.goal = pair // rows being built: show the pair when they arrive
	}
}

// hasYears reports whether rows show a sentence that differs only by year
// bumps (RowsWith with years: a change row without an edit).
func hasYears(rows []compare.Row) bool {
	for _, r := range rows {
		if r.Same == 0 && r.Unified != nil {
			edited := false
			for _, p := range r.Unified {
				edited = edited || p.Style&compare.Edit != 0
			}
			if !edited {
				return true
			}
		}
	}
	return false
}

// countText is a run of unchanged sentences as the view shows it, with
// how many of them differ only by year bumps.
func countText(r compare.Row) string {
	s := fmt.Sprintf("… %d 句未变", r.Same)
	if r.Years > 0 {
		s += fmt.Sprintf("（%d 句仅年份顺延，y 显示）", r.Years)
	}
	return s
}
