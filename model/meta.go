// Metadata: what a report is about, read from its title and, failing that,
// from its text.
//
//   - Topic: top-level parts name the mandated part they cover in many
//     wordings (主要举措和成效, 2024年工作情况, 工作成效 …); the rules below are
//     checked in order, so 上一年度…存在的不足 is a shortcoming, not a plan.
//   - District or unit and city: from the title's leading words
//     (济南市历下区…, 中共周村区委 周村区人民政府 关于…, 济宁经济开发区); the city
//     from a table of prefecture-level cities, else the city the text names
//     most often; a news piece's district is the one its text names most.
//   - Year: 2024年度 / 2023 年度 in the title; else the first year in the
//     preamble; for a news piece, the latest year it mentions.
//   - Kind: a report when the title says 报告 or at least two mandated parts
//     are present; otherwise news.
package model

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// topicRules map wording to topics, checked in order.
var topicRules = []struct {
	topic Topic
	re    *regexp.Regexp
}{
	{TopicDuties, regexp.MustCompile(`第一责任人|主要负责人履行|党政主要负责人|履行.{0,12}职责`)},
	{TopicShortcomings, regexp.MustCompile(`不足|问题|短板|差距|薄弱`)},
	{TopicPlans, regexp.MustCompile(`下一年度|下一步|打算|安排|计划|思路|展望|工作要点|重点任务`)},
	{TopicMeasures, regexp.MustCompile(`举措|成效|工作情况|做法|进展|成绩|开展情况|主要工作|工作开展|落实情况|推进情况`)},
	{TopicOther, regexp.MustCompile(`其他|其它|需要报告`)},
}

// topicOf returns the mandated topic a part's title names, if any.
func topicOf(title string) Topic {
	for _, rule := range topicRules {
		if rule.re.MatchString(title) {
			return rule.topic
		}
	}
	return TopicNone
}

// fillMetadata sets district, city, year and kind from the title and text.
func fillMetadata(r *Report) {
	r.Kind = kindOf(r)
	r.City, r.District = placeFromTitle(r.Title)
	var sample string // the text scanned when the title says too little
	text := func() string {
		if sample == "" {
			sample = textSample(r)
		}
		return sample
	}
	if r.City == "" {
		r.City = mostNamedCity(text())
	}
	if r.District == "" && r.Kind == KindNews {
		r.District = mostNamedDistrict(text())
	}
	r.Year = yearOf(r, text)
}

func kindOf(r *Report) Kind {
	if strings.Contains(r.Title, "报告") {
		return KindReport
	}
	seen := map[Topic]bool{}
	for _, s := range r.Sections {
		if s.Topic != TopicNone {
			seen[s.Topic] = true
		}
	}
	if len(seen) >= 2 {
		return KindReport
	}
	return KindNews
}

// sampleBytes bounds how much text the metadata scans look at.
const sampleBytes = 64 << 10

// textSample returns the start of the report's text, for metadata scans.
func textSample(r *Report) string {
	var b strings.Builder
	add := func(p string) bool {
		if b.Len()+len(p) > sampleBytes {
			p = p[:sampleBytes-b.Len()]
		}
		b.WriteString(p)
		b.WriteByte('\n')
		return b.Len() < sampleBytes
	}
	for _, p := range r.Preamble {
		if !add(p) {
			return b.String()
		}
	}
	done := false
	r.Walk(func(s *Section) {
		if done {
			return
		}
		done = !add(s.Heading())
		for _, p := range s.Paras {
			if done {
				return
			}
			done = !add(p)
		}
	})
	return strings.ToValidUTF8(b.String(), "")
}

var titleYear = regexp.MustCompile(`((?:19|20)\d\d)\s*年`)

// yearOf finds the year reported on.
func yearOf(r *Report, text func() string) int {
	if m := titleYear.FindStringSubmatch(r.Title); m != nil {
		return atoi(m[1])
	}
	if r.Kind == KindReport {
		for _, p := range r.Preamble {
			if m := titleYear.FindStringSubmatch(p); m != nil {
				return atoi(m[1])
			}
		}
	}
	latest := 0
	for _, m := range anyYear.FindAllStringSubmatch(text(), -1) {
		y := atoi(m[1] + m[2])
		if y > latest {
			latest = y
		}
	}
	return latest
}

// anyYear matches a year written as a year: 2020年, or in a document number
// such as 鲁法办发﹝2020﹞19号.
var anyYear = regexp.MustCompile(`((?:19|20)\d\d)\s*年|[﹝〔\[［【(（]((?:19|20)\d\d)[﹞〕\]］】)）]`)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// unitEnd marks where the issuing unit's name ends in a title.
var unitEnd = regexp.MustCompile(`\d|０|１|２|关于|年度|法治|依法`)

// unitSuffixes are stripped from the words naming the issuer, longest first.
var unitSuffixes = []string{"人民政府", "党工委", "管委会", "委员会", "政府", "党委"}

// trimUnitSuffix turns the issuer's name into the place or unit it governs:
// 周村区人民政府 and 中共周村区委 both become 周村区.
func trimUnitSuffix(word string) string {
	for _, suf := range unitSuffixes {
		if strings.HasSuffix(word, suf) && len(word) > len(suf) {
			return strings.TrimSuffix(word, suf)
		}
	}
	for _, suf := range []string{"区委", "县委", "市委", "旗委"} {
		if strings.HasSuffix(word, suf) && len(word) > len(suf) {
			return strings.TrimSuffix(word, "委")
		}
	}
	return word
}

// placeFromTitle reads the city and the district or unit from the words a
// title starts with.
func placeFromTitle(title string) (city, district string) {
	head := title
	if loc := unitEnd.FindStringIndex(head); loc != nil {
		head = head[:loc[0]]
	}
	for _, word := range strings.FieldsFunc(head, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		word = strings.TrimPrefix(word, "中共")
		word = trimUnitSuffix(word)
		c, rest := leadingCity(word)
		if city == "" {
			city = c
		}
		if district == "" && rest != "" && rest != "省" {
			district = rest
		}
	}
	return city, district
}

// leadingCity splits a word such as 济南市历下区 into city and the rest. A
// city name without 市 counts only when no 区 or 县 follows it directly
// (济宁经济开发区 is in 济宁市; 朝阳区 is a district, not 朝阳市).
func leadingCity(word string) (city, rest string) {
	for n := 4; n >= 2; n-- {
		name, size := firstRunes(word, n)
		if !cities[name] {
			continue
		}
		after := word[size:]
		if strings.HasPrefix(after, "市") {
			return name + "市", after[len("市"):]
		}
		if after != "" && !strings.HasPrefix(after, "区") && !strings.HasPrefix(after, "县") {
			return name + "市", word
		}
	}
	return "", word
}

// firstRunes returns the first n runes of s and their length in bytes.
func firstRunes(s string, n int) (string, int) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return "", 0
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], i
}

// mostNamedCity returns the prefecture-level city the text names most often
// with its 市, or "".
func mostNamedCity(text string) string {
	counts := map[string]int{}
	for i := 0; ; {
		j := strings.Index(text[i:], "市")
		if j < 0 {
			break
		}
		at := i + j
		for n := 2; n <= 4; n++ {
			if name := lastRunes(text[:at], n); cities[name] {
				counts[name+"市"]++
				break
			}
		}
		i = at + len("市")
	}
	return mostCommon(counts, 1)
}

// notDistricts are words ending in 区 or 县 that name no district.
var notDistricts = []string{"社区", "地区", "城区", "辖区", "园区", "景区", "片区", "街区", "小区", "校区", "山区",
	"市区", "新区", "全区", "本区", "我区", "该区", "各区", "郊区", "矿区", "灾区", "营区", "院区", "厂区", "分区",
	"禁区", "警区", "商区", "湾区", "老区", "示范区", "服务区", "功能区", "试验区", "保护区", "实验区", "全县", "本县",
	"我县", "该县", "各县", "郡县", "区县", "市县"}

// mostNamedDistrict returns the district (two characters and 区 or 县) that
// the text names most often, at least twice, or "".
func mostNamedDistrict(text string) string {
	counts := map[string]int{}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '区' || r == '县' {
			name := lastRunes(text[:i+size], 3)
			before := lastRunes(text[:i+size], 4)
			if name != "" && isHanWord(name) && !hasAnySuffix(name, notDistricts) && districtBoundary(before, name) {
				counts[name]++
			}
		}
		i += size
	}
	return mostCommon(counts, 2)
}

// districtBoundary reports whether the rune before name (in before) ends a
// word: punctuation, the start of text, a city, or a joining word.
func districtBoundary(before, name string) bool {
	if before == "" || len(before) == len(name) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(before)
	return !unicode.Is(unicode.Han, r) || strings.ContainsRune("及和与市的在对由是为", r)
}

func isHanWord(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// lastRunes returns the last n runes of s, or "" when s is shorter.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		if i == 0 {
			return ""
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// mostCommon returns the key with the highest count of at least min; ties go
// to the key that sorts first, so results do not depend on map order.
func mostCommon(counts map[string]int, min int) string {
	best, bestN := "", min-1
	for k, n := range counts {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return best
}
