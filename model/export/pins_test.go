package export

import (
	"bytes"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/compare"
)

// TestHandPairs: a pair made by hand is exported as paired, flagged as
// such, and the tracked docx still accepts to B and rejects to A.
func TestHandPairs(t *testing.T) {
	c := editedPair(t)
	a, b := c.A.Sections[2], c.B.Sections[0] // 三、问题和不足 with 一、第一责任人职责
	pinned := compare.ReportsWith(c.A, c.B, compare.Options{Pins: [][2]*model.Section{{a, b}}})
	d := Build(pinned, Options{Date: fixedDate})
	var found *Pair
	for i := range d.Pairs {
		if d.Pairs[i].Pinned && d.Pairs[i].PathA == a.Path && d.Pairs[i].PathB == b.Path {
			found = &d.Pairs[i]
		}
	}
	if found == nil {
		t.Fatal("the pinned pair is not in the export")
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "手动配对") {
		t.Fatal("the HTML does not say the pair was made by hand")
	}
	checkAcceptReject(t, pinned)
}
