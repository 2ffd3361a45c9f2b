package compare

import (
	"testing"

	"baogao/model"
)

// TestSimilarityCountsHeadings: a pair's similarity is the share of its
// text, heading included, that both sides share: two sections under one
// heading with different text are not 0%, two whose headings alone
// differ are not 100%, and identical ones are.
func TestSimilarityCountsHeadings(t *testing.T) {
	const body = "全年办理行政复议案件一百二十件，纠错率百分之十二。"
	for _, tc := range []struct {
		name, a, b string
		lo, hi     int // the pair's Percent
		status     Status
	}{
		{"same", "一、依法行政\n" + body + "\n", "一、依法行政\n" + body + "\n", 100, 100, StatusSame},
		{"heading only", "一、依法行政\n" + body + "\n", "一、依法行政工作\n" + body + "\n", 90, 99, StatusChanged},
		{"one heading, other text", "一、依法行政\n" + body + "\n", "一、依法行政\n推进智慧城市建设，上线数字平台。\n", 1, 34, StatusParallel},
	} {
		c := Reports(model.Parse("a", "标题\n"+tc.a), model.Parse("b", "标题\n"+tc.b))
		p := c.Pairs[len(c.Pairs)-1]
		if got := Percent(p.Similarity); got < tc.lo || got > tc.hi || p.Status != tc.status {
			t.Errorf("%s: %d%% %s, want %d–%d%% %s", tc.name, got, p.Status, tc.lo, tc.hi, tc.status)
		}
	}
}
