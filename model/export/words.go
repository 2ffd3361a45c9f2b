package export

import (
	"strconv"
)

// The words the exports use. The documents are for Chinese readers, as the
// reports are, whatever the locale of the terminal they were made in.

// statusName is a pair's status as the exports write it.
func statusName(status string) string {
	switch status {
	case "same":
		return "相同"
	case "changed":
		return "修改"
	case "parallel":
		return "平行"
	case "only-A":
		return "仅A有"
	case "only-B":
		return "仅B有"
	}
	return status
}

// pairStatus is a pair's status with its similarity and flags: 修改 82%，位置移动.
func pairStatus(p *Pair) string {
	s := statusName(p.Status)
	if p.Status == "changed" || p.Status == "parallel" {
		s += " " + strconv.Itoa(p.Similarity) + "%"
	}
	if p.Moved {
		s += "，位置移动"
	}
	if p.Pinned {
		s += "，手动配对"
	}
	return s
}

// sideName is a report as the exports name it: unit, year, title, file.
func sideName(s Side) string {
	out := s.Unit
	if s.Year != 0 {
		out += " " + strconv.Itoa(s.Year) + "年"
	}
	if out == "" {
		out = s.ID
	}
	return out
}

// sameCount is a run of unchanged sentences collapsed.
func sameCount(n int) string { return "……" + strconv.Itoa(n) + "句未变" }

// summaryLines are the summary's counts, one line for the sections and
// one for the sentences.
func summaryLines(s Summary) (sections, sentences string) {
	n := strconv.Itoa
	sections = "章节：相同 " + n(s.Same) + "，修改 " + n(s.Changed) + "，平行 " + n(s.Parallel) +
		"，仅A有 " + n(s.OnlyA) + "，仅B有 " + n(s.OnlyB)
	sentences = "句子：未变 " + n(s.Unchanged) + "，修改 " + n(s.Edited) + "，新增 " + n(s.Added) +
		"，删除 " + n(s.Removed) + "，移动 " + n(s.Moved)
	return sections, sentences
}

// generator names baogao and its version.
func generator(version string) string {
	if version == "" {
		version = "dev"
	}
	return "baogao " + version
}
