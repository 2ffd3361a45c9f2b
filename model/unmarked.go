// Unmarked parts: headings written without a marker.
//
// Some reports number only their second level: a provincial work report
// has 2024年工作回顾 / 2025年工作安排建议 / 加强政府自身建设 on lines of their
// own, each followed by its own （一）（二）…; an old one puts a bare 一 on a
// line above each part. Both are level-1 parts.
package model

import (
	"strings"
	"unicode/utf8"
)

// bareNumeral recognises a level-1 part numbered by a Chinese numeral
// alone on its line (一, 二, … 二十): the part has no title.
func bareNumeral(line string) (heading, bool) {
	num, n := chineseNumeral(line)
	if n == 0 || n != len(line) || utf8.RuneCountInString(num) > 2 {
		return heading{}, false
	}
	return heading{level: 1, label: num, marker: num}, true
}

// maxUnmarkedRunes is the longest line taken as an unmarked part's title.
const maxUnmarkedRunes = 20

// unmarkedLookahead is how many lines below an unmarked part's title its
// first （一） (or 1.) may come: the part's opening paragraphs come first.
const unmarkedLookahead = 16

// unmarkedParts finds the lines that head unmarked level-1 parts, by
// index. It finds none in a report with any level-1 marker or block
// number: there the numbering says where parts start. A line heads a part
// when it is short, has no punctuation, and the second level restarts at
// （一） below it before any other such line.
func unmarkedParts(lines []string) map[int]bool {
	var candidates []int
	for i, l := range lines {
		if h, ok := recognise(l); ok && h.level == 1 {
			return nil
		}
		if _, ok := blockNumber(l); ok {
			return nil
		}
		if isUnmarkedTitle(l) {
			candidates = append(candidates, i)
		}
	}
	found := map[int]bool{}
	for k, i := range candidates {
		end := min(len(lines), i+1+unmarkedLookahead)
		if k+1 < len(candidates) {
			end = min(end, candidates[k+1])
		}
		for j := i + 1; j < end; j++ {
			if h, ok := recognise(lines[j]); ok {
				if h.level == 2 && h.label == "一" || h.level == 3 && h.label == "1" {
					found[i] = true
				}
				break
			}
		}
	}
	if len(found) < 2 {
		return nil // one such line is a sub-heading, not a structure
	}
	return found
}

// isUnmarkedTitle reports whether l could title an unmarked part: short,
// without punctuation, not a heading or a date.
func isUnmarkedTitle(l string) bool {
	if l == "" || utf8.RuneCountInString(l) > maxUnmarkedRunes || strings.ContainsAny(l, "，。；：、,.;:！？!?（）()《》“”\"") {
		return false
	}
	return !startsHeading(l) && !isDateLine(l) && !isSignatureLine(l)
}
