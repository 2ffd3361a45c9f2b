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
	"baogao/model/format"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// topicRules map wording to topics, checked in order. Plain substrings, not
// regular expressions: every report's parts are matched at load time.
var topicRules = []struct {
	topic Topic
	words []string
}{
	{TopicDuties, []string{"第一责任人", "主要负责人履行", "党政主要负责人", "履行推进法治建设"}},
	{TopicShortcomings, []string{"不足", "问题", "短板", "差距", "薄弱"}},
	{TopicPlans, []string{"下一年度", "下一步", "打算", "安排", "计划", "思路", "展望", "工作要点", "重点任务"}},
	{TopicMeasures, []string{"举措", "成效", "工作情况", "做法", "进展", "成绩", "开展情况", "主要工作", "工作开展", "落实情况", "推进情况"}},
	{TopicOther, []string{"其他", "其它", "需要报告"}},
}

// topicOf returns the mandated topic a part's title names, if any.
func topicOf(title string) Topic {
	for _, rule := range topicRules {
		for _, w := range rule.words {
			if strings.Contains(title, w) {
				return rule.topic
			}
		}
	}
	return TopicNone
}

// fillMetadata sets unit, district, city, year and kind from the title,
// the document's own metadata, the opening sentence and the file name, in
// that order for each field.
func fillMetadata(r *Report, m format.Meta) {
	if r.Title == "" && m.Title != "" {
		t := titleParts([]string{m.Title})
		r.Title = joinTitle(t.title)
		r.Subtitle, r.Dateline, r.Speaker = orElse(r.Subtitle, t.subtitle), orElse(r.Dateline, t.dateline), orElse(r.Speaker, t.speaker)
	}
	r.Published, r.Outlet = orElse(r.Published, m.Published), orElse(r.Outlet, m.Source)
	r.Kind = kindOf(r)
	p := placeFromTitle(r.Title)
	if p.national || nationalSpeaker(r.Speaker) {
		p.national = true
	}
	if len(r.Preamble) > 0 && !p.national {
		if q := placeOfOpening(r.Preamble[0]); q.unit != "" && (p.unit == "" || q.unit != p.unit && strings.HasSuffix(q.unit, p.unit)) {
			p = q.merge(p) // 宁河经济开发区 says more than the title's 经济开发区
		}
	}
	if p.empty() && m.Issuer != "" {
		p = placeOfWords(hanWords(m.Issuer))
	}
	if p.empty() {
		p = placeFromTitle(r.ID) // the file name: 静海区-2024, 2025年上海市政府工作报告
	}
	r.Unit, r.District, r.City = p.unit, p.district, p.city
	var sample []string // built only when the title says too little
	paras := func() []string {
		if sample == nil {
			sample = sampleParas(r)
		}
		return sample
	}
	if r.City == "" && p.province == "" && !p.national {
		r.City = mostNamedCity(paras())
	}
	if r.District == "" && r.Kind == KindNews && p.empty() {
		r.District = mostNamedDistrict(paras())
		r.Unit = r.District
	}
	r.Year = yearOf(r, paras)
}

// nationalSpeaker reports whether a speech was given for the nation.
func nationalSpeaker(s string) bool {
	return strings.HasPrefix(s, "国务院") || strings.HasPrefix(s, "國務院")
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
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

// sampleParas returns the report's first paragraphs (headings included),
// up to sampleBytes, for the metadata scans; they share the report's memory.
func sampleParas(r *Report) []string {
	var paras []string
	n := 0
	add := func(p string) {
		if n >= sampleBytes {
			return
		}
		if n+len(p) > sampleBytes { // cut a long paragraph, on a rune boundary
			cut := sampleBytes - n
			for cut > 0 && !utf8.RuneStart(p[cut]) {
				cut--
			}
			p = p[:cut]
		}
		paras = append(paras, p)
		n += len(p)
	}
	for _, p := range r.Preamble {
		add(p)
	}
	r.Walk(func(s *Section) {
		add(s.Heading())
		for _, p := range s.Paras {
			add(p)
		}
	})
	return paras
}

// yearOf finds the year reported on: the title's, else (for a report) the
// first in the preamble, else the latest the text mentions.
func yearOf(r *Report, paras func() []string) int {
	if y, _ := findYears(yearDigits(r.Title), false); y != 0 {
		return y
	}
	if y, _ := findYears(yearDigits(r.Dateline), false); y != 0 {
		return y // a speech is the year's report on the year before: 2024年3月5日 delivers 2024's
	}
	if y := fileNameYear(r.ID); y != 0 {
		return y
	}
	if r.Kind == KindReport {
		for _, p := range r.Preamble {
			if y, _ := findYears(yearDigits(p), false); y != 0 {
				return y
			}
		}
	}
	if len(r.Published) >= 4 && r.Kind == KindNews {
		return atoi(r.Published[:4]) // a dated page is about its year, not the latest it looks ahead to
	}
	latest := 0
	for _, p := range paras() {
		_, y := findYears(p, true)
		latest = max(latest, y)
	}
	return latest
}

// findYears scans s for years written as years: four digits from 1900 to
// 2099 followed by 年 (spaces allowed, as in "2023 年度"), or, when
// inBrackets is set, inside the brackets of a document number such as
// 鲁法办发﹝2020﹞19号. It returns the first and the latest year found. A
// byte scan rather than a regular expression, since it may run over a
// whole news piece at load time.
func findYears(s string, inBrackets bool) (first, latest int) {
	for i := 0; i+4 <= len(s); i++ {
		if !isASCIIDigit(s[i]) || i > 0 && isASCIIDigit(s[i-1]) {
			continue
		}
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') ||
			!isASCIIDigit(s[i+2]) || !isASCIIDigit(s[i+3]) || i+4 < len(s) && isASCIIDigit(s[i+4]) {
			continue
		}
		after := strings.TrimLeft(s[i+4:], " ")
		ok := strings.HasPrefix(after, "年")
		if !ok && inBrackets {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+4:])
			ok = strings.ContainsRune("﹝〔[［【(（", before) && strings.ContainsRune("﹞〕]］】)）", next)
		}
		if !ok {
			continue
		}
		y := atoi(s[i : i+4])
		if first == 0 {
			first = y
		}
		latest = max(latest, y)
	}
	return first, latest
}

// yearDigits rewrites years written in full-width digits (２０２４年) or
// Chinese numerals (二〇二四年度) in ASCII digits, so that findYears sees them.
func yearDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９〇○零") {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r >= '０' && r <= '９' {
			rs[i] = numeralDigits[r]
		}
	}
	for i := 0; i+4 < len(rs); i++ {
		if isChineseYear(rs[i : i+5]) {
			for k := i; k < i+4; k++ {
				if d, ok := numeralDigits[rs[k]]; ok {
					rs[k] = d
				}
			}
			i += 4
		}
	}
	return string(rs)
}

// isChineseYear reports whether rs starts with four Chinese or ASCII
// digits and 年, as in 二〇二四年.
func isChineseYear(rs []rune) bool {
	for _, r := range rs[:4] {
		if _, ok := numeralDigits[r]; !ok && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return rs[4] == '年'
}

// numeralDigits maps the digits years are written with to ASCII.
var numeralDigits = map[rune]rune{
	'〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
	'０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// titleYears matches the year a title reports on, which may stand before
// or after the issuer's name (2024年度安吉县… or 安吉县2024年度…).
var titleYears = regexp.MustCompile(`(?:19|20)\d\d\s*年度?`)

// unitEnd marks where the issuing unit's name ends in a title.
var unitEnd = regexp.MustCompile(`\d|年度|法治|依法|工作报告|报告|情况`)

// unitNameEnds are how the names of districts, counties, towns and
// government bodies end; other words before a title's year (关于进一步加强…)
// name no unit.
var unitNameEnds = []string{"区", "省", "国务院", "县", "市", "旗", "州", "盟", "镇", "乡", "街道", "局", "委", "办", "厅", "院", "署", "中心", "部", "会"}

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

// placeFromTitle reads the reporting body from the words a title (or a
// file name) starts with, before its year and subject.
func placeFromTitle(title string) place {
	blank := func(s string) string { return strings.Repeat(" ", utf8.RuneCountInString(s)) }
	head := titleYears.ReplaceAllStringFunc(yearDigits(simplified(title)), blank)
	head = strings.ReplaceAll(head, "关于", "  ")
	if loc := unitEnd.FindStringIndex(head); loc != nil {
		head = head[:loc[0]]
	}
	// The same runes of the title as written: the rewriting above is rune
	// for rune, so that a Traditional name keeps its characters.
	orig, masked := []rune(title), []rune(head)
	if len(orig) < len(masked) {
		return placeOfWords(hanWords(head))
	}
	for i, r := range masked {
		if r == ' ' {
			orig[i] = ' '
		}
	}
	return placeOfWords(hanWords(string(orig[:len(masked)])))
}

// fileNameYear is a year that a file name gives as a number of its own:
// 静海区-2024, 2024年度报告, report_2023; not the digits of 20240315.
func fileNameYear(name string) int {
	if y, _ := findYears(yearDigits(name), false); y != 0 {
		return y
	}
	for i := 0; i+4 <= len(name); i++ {
		if (i == 0 || !isASCIIDigit(name[i-1])) && (i+4 == len(name) || !isASCIIDigit(name[i+4])) &&
			(strings.HasPrefix(name[i:], "19") || strings.HasPrefix(name[i:], "20")) &&
			isASCIIDigit(name[i+2]) && isASCIIDigit(name[i+3]) {
			return atoi(name[i : i+4])
		}
	}
	return 0
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
func mostNamedCity(paras []string) string {
	counts := map[string]int{}
	for _, text := range paras {
		countCities(text, counts)
	}
	return mostCommon(counts, 1)
}

func countCities(text string, counts map[string]int) {
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
}

// notDistricts are words ending in 区 or 县 that name no district.
var notDistricts = []string{"社区", "地区", "城区", "辖区", "园区", "景区", "片区", "街区", "小区", "校区", "山区",
	"市区", "新区", "全区", "本区", "我区", "该区", "各区", "郊区", "矿区", "灾区", "营区", "院区", "厂区", "分区",
	"禁区", "警区", "商区", "湾区", "老区", "示范区", "服务区", "功能区", "试验区", "保护区", "实验区", "全县", "本县",
	"我县", "该县", "各县", "郡县", "区县", "市县"}

// mostNamedDistrict returns the district (two characters and 区 or 县) that
// the text names most often, at least twice, or "".
func mostNamedDistrict(paras []string) string {
	counts := map[string]int{}
	for _, text := range paras {
		countDistricts(text, counts)
	}
	return mostCommon(counts, 2)
}

func countDistricts(text string, counts map[string]int) {
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

// TopicOf returns the mandated topic that wording names, if any: a part's
// title ("存在的不足和原因") or a word a user types for it ("不足", "安排").
func TopicOf(title string) Topic { return topicOf(title) }
