package check

import (
	"fmt"
	"strconv"
	"strings"

	"baogao/model"
)

// checkHeadings: the headings form a tree as official documents number it
// (一、 › （一） › 1. › （1）, GB/T 9704): no level skipped, each list
// counting 1, 2, 3 … without restarting, repeating or leaving gaps.
func checkHeadings(f *facts) Result {
	res := Result{ID: IDHeadings}
	var zh, en []string
	add := func(ev, z, e string) {
		res.Evidence = append(res.Evidence, ev)
		zh, en = append(zh, z), append(en, e)
	}
	checkSiblings(f.r.Sections, nil, add)
	f.r.Walk(func(s *model.Section) {
		for _, c := range s.Children {
			if c.Level > s.Level+1 && c.Marker != "" && s.Marker != "" {
				add(where(c), fmt.Sprintf("%s下跳级（%s后直接%s）", s.Path, s.Marker, c.Marker),
					fmt.Sprintf("a level skipped under %s (%s then %s)", s.Path, s.Marker, c.Marker))
			}
		}
		checkSiblings(s.Children, s, add)
	})
	if len(res.Evidence) == 0 {
		res.Status, res.Msg = Pass, msg("标题层级和序号规范", "headings are numbered in order, no level skipped")
		return res
	}
	res.Status = Warn
	res.Msg = Message{strings.Join(zh, "；"), strings.Join(en, "; ")}
	return res
}

// checkSiblings checks the numbering of one list of sections.
func checkSiblings(ss []*model.Section, parent *model.Section, add func(ev, zh, en string)) {
	prev := 0
	for i, s := range ss {
		n, ok := labelNumber(s.Label)
		if !ok {
			prev = 0
			continue
		}
		switch {
		case i > 0 && ss[i-1].Level != s.Level && ss[i-1].Marker != "":
			add(where(s), fmt.Sprintf("%s与上一标题层级不同（%s、%s）", s.Path, ss[i-1].Marker, s.Marker),
				fmt.Sprintf("%s is at another level than the heading before (%s, %s)", s.Path, ss[i-1].Marker, s.Marker))
		case prev != 0 && n == prev:
			add(where(s), fmt.Sprintf("%s序号重复（%s）", s.Path, s.Marker), fmt.Sprintf("%s repeats the number before (%s)", s.Path, s.Marker))
		case prev != 0 && n < prev:
			add(where(s), fmt.Sprintf("%s序号重新开始（%s）", s.Path, s.Marker), fmt.Sprintf("%s starts the numbering again (%s)", s.Path, s.Marker))
		case n > prev+1 && (prev != 0 || i == 0):
			add(where(s), fmt.Sprintf("%s序号跳过（%s）", s.Path, s.Marker), fmt.Sprintf("%s skips a number (%s)", s.Path, s.Marker))
		}
		prev = n
	}
}

// labelNumber reads a heading's bare numeral: 3, 03, 三, 十二.
func labelNumber(label string) (int, bool) {
	if label == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(label); err == nil {
		return n, true
	}
	return smallNumber(label)
}
