package check

import (
	"reflect"
	"time"

	"baogao/model"
)

// deadline is the last day a report on year y may be made public: 4月1日 of
// the next year (第二十四条: 每年4月1日之前…应当通过报刊、网站等新闻媒体向社会
// 公开; 之前 counts the day itself, as 以前 does in Chinese law).
func deadline(y int) time.Time { return time.Date(y+1, time.April, 1, 0, 0, 0, 0, time.UTC) }

// checkPublished: made public by 4月1日 of the year after the one reported
// on, when the publication date is known. An unknown date is information,
// never a failure: a text file does not say when it was published.
func checkPublished(f *facts) Result {
	res := Result{ID: IDPublished}
	year := f.r.Year
	pub := f.in.Published
	if pub.IsZero() {
		pub = publishedField(f.r)
	}
	if year == 0 {
		res.Status, res.Msg = Info, msg("报告年度不明，无法判断公开时间", "the year reported on is unknown, so is the deadline")
		return res
	}
	if isWorkReport(f.r) {
		res.Status, res.Msg = Info, msg("政府工作报告，不适用4月1日的公开期限", "a work report: the 1 April deadline is for 法治政府建设 reports")
		return res
	}
	due := deadline(year)
	dueText := date{year + 1, 4, 1}.String()
	if !pub.IsZero() {
		d := date{pub.Year(), int(pub.Month()), pub.Day()}
		res.Evidence = []string{"发布：" + d.String(), "期限：" + dueText}
		if time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC).After(due) {
			res.Status, res.Msg = Fail, msg("%s公开，晚于%s", "published %s, after %s", d.String(), dueText)
		} else {
			res.Status, res.Msg = Pass, msg("%s公开，不晚于%s", "published %s, by %s", d.String(), dueText)
		}
		return res
	}
	res.Evidence = []string{"发布：未知", "期限：" + dueText}
	if f.sigDate.known() && f.sigDate.time().After(due) {
		res.Status, res.Evidence = Warn, append(res.Evidence, "落款："+f.sigDate.String())
		res.Msg = msg("发布日期未知；落款日期%s已晚于%s", "publication date unknown; the signature is dated %s, after %s", f.sigDate.String(), dueText)
		return res
	}
	res.Status = Info
	res.Msg = msg("发布日期未知，应不晚于%s", "publication date unknown; due by %s", dueText)
	return res
}

// publishedField reads the report's publication date when model.Report
// has one (a Published field is planned: a portal page's 发布时间, a PDF's
// date). Read by name so that this package builds before and after it
// lands; a zero time when the field is absent or empty.
func publishedField(r *model.Report) time.Time { return publishedOf(reflect.ValueOf(r).Elem()) }

// publishedOf reads the Published field of a struct value: a time.Time, a
// *time.Time or a string as YYYY-MM-DD (or RFC 3339).
func publishedOf(report reflect.Value) time.Time {
	v := report.FieldByName("Published")
	if !v.IsValid() {
		return time.Time{}
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return time.Time{}
		}
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case time.Time:
		return x
	case string:
		for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04:05"} {
			if t, err := time.Parse(layout, x); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
