package html

import (
	"strings"
	"unicode/utf8"
)

// field is a piece of metadata a label names.
type field uint8

const (
	fNone           field = iota // a label that only ends the value before it (字号, 浏览次数)
	fPublished                   // 发布时间
	fPublishedLoose              // 时间, 日期: publication only when nothing better says so
	fSource
	fIssuer
	fIndex
	fWritten
	fTitle
	fAuthor
)

// labels are the metadata labels of portal pages and gov.cn metadata
// tables, longest first where one ends another (发布时间 before 时间).
// Blanks inside a label are skipped when matching: 索 引 号, 标　　题.
var labels = []struct {
	word  string
	field field
}{
	{"发布时间", fPublished}, {"发布日期", fPublished}, {"发表时间", fPublished},
	{"发稿时间", fPublished}, {"公开日期", fPublished}, {"公开时间", fPublished},
	{"上网时间", fPublished}, {"上网日期", fPublished}, {"更新时间", fPublished},
	{"成文日期", fWritten}, {"成文时间", fWritten}, {"印发日期", fWritten}, {"发文日期", fWritten},
	{"生成日期", fPublishedLoose}, // 政府信息公开 catalogues: the date the entry was made public
	{"生效日期", fNone}, {"废止日期", fNone}, {"生效时间", fNone},
	{"信息来源", fSource}, {"文章来源", fSource}, {"稿件来源", fSource},
	{"新闻来源", fSource}, {"来源", fSource},
	{"发文机关", fIssuer}, {"发布机构", fIssuer}, {"发布机关", fIssuer},
	{"发文单位", fIssuer}, {"发布单位", fIssuer},
	{"索引号", fIndex}, {"标题", fTitle}, {"名称", fTitle}, {"作者", fAuthor},
	{"时间", fPublishedLoose}, {"日期", fPublishedLoose},
	{"字号", fNone}, {"字体", fNone}, {"浏览次数", fNone}, {"浏览量", fNone},
	{"浏览", fNone}, {"点击数", fNone}, {"点击量", fNone}, {"点击次数", fNone},
	{"点击", fNone}, {"阅读次数", fNone}, {"阅读量", fNone}, {"阅读", fNone},
	{"访问次数", fNone}, {"访问量", fNone}, {"责任编辑", fNone}, {"编辑", fNone},
	{"主题分类", fNone}, {"体裁分类", fNone}, {"组配分类", fNone}, {"服务对象", fNone},
	{"分类", fNone}, {"发文字号", fNone}, {"文号", fNone}, {"主题词", fNone},
	{"关键词", fNone}, {"有效性", fNone}, {"编号", fNone}, {"统一编号", fNone},
	{"分享到", fNone},
}

// labelled is one label found in a line and the value after it.
type labelled struct {
	field field
	start int // byte offset of the label in the line
	value string
}

// scanLabels finds the labels in a line ("发布时间：2024-03-28 来源：历下区司法局
// 字号：[大 中 小]") and the value each one has: the text up to the next
// label, a widget bracket or the end. A label counts when a colon follows
// it; a label of two characters only at the start of the line or after a
// blank or bracket, never inside a word (会议时间： is not 时间：).
func scanLabels(s string) []labelled {
	if !strings.ContainsAny(s, "：:") {
		return nil // every label needs its colon
	}
	var out []labelled
	for i := 0; i < len(s); {
		f, end, ok := labelAt(s, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if len(out) > 0 {
			last := &out[len(out)-1]
			last.value = cleanValue(s[valueStart(s, last):i])
		}
		out = append(out, labelled{field: f, start: i, value: s[end:]})
		i = end
	}
	if len(out) > 0 {
		last := &out[len(out)-1]
		last.value = cleanValue(last.value)
	}
	return out
}

// hasLabel reports whether s has a label: scanLabels without the values.
func hasLabel(s string) bool {
	if !strings.ContainsAny(s, "：:") {
		return false
	}
	for i := 0; i < len(s); {
		if _, _, ok := labelAt(s, i); ok {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// valueStart is where the value of l starts in s: after its colon.
func valueStart(s string, l *labelled) int {
	return len(s) - len(l.value)
}

// labelAt matches a label followed by a colon at byte i of s, after a
// boundary. It returns the field and the offset after the colon.
func labelAt(s string, i int) (field, int, bool) {
	r0 := firstRune(s[i:])
	if r0 > 0xFFFF || labelStartBits[r0>>6]&(1<<(r0&63)) == 0 {
		return 0, 0, false // the common case, answered without a map
	}
	candidates := labelsByStart[r0]
	boundary := true
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		boundary = isLabelBoundary(r)
	}
	for _, li := range candidates {
		l := labels[li]
		if !boundary && len(l.word) <= len("时间") {
			continue
		}
		end, ok := matchSpaced(s, i, l.word)
		if !ok {
			continue
		}
		end = skipBlanks(s, end)
		if strings.HasPrefix(s[end:], "：") {
			return l.field, end + len("："), true
		}
		if strings.HasPrefix(s[end:], ":") {
			return l.field, end + 1, true
		}
	}
	return 0, 0, false
}

// labelStartBits marks the first characters of labels (all in the BMP).
var labelStartBits = func() *[1 << 10]uint64 {
	var bits [1 << 10]uint64
	for _, l := range labels {
		r := firstRune(l.word)
		bits[r>>6] |= 1 << (r & 63)
	}
	return &bits
}()

// labelsByStart indexes labels by their first character, in order.
var labelsByStart = func() map[rune][]int {
	m := map[rune][]int{}
	for i, l := range labels {
		r := firstRune(l.word)
		m[r] = append(m[r], i)
	}
	return m
}()

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isLabelBoundary reports whether r may stand right before a label.
func isLabelBoundary(r rune) bool {
	return isBlankRune(r) || strings.ContainsRune("|丨【】[]()（）<>《》/,，;；", r)
}

// matchSpaced matches word at byte i of s, allowing blanks between its
// characters. It returns the offset after the word.
func matchSpaced(s string, i int, word string) (int, bool) {
	if strings.HasPrefix(s[i:], word) {
		return i + len(word), true
	}
	for j, r := range word {
		if j > 0 {
			i = skipBlanks(s, i)
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		if c != r || n == 0 {
			return 0, false
		}
		i += n
	}
	return i, true
}

func skipBlanks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isBlankRune(r) {
			break
		}
		i += n
	}
	return i
}

func isBlankRune(r rune) bool {
	return r == ' ' || r == '\t' || r == 0xA0 || r == 0x3000
}

// cleanValue trims a label's value: blanks, and the brackets and
// separators around it ("[大 中 小]", "| ", "】").
func cleanValue(v string) string {
	if i := strings.Index(v, "|"); i >= 0 { // a cell separator ends a value
		v = v[:i]
	}
	return strings.TrimFunc(v, func(r rune) bool {
		return isBlankRune(r) || strings.ContainsRune("|丨【】[]()（）<>《》/,，;；:：", r)
	})
}
