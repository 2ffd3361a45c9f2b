package figures

// numTok is a number in a paragraph's key: a run of digits, or a run of
// Chinese numerals.
type numTok struct {
	start, end int // key runes
	val        decimal
	chinese    bool
	bad        bool   // too long to be a count, or not a well-formed numeral
	lone       bool   // a lone 百 千 万 亿 (老百姓, 万家): a number only as in 千余
	head       uint64 // Chinese: the value up to the last 万 or 亿 (see parseChineseParts)
}

// tokenize finds the numbers of a paragraph. It keeps nothing but the
// numbers: what they count, and whether they are figures at all, is for the
// recognisers to say.
func tokenize(p *para, toks []numTok) []numTok {
	for i := 0; i < len(p.key); {
		switch {
		case p.isDigit(i):
			d, end, ok := readArabic(p, i)
			toks = append(toks, numTok{start: i, end: end, val: d, bad: !ok})
			i = end
		case isChineseNumeral(p.key[i]):
			end := i + 1
			for end < len(p.key) && isChineseNumeral(p.key[end]) {
				end++
			}
			head, tail, ok := parseChineseParts(p.key[i:end])
			lone := end == i+1 && chineseUnit(p.key[i]) >= 2
			toks = append(toks, numTok{start: i, end: end, val: decimal{mant: head + tail}, chinese: true,
				bad: !ok, lone: lone, head: head})
			i = end
		default:
			i++
		}
	}
	return toks
}
