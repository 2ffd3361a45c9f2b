// Cleaning: the step between decoding and parsing.
//
// Reports reach us copied out of web pages, Word files and PDFs. What the
// copying leaves behind is removed here, line by line, and only where it
// cannot be report prose:
//
//   - indentation (ASCII blanks, U+3000, NBSP) and trailing blanks;
//   - Markdown heading marks "# " … "###### " and bold "**";
//   - web-page chrome: short lines such as 字号：大 中 小, 打印本页 关闭窗口,
//     扫码使用手机浏览本页内容, 分享到…, 来源：… 发布时间：…, and breadcrumbs
//     "首页 > 政务公开 > …". A line counts as chrome only when it is short
//     and nothing but chrome words remain in it, so 大中小学法治教育 stays.
//
// Re-joining paragraphs split by page breaks needs the heading recognisers,
// so it happens in the parser (see joinBroken in parse.go).

package model

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxChromeRunes is the longest line that may be dropped as page chrome.
// Real chrome lines are a few words; prose lines are longer.
const MaxChromeRunes = 60

// cleanLines splits sanitized text into trimmed lines without chrome or
// Markdown marks. Blank lines stay as "", because they separate a title from
// the text below it.
func cleanLines(text string) []string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	inComment := false
	for _, l := range lines {
		if strings.Contains(l, "<U+") {
			l = blankPlaceholders.Replace(l)
		}
		l = stripMarkdown(trimBlank(l))
		if inComment || strings.HasPrefix(l, "<!--") {
			// A page saved as text keeps its HTML comments: <!-- … --> on
			// lines of their own, never report prose.
			inComment = !strings.Contains(l, "-->")
			continue
		}
		if isChrome(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// blankPlaceholders are the blanks as some text exports of web pages write
// them, <U+00A0> for a no-break space: indentation, not text.
var blankPlaceholders = strings.NewReplacer("<U+00A0>", " ", "<U+3000>", " ", "<U+2002>", " ", "<U+2003>", " ", "<U+0020>", " ")

// trimBlank removes leading and trailing ASCII blanks, ideographic spaces
// (U+3000) and no-break spaces (U+00A0).
func trimBlank(s string) string {
	return strings.TrimFunc(s, isBlank)
}

func isBlank(r rune) bool {
	// U+2000–U+200A are the typographic spaces (en, em, thin …) that Word
	// and WPS indent with.
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r >= '\u2000' && r <= '\u200a' || r == '\u202f' || r == '\u205f'
}

// stripMarkdown drops a leading ATX heading mark and every "**". Heading
// depth carries no meaning in these files (one seed writes ##, ### and ####
// for sibling parts), so the mark is simply removed.
func stripMarkdown(s string) string {
	if strings.HasPrefix(s, "#") {
		t := strings.TrimLeft(s, "#")
		if n := len(s) - len(t); n <= 6 && (t == "" || isBlankStart(t) || !isASCIIWordStart(t)) {
			s = trimBlank(t)
		}
	}
	if strings.Contains(s, "**") {
		s = trimBlank(strings.ReplaceAll(s, "**", ""))
	}
	return s
}

func isBlankStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isBlank(r)
}

// isASCIIWordStart reports whether s starts with an ASCII letter or digit,
// as in "#1" or "#tag", which are not Markdown headings.
func isASCIIWordStart(s string) bool {
	c := s[0]
	return c < utf8.RuneSelf && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// chromeWords are the words web-page toolbars are made of. A short line that
// is nothing but these words, brackets and separators is chrome.
var chromeWords = strings.NewReplacer(
	"扫码使用手机浏览本页内容", "", "扫一扫在手机打开当前页", "", "扫一扫在手机上查看当前页面", "",
	"用手机扫描二维码", "", "手机扫一扫", "", "扫一扫", "", "手机浏览", "", "二维码", "",
	"打印本页", "", "关闭窗口", "", "打印本文", "", "关闭本页", "", "返回顶部", "", "收藏本页", "",
	"打印", "", "关闭", "", "收藏", "", "分享", "", "字号", "", "字体", "", "默认", "",
	"大", "", "中", "", "小", "",
	"【", "", "】", "", "[", "", "]", "", "（", "", "）", "", "(", "", ")", "",
	":", "", "：", "", "|", "", "｜", "", "/", "", "·", "", " ", "", "\u3000", "", "\t", "",
)

// chromePrefix matches the metadata and navigation lines of news portals:
// 来源：… 发布时间：…, breadcrumbs, 分享到 toolbars.
var chromePrefix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[-*·•]\s*)?(?:` +
		`(?:信息来源|来源|发布时间|发布日期|发文日期|时间|日期|浏览次数|阅读次数|浏览量|点击数|点击量|访问量|作者|责任编辑|编辑|审核|校对|字号|【字体)\s*[:：]` +
		`|(?:当前位置|您当前的位置|您的位置|所在位置|当前所在位置)\s*[:：]` +
		`|首页\s*[>»＞›/]` +
		`|(?:上一篇|下一篇|上一条|下一条)\s*[:：]` +
		`|分享到` +
		`|今天是` +
		`|` + spacedLabels() + `\s*[:：])`)
})

// metadataLabels head the lines of a portal's metadata block (索 引 号：…,
// - 发布机构:…), written with blanks inside and as list items when a page
// is saved as text; the metadata itself is read before cleaning.
var metadataLabels = []string{"索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "发布机构", "发文机关", "发布机关",
	"成文时间", "成文日期", "发文时间", "发文字号", "文号", "标题", "效力状态", "有效性", "主题词", "生成日期", "公开方式", "公开范围"}

// spacedLabels matches any of metadataLabels, blanks allowed between characters.
func spacedLabels() string {
	var alts []string
	for _, l := range metadataLabels {
		var rs []string
		for _, r := range l {
			rs = append(rs, string(r))
		}
		alts = append(alts, strings.Join(rs, `[ \x{3000}]*`))
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// portalLine matches a portal's banner or dateline kept in saved text: a
// line naming the site (中央政府门户网站 www.gov.cn 2009年03月16日 来源：新华社)
// or a news agency's dateline (新华社北京２００８年３月１９日电).
var portalLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:www\.|门户网站).*(?:\d{4}年|\d{4}-\d\d|来源)|^新华社\p{Han}{2,6}[0-9０-９]{4}\s*年.{2,12}电$|记者\s*\p{Han}{2,4}\s*摄$`)
})

// isChrome reports whether a trimmed line is web-page chrome.
func isChrome(l string) bool {
	if l == "" || len(l) > MaxChromeRunes*3 || utf8.RuneCountInString(l) > MaxChromeRunes {
		return false
	}
	if chromePrefix().MatchString(l) || portalLine().MatchString(l) {
		return true
	}
	return chromeWords.Replace(l) == ""
}

// IsChromeLine reports whether cleaning drops a raw line as page chrome;
// the byte counter of package search asks it of the lines it counts in.
func IsChromeLine(line []byte) bool {
	if len(line) > MaxChromeRunes*4+1 {
		return false
	}
	l := stripMarkdown(trimBlank(strings.TrimRight(string(line), "\r")))
	return l != "" && isChrome(l)
}
