package figures

import "unicode/utf8"

// attempt is a number on its way to becoming a figure. The recognisers in
// figureRules look at it one after the other; each either rejects it (the
// number is a date, an ordinal, part of a name …) or reads a little more of
// it (a range, a multiplier, a qualifier, the unit) and lets it go on.
type attempt struct {
	p          *para
	toks       []numTok
	tok        int // index of the number in toks
	start, end int // key-rune span read so far
	lo, hi     decimal
	isRange    bool
	unit       string // as written (folded)
	info       unitInfo
	quals      []string
}

type rule struct {
	name string
	ok   func(a *attempt) bool
}

// figureRules is the parser: a number is a figure when every rule lets it
// through. The order matters only where a rule reads on from where the one
// before stopped.
var figureRules = []rule{
	{"not a run of digits too long to count (IDs, accounts)", func(a *attempt) bool { return !a.num().bad }},
	{"not inside quotes or a title (“十四五”, 《2024年度…》)", notQuoted},
	{"not an ordinal (第二十五条, 第一)", notOrdinal},
	{"not a vague count (几十万, 数百, 十几)", notVague},
	{"not glued to Latin letters or formulas (5G, 1+1+N, 9:30)", notCode},
	{"not a lone 一, 二 or 两 (一次性, 一件事, 两个维护)", notSetPhrase},
	{"not a lone 百 千 万 亿 but before 余 or 多 (万家, 千方百计; 千余场次)", notLoneMultiplier},
	{"a range reads on (3至5个, 10—15天)", readRange},
	{"a multiplier reads on (3万, 1.39万亿)", readMultiplier},
	{"余 or 多 before the unit reads on (100余次, 700余万)", readInnerQualifier},
	{"not a date or a serial (2024年, 3月5日, 28号)", notDate},
	{"a unit from the table follows, or 百分之 comes before (百分之四十六)", readUnit},
	{"not a slogan count (三个“全覆盖”)", notSloganCount},
	{"a qualifier after the unit reads on (98%以上, 5分钟内)", readSuffix},
	{"not a one-character Chinese count naming a thing (八项规定, 五类水体)", notNamedCount},
	{"a range with the unit on both ends reads on (一百五十元至二百元)", readRangeAfterUnit},
	{"a qualifier before the number reads back (近200家, 超过)", readPrefix},
}

func (a *attempt) num() *numTok { return &a.toks[a.tok] }

// skipSpace returns the first key index from i that is not a space (the
// fold keeps one between digits and letters).
func (a *attempt) skipSpace(i int) int {
	for a.p.rune(i) == ' ' {
		i++
	}
	return i
}

// tokAt returns the index of the number token starting at key index i, or -1.
func (a *attempt) tokAt(i int) int {
	for k := a.tok + 1; k < len(a.toks) && a.toks[k].start <= i; k++ {
		if a.toks[k].start == i {
			return k
		}
	}
	return -1
}

func notQuoted(a *attempt) bool {
	p, s := a.p, a.start
	// Curly quotes and book-title marks, told apart on the original.
	depth := 0
	for i := s - 1; i >= 0 && i >= s-60; i-- {
		switch r := p.src[i]; {
		case isCloseQuote(r):
			depth++
		case isOpenQuote(r):
			if depth == 0 {
				return !closesWithin(p, a.end, 60)
			}
			depth--
		case isSentenceMark(p.key[i]):
			i = -1 // quotes do not run over a sentence here
		}
	}
	// Straight quotes: inside when an odd number of them come before.
	if !p.straightQuotes {
		return true
	}
	n := 0
	for i := 0; i < s; i++ {
		if p.src[i] == '"' {
			n++
		}
	}
	if n%2 == 1 {
		for i := a.end; i < len(p.key) && i < a.end+60; i++ {
			if p.src[i] == '"' {
				return false
			}
		}
	}
	return true
}

// closesWithin reports whether a closing quote comes within n runes of i.
func closesWithin(p *para, i, n int) bool {
	depth := 0
	for j := i; j < len(p.key) && j < i+n; j++ {
		switch r := p.src[j]; {
		case isOpenQuote(r):
			depth++
		case isCloseQuote(r):
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

func notOrdinal(a *attempt) bool {
	r := a.p.rune(a.skipBack(a.start))
	return r != '第' && r != '其' && r != '初' && r != '前' && r != '届'
}

func notVague(a *attempt) bool {
	t := a.num()
	before, after := a.p.rune(a.start-1), a.p.rune(t.end)
	return !t.chinese || before != '几' && before != '数' && after != '几'
}

// skipBack returns the key index just after the last non-space before i.
func (a *attempt) skipBack(i int) int {
	for a.p.rune(i-1) == ' ' {
		i--
	}
	return i - 1
}

func notCode(a *attempt) bool {
	before, after := a.p.rune(a.start-1), a.p.rune(a.end)
	switch {
	case isLatin(before) || isLatin(after):
		return false
	case before == '+' || after == '+' || before == '#' || before == '/' || after == '/':
		return false
	case after == ':' && a.p.isDigit(a.end+1):
		return false
	case after == '.' && a.p.isDigit(a.end+1): // 1.2.3, a dotted serial
		return false
	}
	return true
}

func notSetPhrase(a *attempt) bool {
	t := a.num()
	if !t.chinese {
		return true
	}
	return t.end-t.start > 1 || t.val.mant > 2
}

func notLoneMultiplier(a *attempt) bool {
	return !a.num().lone || containsRune(innerQualifiers, a.p.rune(a.skipSpace(a.end)))
}

func readRange(a *attempt) bool {
	i := a.skipSpace(a.end)
	if !containsRune(rangeMarks, a.p.rune(i)) {
		return true
	}
	k := a.tokAt(a.skipSpace(i + 1))
	if k < 0 || a.toks[k].chinese != a.num().chinese || a.toks[k].bad {
		return true
	}
	a.hi, a.isRange, a.end = a.toks[k].val, true, a.toks[k].end
	return true
}

// readMultiplier reads 十 百 千 万 亿 after the number (at most two: 万亿,
// 千万), unless they start a unit (3千米 is 3 公里).
func readMultiplier(a *attempt) bool {
	i := a.skipSpace(a.end)
	if _, _, ok := a.unitAt(i); ok {
		return true
	}
	exp, j := 0, i
	for ; j < i+2 && chineseUnit(a.p.rune(j)) > 0; j++ {
		exp += chineseUnit(a.p.rune(j))
	}
	if j == i {
		return true
	}
	if t := a.num(); t.chinese && t.head > 0 && !a.isRange {
		// 五亿二千多万: the 万 multiplies what follows the 亿.
		tail := t.val.mant - t.head
		if tail > maxMant/uint64(pow10[exp]) {
			return false
		}
		a.lo = decimal{mant: t.head + tail*uint64(pow10[exp])}
		a.hi, a.end = a.lo, j
		return exp < 8
	}
	a.lo, a.hi = a.lo.scaled(exp), a.hi.scaled(exp)
	a.end = j
	return true
}

func readInnerQualifier(a *attempt) bool {
	i := a.skipSpace(a.end)
	r := a.p.rune(i)
	if !containsRune(innerQualifiers, r) {
		return true
	}
	j := a.skipSpace(i + 1)
	if _, _, ok := a.unitAt(j); !ok && chineseUnit(a.p.rune(j)) == 0 {
		return true
	}
	a.quals = append(a.quals, string(r))
	a.end = i + 1
	return readMultiplier(a)
}

func notDate(a *attempt) bool {
	r := a.p.rune(a.skipSpace(a.end))
	return !containsRune(notUnitsAfter, r) || r == 0
}

// unitAt finds the longest unit at key index i that is not the start of a
// longer word.
func (a *attempt) unitAt(i int) (string, unitInfo, bool) {
	for _, u := range unitsByFirst[a.p.rune(i)] {
		if !a.p.hasRunes(i, u.runes) {
			continue
		}
		if bad, ok := unitNotBefore[u.w]; ok && containsRune(bad, a.p.rune(i+len(u.runes))) {
			continue
		}
		return u.w, u.info, true
	}
	return "", unitInfo{}, false
}

func readUnit(a *attempt) bool {
	for _, w := range [...]struct{ before, unit string }{{"百分之", "%"}, {"千分之", "‰"}} {
		if a.p.endsAt(a.start, w.before) {
			a.unit, a.info = w.before, units[w.unit]
			a.start -= utf8.RuneCountInString(w.before)
			return true
		}
	}
	i := a.skipSpace(a.end)
	w, info, ok := a.unitAt(i)
	if !ok {
		return false
	}
	a.unit, a.info = w, info
	a.end = i + utf8.RuneCountInString(w)
	return true
}

// notSloganCount rejects a Chinese numeral whose count opens a quotation,
// as in 六个“向前一步”: such counts name a policy rather than count work.
func notSloganCount(a *attempt) bool {
	if !a.num().chinese || a.end >= len(a.p.src) {
		return true
	}
	return !isOpenQuote(a.p.src[a.end]) && a.p.src[a.end] != '"'
}

// notNamedCount rejects 三项 四个 八项 written in one Chinese character
// right before a noun: reports write counts in digits (GB/T 15835), and
// such phrases name policies (八项规定, 四个意识) or classes (五类水体).
// 十余个, 三成 and 培训三次。 stay figures.
func notNamedCount(a *attempt) bool {
	t := a.num()
	if !t.chinese || t.end-t.start > 1 || len(a.quals) > 0 || a.info.base == "%" {
		return true
	}
	return !isHan(a.p.rune(a.end))
}

func readRangeAfterUnit(a *attempt) bool {
	if a.isRange {
		return true
	}
	i := a.skipSpace(a.end)
	if !containsRune(rangeMarks, a.p.rune(i)) {
		return true
	}
	k := a.tokAt(a.skipSpace(i + 1))
	if k < 0 || a.toks[k].bad || a.toks[k].chinese != a.num().chinese {
		return true
	}
	b := attempt{p: a.p, toks: a.toks, tok: k, start: a.toks[k].start, end: a.toks[k].end, lo: a.toks[k].val, hi: a.toks[k].val}
	if !readMultiplier(&b) || !readUnit(&b) || b.unit != a.unit {
		return true
	}
	a.hi, a.isRange, a.end = b.lo, true, b.end
	return true
}

func readSuffix(a *attempt) bool {
	i := a.skipSpace(a.end)
	for _, q := range suffixQualifiers {
		if a.p.hasAt(i, q) {
			a.quals = append(a.quals, q)
			a.end = i + utf8.RuneCountInString(q)
			return true
		}
	}
	if withinUnits[a.info.base] && a.p.rune(i) == '内' {
		a.quals = append(a.quals, "内")
		a.end = i + 1
	}
	return true
}

func readPrefix(a *attempt) bool {
	i := a.skipBack(a.start) + 1
	for _, q := range prefixQualifiers {
		n := utf8.RuneCountInString(q)
		if !a.p.endsAt(i, q) {
			continue
		}
		if bad, ok := qualifierNotAfter[q]; ok && containsRune(bad, a.p.rune(i-n-1)) {
			continue
		}
		a.quals = append([]string{q}, a.quals...)
		a.start = i - n
		break
	}
	return true
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
