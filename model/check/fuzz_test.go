package check

import (
	"testing"

	"baogao/model"
)

// FuzzRun: any text checks without panicking, every criterion answered
// with a known status and a message.
func FuzzRun(f *testing.F) {
	f.Add("济南市历下区2024年度法治政府建设报告\n一、主要举措和成效\n行政复议54件。\n二、存在的不足和原因\n由于人员不足。\n三、2025年工作打算\n（一）加强\n（一）加强\n济南市历下区人民政府\n2025年1月20日\n")
	f.Add("二〇二四年十三月\n1.\n（3）\n①")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		r := model.Parse("f", model.Sanitize(text))
		c := Run(Input{Report: r, Previous: r})
		if len(c.Criteria) != len(criteria) {
			t.Fatalf("%d criteria", len(c.Criteria))
		}
		for _, res := range c.Criteria {
			if statusWords[res.Status][0] == "" || res.Msg.In(English) == "" || res.Msg.In(Chinese) == "" {
				t.Fatalf("%s: status %q, message %q", res.ID, res.Status, res.Msg.In(English))
			}
		}
	})
}

// FuzzParseDate: a date read is a calendar date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025年1月20日", "二〇二五年一月二十日", "２０２５年３月", "2025年", "2025年13月1日", "二〇二五年十二月三十一日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDate(s)
		if ok && (d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31) {
			t.Fatalf("%q → %+v", s, d)
		}
		yearsIn(s)
	})
}
