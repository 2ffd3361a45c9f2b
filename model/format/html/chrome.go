package html

import (
	"strings"
	"unicode/utf8"
)

// Page chrome: the words portal templates put around an article. Each
// recogniser looks at one paragraph. Widgets (字号 大 中 小, 打印本页,
// 扫一扫在手机打开) are dropped wherever they are; the other chrome
// (metadata lines, breadcrumbs, footers, related links, the date of today)
// only before the article's first and after its last paragraph, since a
// report may quote such words in its prose.

// maxChromeRunes is the longest paragraph a recogniser considers.
const maxChromeRunes = 120

// widgetWords are the words of page widgets, longest first where one is
// the start of another. A paragraph made of nothing but these and
// separators is a widget.
var widgetWords = []string{
	"扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "扫码使用手机浏览本页内容",
	"在手机上查看当前页面", "在手机打开当前页", "手机浏览本页内容", "用手机扫描二维码",
	"打印本页", "打印此页", "打印文章", "打印页面", "打印正文", "我要打印", "关闭窗口", "关闭本页",
	"关闭页面", "收藏本页", "保存本页", "加入收藏", "分享到", "返回顶部", "返回列表", "我要纠错",
	"字号", "字体", "默认", "打印", "关闭",
	"收藏", "分享", "扫一扫", "扫码", "微信", "微博", "QQ空间", "返回", "纠错",
	"大", "中", "小",
}

// widgetSeparators may stand between widget words.
const widgetSeparators = " :：|丨/\\·•、,，.【】[]()（）<>《》“”\"'-_—"

// isWidget reports whether p is nothing but widget words and separators,
// with at least one word: "字号：[大 中 小]", "【打印本页】【关闭窗口】",
// "扫一扫在手机打开当前页". "大中小学法治教育" is not: 学法治教育 is left.
func isWidget(s string) bool {
	if utf8.RuneCountInString(s) > maxChromeRunes {
		return false
	}
	words := 0
	for s != "" {
		if r, n := utf8.DecodeRuneInString(s); strings.ContainsRune(widgetSeparators, r) {
			s = s[n:]
			continue
		}
		w := ""
		for _, word := range widgetWords {
			if strings.HasPrefix(s, word) {
				w = word
				break
			}
		}
		if w == "" {
			return false
		}
		s = s[len(w):]
		words++
	}
	return words > 0
}

// pageChrome recognisers: what stands around the article on a portal.
var pageChrome = []func(string) bool{
	isMetaLine,
	isBreadcrumb,
	isTodayLine,
	isFooterLine,
	isRelatedHeading,
	isPrevNext,
	isPager,
}

// isPageChrome reports whether p is page chrome other than a widget.
func isPageChrome(s string) bool {
	if utf8.RuneCountInString(s) > maxChromeRunes {
		return false
	}
	for _, f := range pageChrome {
		if f(s) {
			return true
		}
	}
	return false
}

// isMetaLine: 发布时间：2024-03-28 来源：历下区司法局 …, 2025年1月15日 ·
// 来源：某某, a short line with a label and no full stop.
func isMetaLine(s string) bool {
	return !strings.Contains(s, "。") && hasLabel(s)
}

// isBreadcrumb: 当前位置：首页 > 政务公开 > …, 首页 » 新闻中心.
func isBreadcrumb(s string) bool {
	for _, p := range []string{"当前位置", "您现在的位置", "您的位置", "你的位置", "你现在的位置", "所在位置", "现在位置", "位置："} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	if !strings.HasPrefix(s, "首页") && !strings.HasPrefix(s, "网站首页") {
		return false
	}
	return strings.ContainsAny(s, ">»＞→") || strings.Contains(s, "&gt;")
}

// isTodayLine: 今天是：2019年3月28日 星期四.
func isTodayLine(s string) bool {
	return strings.HasPrefix(s, "今天是") || strings.HasPrefix(s, "今天：") ||
		strings.Contains(s, "星期") && strings.Contains(s, "年") && utf8.RuneCountInString(s) < 30
}

// footerWords mark a site's footer.
var footerWords = []string{
	"网站地图", "主办单位", "承办单位", "主办：", "承办：", "ICP备", "icp备", "版权所有",
	"网站标识码", "公网安备", "联系我们", "技术支持", "最佳浏览", "分辨率", "Copyright", "copyright", "©",
}

var footerIndex = newWordIndex(footerWords)

func isFooterLine(s string) bool { return footerIndex.in(s) }

// wordIndex finds whether any of a set of words occurs in a text, in one
// pass over the text: only at characters that start a word are the words
// starting with it tried.
type wordIndex struct {
	starts *[1 << 10]uint64 // the BMP characters that start a word
	words  map[rune][]string
}

func newWordIndex(words []string) wordIndex {
	ix := wordIndex{starts: new([1 << 10]uint64), words: map[rune][]string{}}
	for _, w := range words {
		r := firstRune(w)
		ix.starts[r>>6] |= 1 << (r & 63)
		ix.words[r] = append(ix.words[r], w)
	}
	return ix
}

// in reports whether a word of ix occurs in s.
func (ix wordIndex) in(s string) bool {
	for i, r := range s {
		if r > 0xFFFF || ix.starts[r>>6]&(1<<(r&63)) == 0 {
			continue
		}
		for _, w := range ix.words[r] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// relatedHeadings head lists of other pages below an article.
var relatedHeadings = []string{
	"相关链接", "相关文章", "相关阅读", "相关新闻", "相关文件", "相关信息", "相关稿件",
	"延伸阅读", "推荐阅读", "热点推荐", "热门文章", "最新文章", "精彩推荐", "友情链接",
}

func isRelatedHeading(s string) bool {
	s = strings.Trim(s, widgetSeparators)
	for _, h := range relatedHeadings {
		if s == h || strings.HasPrefix(s, h) && utf8.RuneCountInString(s) <= utf8.RuneCountInString(h)+2 {
			return true
		}
	}
	return false
}

// isPrevNext: 上一篇：… 下一篇：…
func isPrevNext(s string) bool {
	s = strings.TrimLeft(s, widgetSeparators)
	for _, p := range []string{"上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isPager: 首页 上一页 1 2 3 下一页 尾页 共5页, the pages of a split article
// or of a list.
func isPager(s string) bool {
	if !strings.Contains(s, "上一页") && !strings.Contains(s, "下一页") {
		return false
	}
	for _, w := range []string{"首页", "上一页", "下一页", "尾页", "末页", "共", "第", "页", "跳转", "转到"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return strings.Trim(s, widgetSeparators+"0123456789") == ""
}
