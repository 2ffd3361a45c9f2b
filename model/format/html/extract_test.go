package html

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"

	"baogao/model/format"
)

// render shows a document's paragraphs one per line, "h2:" before those
// with an outline level.
func render(d *format.Document) string {
	var lines []string
	for _, p := range d.Paras {
		l := p.Text
		if p.Level > 0 {
			l = "h" + string(rune('0'+p.Level)) + ":" + l
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// prose is a paragraph long and punctuated enough to be taken as article
// text wherever it stands.
const prose = "全区深入学习贯彻习近平法治思想，扎实推进法治政府建设，各项工作取得明显成效。"

func TestExtractText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>一</p><p>二</p>", "一\n二"},
		{"source line wrapped in Chinese", "<p>法治政府\n建设</p>", "法治政府建设"},
		{"source line wrapped in English", "<p>rule of\nlaw</p>", "rule of law"},
		{"line break between elements", "<p><span>历下区</span>\n<span>司法局</span></p>", "历下区 司法局"},
		{"blanks collapse", "<p>a  \t b</p>", "a b"},
		{"indentation", "<p style=\"text-indent:2em\">&nbsp;&nbsp;&emsp;&emsp;\u3000正文。&nbsp;</p>", "正文。"},
		{"entities", "<p>A&amp;B &lt;c&gt; &quot;d&quot; &#x4E00;&#20108;</p>", "A&B <c> \"d\" 一二"},
		{"control entities", "<p>a&#x1B;[31mb&#7;c&#0;d&#x9B;e&#127;f</p>", "a[31mbc\uFFFDd›ef"},
		{"raw control bytes", "<p>a\x1b[2Jb\x08c\u0085d</p>", "a[2Jbcd"},
		{"zero-width", "<p>法\u200b治\ufeff</p>", "法治"},
		{"br", "<p>一<br>二<br/><br>三</p>", "一\n二\n三"},
		{"br in heading", "<h1>济宁经济开发区<br>2024年度报告</h1><h2>Annual<br>Report</h2>", "h1:济宁经济开发区2024年度报告\nh2:Annual Report"},
		{"heading levels", "<h2>一、总体情况</h2><p>正文</p><h3>（一）依法决策</h3>", "h2:一、总体情况\n正文\nh3:（一）依法决策"},
		{"strong heading stays inline", "<p><strong>一、</strong>总体情况</p><p><b>（一）</b>依法决策。正文</p>", "一、总体情况\n（一）依法决策。正文"},
		{"font soup", "<font size=3><p>一<font color=red>二</font>三</p></font><p>四", "一二三\n四"},
		{"misnested font", "<p><font>一</p>二</font>三", "一\n二三"},
		{"unclosed p and li", "<p>一<p>二<ul><li>三<li>四</ul>", "一\n二\n三\n四"},
		{"p closed by div", "<p>一<div>二</div>三", "一\n二\n三"},
		{"stray end p", "一</p>二", "一\n二"},
		{"pre", "<pre>  一  行\n二行\n\n</pre>", "一  行\n二行"},
		{"uppercase tags", "<P>一<BR>二</P><DIV>三</DIV>", "一\n二\n三"},
		{"word tags", "<p class=MsoNormal><span lang=EN-US>2024<o:p></o:p></span>年</p>", "2024年"},
		{"truncated", "<p>一</p><p>二<div cla", "一\n二"},
		{"truncated comment", "<p>一</p><!-- 二", "一"},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := render(doc); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestExtractSkipped(t *testing.T) {
	tests := []struct{ name, in string }{
		{"script", "<script>var a = '<p>脚本</p>';</script>"},
		{"self-closed script", "<script src=a.js /><p>脚本</p></script>"},
		{"style", "<style>p { color: red } /* 样式 */</style>"},
		{"noscript", "<noscript>请开启脚本</noscript>"},
		{"template", "<template><p>模板</p></template>"},
		{"comment", "<!-- 注释 --><!--[if IE]><p>旧浏览器</p><![endif]-->"},
		{"display none", "<div style=\"DISPLAY: none\"><p>隐藏</p></div>"},
		{"visibility hidden", "<span style='visibility:hidden'>隐藏</span>"},
		{"hidden attribute", "<p hidden>隐藏</p>"},
		{"form controls", "<select><option>大</option><option>中</option></select><button>搜索</button><textarea>留言</textarea>"},
		{"media", "<video>不支持视频</video><iframe>相关</iframe><object>插件</object><svg><title>图</title><text>字</text></svg>"},
		{"marquee", "<marquee>滚动通知</marquee>"},
		{"links and widgets only", "<div><a href=/>首页</a> <a href=/a>政务公开</a></div><ul><li><a href=/1>某某工作会议</a></li></ul><p>字号：大 中 小</p>"},
		{"title only", "<html><head><title>标题</title></head><body></body></html>"},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if !errors.Is(err, ErrNoText) {
			t.Errorf("%s: got %v, %v; want ErrNoText", tt.name, err, doc)
		}
	}
}

func TestExtractTables(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"data rows", "<table><tr><th>指标</th><th>2023</th></tr><tr><td>案件</td><td>12</td></tr></table>", "指标 | 2023\n案件 | 12"},
		{"empty cells", "<table><tr><td></td><td>a</td><td> </td><td>b</td><td></td></tr></table>", "a | b"},
		{"unclosed cells", "<table><tr><td>a<td>b<tr><td>c<td>d</table>", "a | b\nc | d"},
		{"layout row", "<table><tr><td><p>一</p><p>二</p></td><td>三</td></tr></table>", "一\n二\n三"},
		{"nested data table", "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>", "a | b"},
		{"cells without table", "<td>a</td><td>b</td>", "a | b"},
		{"end div inside cell", "<div><table><tr><td>a</div>b</td><td>c</td></tr></table>", "ab | c"},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := render(doc); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestExtractArticle: the container of the article is found among page
// chrome, whatever the names; chrome inside it is dropped.
func TestExtractArticle(t *testing.T) {
	nav := "<div><a href=/>首页</a> <a href=/a>政务公开</a> <a href=/b>政务服务</a> <a href=/c>互动交流</a></div>"
	related := "<ul><li><a href=/1>历下区召开全面依法治区工作会议</a></li><li><a href=/2>历下区开展普法中期评估工作</a></li></ul>"
	tests := []struct{ name, in, want string }{
		{"unnamed container", nav + "<div><div><p>" + prose + "</p><p>" + prose + "</p></div></div>" + related, prose + "\n" + prose},
		{"misleading name", "<div class=footer><p>" + prose + "</p><p>" + prose + "</p></div>" + related, prose + "\n" + prose},
		{"widgets inside", "<div id=zoom><p>字号：[大 中 小]</p><p>" + prose + "</p><p>【打印本页】【关闭窗口】</p><p>" + prose + "</p><p>扫一扫在手机打开当前页</p></div>", prose + "\n" + prose},
		{"chrome at the edges", "<div class=article><p>当前位置：首页 > 政务公开</p><p>发布时间：2024-03-28 来源：某局</p><p>" + prose + "</p><p>上一篇：某某</p><p>相关链接</p></div>", prose},
		{"chrome words in prose", "<div><p>" + prose + "</p><p>大中小学法治教育全覆盖，来源：调查。</p></div>", prose + "\n大中小学法治教育全覆盖，来源：调查。"},
		{"short lines kept", "<div><p>" + prose + "</p><p>注重加强制度层面设计</p><p>" + prose + "</p><p>济南市历下区人民政府</p><p>2025年3月20日</p></div>",
			prose + "\n注重加强制度层面设计\n" + prose + "\n济南市历下区人民政府\n2025年3月20日"},
		{"footer", "<div><p>" + prose + "</p></div><div><p>主办单位：某某 网站标识码：123 鲁ICP备05001234号</p></div>", prose},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := render(doc); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestExtractTitle: the title above the container is found by the
// declared title and put first; a title split over lines is one paragraph.
func TestExtractTitle(t *testing.T) {
	body := "<div id=zoom><p>" + prose + "</p></div>"
	tests := []struct{ name, in, want, title string }{
		{"h1 above", "<title>历下区2024年度报告_历下区人民政府</title><h1>历下区2024年度报告</h1><p>发布时间：2024-03-28</p>" + body,
			"h1:历下区2024年度报告\n" + prose, "历下区2024年度报告"},
		{"cell with br", "<title>济宁经济开发区2024年度报告</title><table><tr><td><font size=5>济宁经济开发区<br>2024年度报告</font></td></tr></table>" + body,
			"济宁经济开发区2024年度报告\n" + prose, "济宁经济开发区2024年度报告"},
		{"inside, split", "<title>关于某某的意见</title><div id=zoom><p>关于某某</p><p>的意见</p><p>" + prose + "</p></div>",
			"关于某某的意见\n" + prose, "关于某某的意见"},
		{"truncated title", "<title>济南市历下区2024年度法治政府...</title><div class=title>济南市历下区2024年度法治政府建设报告</div>" + body,
			"济南市历下区2024年度法治政府建设报告\n" + prose, "济南市历下区2024年度法治政府建设报告"},
		{"ArticleTitle wins", "<title>站点</title><meta name=ArticleTitle content='某某报告'><h2>某某报告</h2>" + body, "h2:某某报告\n" + prose, "某某报告"},
		{"no declared title", "<h2>某某报告</h2>" + body, "h2:某某报告\n" + prose, "某某报告"},
		{"title not on the page", "<title>某某报告 - 某某网</title>" + body, prose, "某某报告"},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := render(doc); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
		if doc.Meta.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Meta.Title, tt.title)
		}
	}
}

// TestExtractNoControls: whatever the page holds, no control character
// but none comes out, in text or metadata.
func TestExtractNoControls(t *testing.T) {
	in := "<title>a&#x1B;]0;x&#7;</title><meta name=ContentSource content='某局&#x1B;[2J'>" +
		"<p>发布时间：2024-03-28&#x1b;</p><div id=zoom><p>" + prose + "\x1b[31m&#x9b;&#13;&#x85;</p></div>"
	doc, err := Extract(context.Background(), []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	all := render(doc) + doc.Meta.Title + doc.Meta.Source + doc.Meta.Published
	for _, r := range all {
		if unicode.IsControl(r) && r != '\n' {
			t.Errorf("control character %U in %q", r, all)
		}
	}
}
