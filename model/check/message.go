package check

import "fmt"

// Lang is the language messages are given in.
type Lang int

// The languages: Chinese for zh locales, English otherwise.
const (
	English Lang = iota
	Chinese
)

// Message is a sentence in both languages; In picks one.
type Message struct{ zh, en string }

// msg formats a message in both languages with the same arguments.
func msg(zh, en string, args ...any) Message {
	return Message{fmt.Sprintf(zh, args...), fmt.Sprintf(en, args...)}
}

// In returns the message in l.
func (m Message) In(l Lang) string {
	if l == Chinese {
		return m.zh
	}
	return m.en
}

// statusWords are the verdicts as printed.
var statusWords = map[Status][2]string{
	Pass: {"pass", "通过"},
	Warn: {"warn", "注意"},
	Fail: {"fail", "不符"},
	Info: {"info", "说明"},
}

// Word is the status as printed in l: pass/通过, warn/注意, fail/不符, info/说明.
func (s Status) Word(l Lang) string { return statusWords[s][l] }

// names are the criteria as a reviewer calls them.
var names = map[string][2]string{
	IDMeasures:     {"measures and results", "主要举措和成效"},
	IDShortcomings: {"shortcomings", "存在的不足"},
	IDCauses:       {"causes of the shortcomings", "不足的原因"},
	IDDuties:       {"duties of the principal leaders", "第一责任人职责"},
	IDPlans:        {"plans for the next year", "下一年度安排"},
	IDOther:        {"other matters", "其他需要报告的情况"},
	IDTitle:        {"title", "标题"},
	IDSignature:    {"signature (落款)", "落款"},
	IDYear:         {"year consistency", "年度一致"},
	IDPublished:    {"published by 1 April", "4月1日前公开"},
	IDDensity:      {"figures (内容翔实)", "内容翔实"},
	IDFamilies:     {"core areas covered", "重点领域"},
	IDCopied:       {"shortcomings not copied", "不足未照搬上年"},
	IDHeadings:     {"headings", "标题层级"},
}

// Name is the criterion's name as a reviewer calls it, in l.
func Name(id string, l Lang) string {
	if n, ok := names[id]; ok {
		return n[l]
	}
	return id
}
