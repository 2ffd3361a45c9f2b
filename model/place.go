// Places: who reports, read from the words that name the reporting body.
//
// A report's issuer is named at every level: 国务院 (national), 四川省 (a
// province), 上海市 and 济南市 (a municipality or prefecture-level city),
// 济南市历下区 (a district of a city), 济宁经济开发区, 周村区人民政府, 薛城区
// 司法局 (a department of a district), 深圳市司法局 (of a city). The unit is
// the body as named, whatever its level; the district only a county-level
// place; the city only a prefecture-level city or municipality. Names are
// matched in Simplified form (朝陽區 is 朝阳区) and kept as written.
package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// place is what the words naming a reporting body say.
type place struct {
	unit, district, city, province string
	national                       bool
}

func (p place) empty() bool { return p.unit == "" && p.city == "" && p.province == "" && !p.national }

// provinces are the provinces and autonomous regions as their names start;
// the municipalities are in the city table.
var provinces = []struct{ name, full string }{
	{"内蒙古", "内蒙古自治区"}, {"广西", "广西壮族自治区"}, {"西藏", "西藏自治区"},
	{"宁夏", "宁夏回族自治区"}, {"新疆", "新疆维吾尔自治区"}, {"黑龙江", "黑龙江省"},
	{"河北", "河北省"}, {"山西", "山西省"}, {"辽宁", "辽宁省"}, {"吉林", "吉林省"}, {"江苏", "江苏省"},
	{"浙江", "浙江省"}, {"安徽", "安徽省"}, {"福建", "福建省"}, {"江西", "江西省"}, {"山东", "山东省"},
	{"河南", "河南省"}, {"湖北", "湖北省"}, {"湖南", "湖南省"}, {"广东", "广东省"}, {"海南", "海南省"},
	{"四川", "四川省"}, {"贵州", "贵州省"}, {"云南", "云南省"}, {"陕西", "陕西省"}, {"甘肃", "甘肃省"},
	{"青海", "青海省"}, {"台湾", "台湾省"},
}

// nationalBodies start the names of the central government and its
// ministries, which report for the nation.
var nationalBodies = []string{"国务院", "中华人民共和国", "全国"}

// placeSuffixes end the names of county-level places and below.
var placeSuffixes = []string{"开发区", "高新区", "新区", "园区", "街道", "区", "县", "旗", "镇", "乡"}

// placeOfWords reads the reporting body from the Han words of a title's
// head (or a file name, or an opening sentence), in their written form.
func placeOfWords(words []string) place {
	var p place
	for _, orig := range words {
		w := simplified(orig)
		q := placeOfWord(w)
		if q.empty() {
			continue
		}
		q.unit = asWritten(orig, w, q.unit)
		q.district = asWritten(orig, w, q.district)
		p = p.merge(q)
	}
	return p
}

// merge fills p's empty fields from q: 中共周村区委 周村区人民政府 name one
// body twice.
func (p place) merge(q place) place {
	if p.empty() {
		return q
	}
	if p.city == "" && p.province == "" && !p.national {
		p.city, p.province = q.city, q.province
	}
	if p.district == "" && q.district != "" && (p.unit == "" || p.unit == q.city) {
		p.district, p.unit = q.district, q.unit
	}
	return p
}

// placeOfWord reads one word (Simplified): 济南市历下区, 深圳市司法局, 四川省,
// 国务院, 周村区人民政府.
func placeOfWord(w string) place {
	w = trimUnitSuffix(strings.TrimPrefix(w, "中共"))
	if w == "" || !hasAnySuffix(w, unitNameEnds) {
		return place{}
	}
	for _, b := range nationalBodies {
		if strings.HasPrefix(w, b) {
			return place{unit: w, national: true}
		}
	}
	var p place
	rest := w
	for _, pr := range provinces {
		if strings.HasPrefix(rest, pr.full) {
			p.province, rest = pr.full, rest[len(pr.full):]
			break
		}
		if strings.HasPrefix(rest, pr.name+"省") {
			p.province, rest = pr.full, rest[len(pr.name+"省"):]
			break
		}
	}
	p.city, rest = leadingCity(rest)
	switch {
	case rest == "" && p.city != "":
		p.unit = p.city
	case rest == "":
		p.unit = p.province
	case hasAnySuffix(rest, placeSuffixes):
		p.district, p.unit = rest, rest
	default: // a department: of a district (薛城区司法局), else of the city or province
		p.district = districtPrefix(rest)
		p.unit = rest
		if p.district == "" {
			p.unit = strings.TrimSuffix(w, rest) + rest
		}
	}
	return p
}

// districtPrefix returns the place a department's name starts with: 薛城区
// of 薛城区司法局, or "".
func districtPrefix(name string) string {
	for i, r := range name {
		if i < 2*3 { // a place name has at least two characters before its 区 or 县
			continue
		}
		if (r == '区' || r == '县' || r == '旗') && i+utf8.RuneLen(r) < len(name) {
			return name[:i+utf8.RuneLen(r)]
		}
	}
	return ""
}

// asWritten returns the part of orig that is sub of its Simplified form w:
// the two are rune for rune.
func asWritten(orig, w, sub string) string {
	if sub == "" || orig == w {
		return sub
	}
	i := strings.Index(w, sub)
	if i < 0 {
		return sub
	}
	start := utf8.RuneCountInString(w[:i])
	rs := []rune(orig)
	n := utf8.RuneCountInString(sub)
	if start+n > len(rs) {
		return sub
	}
	return string(rs[start : start+n])
}

// hanWords splits s into its runs of Han characters.
func hanWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
}

// openingVerbs follow the reporting body's name when a report opens
// without a title: 2022年，深圳市司法局始终坚持…, 2024年宁河经济开发区在区委…
var openingVerbs = []string{"始终", "坚持", "深入", "全面", "认真", "紧紧", "持续", "聚焦", "围绕", "着力", "按照",
	"扎实", "牢牢", "高度", "积极", "不断", "立足", "紧扣", "严格", "切实", "进一步", "统筹", "在", "以", "把", "将", "重点", "大力", "锚定"}

// maxOpeningName bounds the name an opening sentence starts with.
const maxOpeningName = 16

// placeOfOpening reads the reporting body from a report's first sentence,
// when it names itself: "2022年，深圳市司法局始终坚持…". It looks at the
// first clauses, after a leading year, for a name followed by a verb.
func placeOfOpening(para string) place {
	clauses := strings.FieldsFunc(para, func(r rune) bool { return strings.ContainsRune("，,；;。：:", r) })
	for i, c := range clauses {
		if i == 3 {
			break
		}
		c = trimLeadingYear(trimBlank(c))
		if name := nameBeforeVerb(c); name != "" {
			if p := placeOfWords([]string{name}); p.unit != "" {
				return p
			}
		}
	}
	return place{}
}

// trimLeadingYear drops 2024年, 2024年度, 2024年以来 from the start of s.
func trimLeadingYear(s string) string {
	t := yearDigits(s)
	if len(t) == len(s) && len(s) >= 7 && isASCIIDigit(s[0]) && isASCIIDigit(s[3]) && strings.HasPrefix(s[4:], "年") {
		s = s[4+len("年"):]
		for _, w := range []string{"度", "以来", "来"} {
			s = strings.TrimPrefix(s, w)
		}
	}
	return s
}

// nameBeforeVerb returns the longest name (ending as unit names end) that
// s starts with and that an opening verb follows.
func nameBeforeVerb(s string) string {
	best := ""
	n := 0
	for i, r := range s {
		if n > maxOpeningName || !unicode.Is(unicode.Han, r) {
			break
		}
		n++
		end := i + utf8.RuneLen(r)
		if n < 3 || !hasAnySuffix(simplified(s[:end]), unitNameEnds) {
			continue
		}
		for _, v := range openingVerbs {
			if strings.HasPrefix(s[end:], v) {
				best = s[:end]
			}
		}
	}
	if strings.HasPrefix(best, "我") || strings.HasPrefix(best, "全") || strings.HasPrefix(best, "本") {
		return ""
	}
	return best
}
