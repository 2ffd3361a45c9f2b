package figures

import "unicode/utf8"

// subj is a subject being trimmed down to what a figure counts: the key
// indices of the runes kept, in order. Cutting from the ends is the common
// case; fillers (全年, 累计) are cut from the middle.
type subj struct {
	p          *para
	idx        []int
	list       bool // it names a list of things sharing one number
	cumulative bool // it said 累计
}

// subjectRules trim the words before a number, in order.
var subjectRules = []struct {
	name  string
	apply func(s *subj)
}{
	{"drop dates and years (2023年, 5月)", dropDates},
	{"drop fillers (全年, 累计, 今年以来)", dropFillers},
	{"after 等 comes the category counted (A、B等主题活动)", cutAfterDeng},
	{"drop leading words and generic verbs (其中, 全区, 向, 开展)", trimLeading},
	{"drop trailing connectives (达到, 均为, 保持)", trimTrailing},
	{"a long subject starts after its last generic verb (研究, 听取)", cutAfterVerb},
	{"a long subject starts after its last 的, 对, 及, 、", capLength},
	{"drop leading words left by the cuts", trimLeading},
}

// maxSubjectRunes is where capLength starts cutting.
const maxSubjectRunes = 14

func (s *subj) len() int { return len(s.idx) }

func (s *subj) at(k int) rune {
	if k < 0 || k >= len(s.idx) {
		return 0
	}
	return s.p.key[s.idx[k]]
}

// match reports whether w is spelled at position k.
func (s *subj) match(k int, w string) bool {
	for _, r := range w {
		if s.at(k) != r {
			return false
		}
		k++
	}
	return true
}

func (s *subj) hasPrefix(w string) bool { return s.match(0, w) }

func (s *subj) hasSuffix(w string) bool {
	return s.match(s.len()-utf8.RuneCountInString(w), w)
}

// lastIndex returns the last position where w is spelled, or -1.
func (s *subj) lastIndex(w string) int {
	for k := s.len() - utf8.RuneCountInString(w); k >= 0; k-- {
		if s.match(k, w) {
			return k
		}
	}
	return -1
}

func (s *subj) drop(k, n int) { s.idx = append(s.idx[:k], s.idx[k+n:]...) }

// text is the subject as written.
func (s *subj) text() string {
	b := make([]byte, 0, 3*len(s.idx))
	for _, i := range s.idx {
		b = append(b, s.p.text[s.p.at[i]:s.p.atEnd[i]]...)
	}
	return string(b)
}

func dropDates(s *subj) {
	for k := 0; k < s.len(); k++ {
		e := k
		if s.p.isDigit(s.idx[k]) {
			for e < s.len() && (s.p.isDigit(s.idx[e]) || s.at(e) == ' ' || s.at(e) == '.') {
				e++
			}
		} else if chineseDigit(s.at(k)) >= 0 {
			for e < s.len() && chineseDigit(s.at(e)) >= 0 {
				e++ // 一九五九年 (a year is written digit by digit)
			}
			if e-k < 2 || s.at(e) != '年' {
				continue
			}
		} else {
			continue
		}
		if !containsRune("年月日号", s.at(e)) {
			k = e
			continue
		}
		e++
		for _, w := range []string{"度", "以来", "来", "初", "底", "末"} {
			if s.match(e, w) {
				e += utf8.RuneCountInString(w)
				break
			}
		}
		s.drop(k, e-k)
		k--
	}
}

func dropFillers(s *subj) {
	for k := 0; k < s.len(); {
		w := fillerSet().atSubj(s, k)
		if w == nil {
			k++
			continue
		}
		s.drop(k, len(w))
		if string(w) == "累计" {
			s.cumulative = true
		}
	}
}

func cutAfterDeng(s *subj) {
	k := s.lastIndex("等")
	if k <= 0 || s.len()-k-1 < 2 || containsRune("平高同对均相", s.at(k-1)) || containsRune("级待候", s.at(k+1)) {
		return
	}
	s.drop(0, k+1)
}

func trimLeading(s *subj) {
	for changed := true; changed && s.len() > 0; {
		changed = false
		if w := leadingSet().atSubj(s, 0); w != nil && !(len(w) == 1 && isWordStart(s)) {
			s.drop(0, len(w))
			changed = true
		} else if v := verbSet().atSubj(s, 0); v != nil && s.len()-len(v) >= 2 && attributeSet().atSubj(s, len(v)) == nil {
			s.drop(0, len(v))
			changed = true
		}
	}
}

// isWordStart reports whether the subject's first two runes are a word in
// which its first rune is no leading word (为民, 对外, 向前).
func isWordStart(s *subj) bool {
	w := exceptionSet().atSubj(s, 0)
	return len(w) == 2
}

// trailingByLast indexes trailingWords by their last rune.
var trailingByLast = func() map[rune][]int {
	m := map[rune][]int{}
	for i, t := range trailingWords {
		rs := []rune(t.w)
		m[rs[len(rs)-1]] = append(m[rs[len(rs)-1]], i)
	}
	return m
}()

func trimTrailing(s *subj) {
	for changed := true; changed && s.len() > 0; {
		changed = false
		for _, i := range trailingByLast[s.at(s.len()-1)] {
			t := trailingWords[i]
			n := utf8.RuneCountInString(t.w)
			if !s.hasSuffix(t.w) || n == 1 && containsRune(t.notAfter, s.at(s.len()-2)) {
				continue
			}
			s.drop(s.len()-n, n)
			s.list = s.list || t.list
			changed = true
			break
		}
	}
}

func cutAfterVerb(s *subj) {
	if s.len() <= 8 || s.list {
		return
	}
	for k := s.len() - 3; k >= 0; k-- {
		if w := cutVerbSet().atSubj(s, k); w != nil && s.len()-k-len(w) >= 2 {
			s.drop(0, k+len(w))
			return
		}
	}
}

func capLength(s *subj) {
	bounds := "的对及和与、)"
	if s.list {
		bounds = "的对)"
	}
	for s.len() > maxSubjectRunes {
		cut := -1
		for k := s.len() - 3; k > 0; k-- {
			if containsRune(bounds, s.at(k)) {
				cut = k
				break
			}
		}
		if cut < 0 {
			// No place to cut between words: keep a subject that is long
			// but whole, unless it runs on and on.
			if !s.list && s.len() > maxSubjectRunes+6 {
				s.drop(0, s.len()-maxSubjectRunes)
			}
			return
		}
		s.drop(0, cut+1)
	}
}
