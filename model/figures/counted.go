package figures

import (
	"strings"
)

// counted is what a figure was found to count: its own words, and the words
// of the figure before it that it leans on (行政复议案件 for 受理94件).
type counted struct {
	own, ctx subj
	unit     string
}

// subjectOf sets f.Subject and f.Context and returns what f counts and the
// key index where the words it counts end (the next figure's subject starts
// no earlier). floor is where the clause may start at the earliest: the
// sentence start, or the end of the figure before.
func subjectOf(f *Figure, a *attempt, floor, limit int, prev *counted) (counted, int) {
	p := a.p
	cs := clauseStart(p, a.start, floor)
	pre := clauseSubject(p, cs, a.start)
	if pre.cumulative && !strings.Contains(f.Qualifier, "累计") {
		f.Qualifier = strings.TrimSpace("累计 " + f.Qualifier)
	}
	cur, tail := counted{own: pre, unit: f.Unit}, a.end
	if noun := nounAfter(p, a.end, limit); noun.len() > 0 && !isAction(&noun) {
		tail = noun.idx[noun.len()-1] + 1
		if kv := keepVerbAtEnd(&pre); kv > 0 {
			noun.idx = append(pre.idx[pre.len()-kv:pre.len():pre.len()], noun.idx...)
		}
		cur.own = noun
	}
	if cur.own.len() == 0 {
		cur.own = earlierSubject(p, cs, floor)
	}
	switch {
	case cur.own.len() == 0 && prev != nil:
		cur.own, cur.ctx = prev.own, prev.ctx
	case prev != nil && prev.unit == f.Unit && isAction(&cur.own), prev != nil && isChange(&cur.own):
		cur.ctx = contextOf(prev)
	}
	f.Context = cur.ctx.text()
	f.Subject = f.Context + cur.own.text()
	return cur, tail
}

// clauseStart returns where the clause holding key index i starts, no
// earlier than floor.
func clauseStart(p *para, i, floor int) int {
	for i > floor && !isClauseMark(p.key[i-1]) {
		i--
	}
	return i
}

// clauseSubject trims the words of key runes [from, to) with subjectRules.
func clauseSubject(p *para, from, to int) subj {
	s := subj{p: p, idx: make([]int, 0, to-from)}
	for i := from; i < to; i++ {
		if p.key[i] != ' ' {
			s.idx = append(s.idx, i)
		}
	}
	dropUnclosed(&s)
	trimPunct(&s)
	for _, r := range subjectRules {
		r.apply(&s)
	}
	trimPunct(&s)
	return s
}

// dropUnclosed drops brackets the clause opens but does not close before
// the number: 平均收入水平（每人八十元） counts 平均收入水平每人.
func dropUnclosed(s *subj) {
	depth := 0
	for k := s.len() - 1; k >= 0; k-- {
		switch s.at(k) {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				s.drop(k, 1)
			} else {
				depth--
			}
		}
	}
}

// earlierSubject looks for the subject of a figure whose own clause names
// none (粮食每亩平均年产量，在三种不同的地区，分别达到四百斤) in the clauses
// before it, passing over those that open with a preposition.
func earlierSubject(p *para, cs, floor int) subj {
	for n := 0; n < 3 && cs-1 > floor; n++ {
		end := cs - 1
		cs = clauseStart(p, end, floor)
		s := clauseSubject(p, cs, end)
		if s.len() > 0 && !containsRune(prepositions, s.at(0)) {
			return s
		}
	}
	return subj{p: p}
}

// trimPunct drops punctuation from both ends, keeping quotes and brackets
// that belong to the words (“城市e普法”短视频, 村(社区)).
func trimPunct(s *subj) {
	for s.len() > 0 && isLoosePunct(s.p, s.idx[0], true) {
		s.drop(0, 1)
	}
	for s.len() > 0 && isLoosePunct(s.p, s.idx[s.len()-1], false) {
		s.drop(s.len()-1, 1)
	}
}

func isLoosePunct(p *para, i int, atStart bool) bool {
	r, src := p.key[i], p.src[i]
	switch {
	case isHan(r) || isLatin(r) || '0' <= r && r <= '9':
		return false
	case atStart && (isOpenQuote(src) || r == '(' || r == '"'):
		return false
	case !atStart && (isCloseQuote(src) || r == ')' || r == '"'):
		return false
	}
	return true
}

// nounAfter returns the words right after a figure that name what it
// counts (16台自助服务终端, 92%的审批服务事项), up to a verb, a
// preposition, punctuation or another number; empty when the figure's
// words come before it.
func nounAfter(p *para, i, limit int) subj {
	for p.rune(i) == ' ' {
		i++
	}
	if p.rune(i) == '的' {
		i++
	}
	s := subj{p: p}
	han, depth := 0, 0
	for j := i; j < limit && j-i < 12; j++ {
		r := p.key[j]
		switch {
		case isNounStop(p, j):
			j = len(p.key)
			continue
		case isHan(r):
			han++
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case r == '·' || r == ' ' && isLatin(p.rune(j+1)):
		case (isOpenQuote(p.src[j]) || r == '"') && j == i:
			// a quoted name opening the words: 86个“两重”项目
			e := quotedEnd(p, j)
			if e < 0 {
				j = len(p.key)
				continue
			}
			for ; j < e; j++ {
				s.idx = append(s.idx, j)
			}
			j = e
		default:
			j = len(p.key)
			continue
		}
		s.idx = append(s.idx, j)
	}
	for depth > 0 && s.len() > 0 { // an unclosed bracket: drop it and what follows
		if s.at(s.len()-1) == '(' {
			depth--
		}
		s.drop(s.len()-1, 1)
	}
	if han == 0 || s.len() > 0 && !isHan(s.at(0)) {
		s.idx = nil
	}
	return s
}

// quotedEnd returns the index of the quote closing the one at j when it
// closes within 12 runes and a Han character follows it, else -1.
func quotedEnd(p *para, j int) int {
	for k := j + 1; k < len(p.key) && k <= j+12; k++ {
		if isCloseQuote(p.src[k]) || p.src[k] == '"' {
			if isHan(p.rune(k + 1)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// isNounStop reports whether a word of nounStops starts at key index j.
func isNounStop(p *para, j int) bool {
	if containsRune(listStops, p.key[j]) {
		k := j + 1
		for p.rune(k) == ' ' {
			k++
		}
		return p.isDigit(k) || isChineseNumeral(p.rune(k))
	}
	w := nounStopSet().at(p, j)
	if len(w) != 1 {
		return w != nil
	}
	return len(exceptionSet().at(p, j-1)) != 2 && len(exceptionSet().at(p, j)) != 2
}

// keepVerbAtEnd returns the rune length of the keep-verb the subject ends
// with, or 0.
func keepVerbAtEnd(s *subj) int { return len(keepVerbSet().endingSubj(s)) }

// isAction reports whether a subject is only an action (受理, 结案, 未结案):
// what it acts on is named before.
func isAction(s *subj) bool {
	if actionSet().has(s) {
		return true
	}
	return s.len() == 3 && len(actionSet().endingSubj(s)) == 2
}

// isChange reports whether a subject is only a change (增长, 下降).
func isChange(s *subj) bool { return changeSet().has(s) }

// contextOf returns the words a figure leaning on prev takes from it: what
// prev counts, without an action at its end (行政处罚立案 → 行政处罚), its
// last part when long (街道(镇)行政诉讼案件 → 行政诉讼案件).
func contextOf(prev *counted) subj {
	src := prev.own
	if prev.ctx.len() > 0 {
		src = prev.ctx
	}
	c := subj{p: src.p, idx: append([]int(nil), src.idx...)}
	if w := actionSet().endingSubj(&c); w != nil && c.len()-len(w) >= 2 {
		c.drop(c.len()-len(w), len(w))
	}
	for c.len() > 8 {
		cut := -1
		for k := c.len() - 3; k > 0; k-- {
			if containsRune(")、的", c.at(k)) {
				cut = k
				break
			}
		}
		if cut < 0 {
			if c.len() > maxSubjectRunes {
				c.drop(0, c.len()-maxSubjectRunes)
			}
			break // no place to cut between words: keep it whole
		}
		c.drop(0, cut+1)
	}
	return c
}
