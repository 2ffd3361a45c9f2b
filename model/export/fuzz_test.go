package export

import (
	"bytes"
	"testing"
	"testing/fstest"

	"baogao/model"
	"baogao/model/compare"
)

// FuzzTrackedDocx: whatever two texts hold, the tracked docx of their
// comparison is valid, accepts to B and rejects to A; the HTML and the
// table are written without error.
func FuzzTrackedDocx(f *testing.F) {
	f.Add("标题\n一、甲\n第一句。第二句。\n二、乙\n内容", "标题2\n一、乙\n内容。\n二、甲\n第一句。第三句。")
	f.Add("一、A\n（一）x。y。\n（二）z。", "一、A\n（二）z。\n（一）x。y。")
	f.Add("<script>。]]>\n一、&amp;", "\t一、&lt;\n——。")
	f.Add("", "一、仅B")
	f.Fuzz(func(t *testing.T, a, b string) {
		l := model.LoadFS(fstest.MapFS{"a.txt": {Data: []byte(a)}, "b.txt": {Data: []byte(b)}}, "fuzz")
		if len(l.Reports) != 2 {
			return // an empty or binary text is not loaded
		}
		c := compare.Reports(l.Reports[0], l.Reports[1])
		checkAcceptReject(t, c)
		d := Build(c, Options{Date: fixedDate})
		var buf bytes.Buffer
		if err := WriteHTML(&buf, d); err != nil {
			t.Fatal(err)
		}
		if err := WriteDocxTable(&buf, d); err != nil {
			t.Fatal(err)
		}
	})
}
