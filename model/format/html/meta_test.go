package html

import (
	"context"
	"testing"

	"baogao/model/format"
)

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-28", "2024-03-28"},
		{"2024-3-8", "2024-03-08"},
		{"2024/03/28 10:21:00", "2024-03-28"},
		{"2024.03.28", "2024-03-28"},
		{"2024年3月28日", "2024-03-28"},
		{"2024 年 3 月 28 日", "2024-03-28"},
		{"2019-02-15-17:42:53", "2019-02-15"},
		{"2025-01-15T08:30:00+08:00", "2025-01-15"},
		{"20240328", "2024-03-28"},
		{"２０２４－０３－２８", "2024-03-28"},
		{"二〇二四年三月二十八日", "2024-03-28"},
		{"二○二四年十二月十日", "2024-12-10"},
		{"二〇二四年十月二十一日", "2024-10-21"},
		{"2024-02-30", ""},
		{"2024-13-01", ""},
		{"2024年3月", ""},
		{"星期四", ""},
		{"", ""},
		{"12345678901", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMetaFromLine(t *testing.T) {
	tests := []struct {
		in   string
		want format.Meta
	}{
		{"发布时间：2024-03-28 10:21 来源：历下区司法局 字号：[大 中 小] 打印本页 关闭窗口",
			format.Meta{Published: "2024-03-28", Source: "历下区司法局"}},
		{"【发布日期：2024/3/28】【信息来源：济南市历下区人民政府】【浏览次数：123】",
			format.Meta{Published: "2024-03-28", Source: "济南市历下区人民政府"}},
		{"时间：2024年03月28日  来源: 区政府办", format.Meta{Published: "2024-03-28", Source: "区政府办"}},
		{"来源：历下区司法局发布日期：2024-03-28", format.Meta{Published: "2024-03-28", Source: "历下区司法局"}},
		{"索 引 号： | 000014349/2019-00007 | 主题分类： | 市场监管", format.Meta{Index: "000014349/2019-00007"}},
		{"发文机关： | 国务院 | 成文日期： | 2019年01月27日", format.Meta{Issuer: "国务院", Written: "2019-01-27"}},
		{"标　　题： | 国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
			format.Meta{Title: "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见"}},
		{"发布日期 | 2024-03-28 | 发布机构 | 历下区司法局", format.Meta{Published: "2024-03-28", Issuer: "历下区司法局"}},
		{"作者：张三 编辑：李四", format.Meta{Author: "张三"}},
		{"名称： | 关于某某的通知 | 发文日期： | 2024-03-20 | 生成日期： | 2024-03-28", format.Meta{Title: "关于某某的通知", Written: "2024-03-20", Published: "2024-03-28"}},
		{"会议时间：2024年3月1日", format.Meta{}},
		{"今天是：2024年3月28日 星期四", format.Meta{}},
		{"发布时间：以后公布", format.Meta{}},
		{"全区来源：各部门报送。发布时间：2024-03-28。", format.Meta{}},
	}
	for _, tt := range tests {
		var m metaFields
		m.fromLine(tt.in)
		if got := m.result(); got != tt.want {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}

// TestMetaPrecedence: <meta> tags before lines, explicit labels before
// loose ones, lines before the article before lines after it; the
// article's own lines are never read.
func TestMetaPrecedence(t *testing.T) {
	body := "<div id=zoom><p>" + prose + "</p><p>来源：正文里的来源不算，发布时间：2020-01-01</p><p>" + prose + "</p></div>"
	tests := []struct {
		name, in string
		want     format.Meta
	}{
		{"meta tags first", "<meta name=PubDate content='2024-03-28 10:21'><meta name=ContentSource content='甲局'><p>发布时间：2024-03-01 来源：乙局</p>" + body,
			format.Meta{Published: "2024-03-28", Source: "甲局"}},
		{"explicit over loose", "<p>时间：2024-03-01</p><p>发布日期：2024-03-28</p>" + body, format.Meta{Published: "2024-03-28"}},
		{"before over after", "<p>来源：甲局</p>" + body + "<p>来源：乙局</p>", format.Meta{Source: "甲局"}},
		{"after when nothing before", body + "<p>【打印】 发布日期：2024-03-28</p>", format.Meta{Published: "2024-03-28"}},
		{"bad meta date falls back", "<meta name=PubDate content='unknown'><p>发布时间：2024-03-28</p>" + body, format.Meta{Published: "2024-03-28"}},
		{"open graph", "<meta property='article:published_time' content='2025-01-15T08:30:00+08:00'><meta property='og:title' content='某某报告'>" + body,
			format.Meta{Published: "2025-01-15", Title: "某某报告"}},
	}
	for _, tt := range tests {
		doc, err := Extract(context.Background(), []byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if doc.Meta != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, doc.Meta, tt.want)
		}
	}
}

func TestWidgetAndChrome(t *testing.T) {
	widgets := []string{"【我要打印】【关闭窗口】", "字号：[大 中 小]", "字号:", "大 中 小", "【大】【中】【小】", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页",
		"扫码使用手机浏览本页内容", "分享到：微信 微博 QQ空间", "【打印】 【关闭】 【返回顶部】"}
	for _, s := range widgets {
		if !isWidget(s) {
			t.Errorf("isWidget(%q) = false", s)
		}
	}
	chrome := []string{"当前位置：首页 > 政务公开 > 法治政府", "首页 » 新闻中心", "今天是：2019年3月28日 星期四", "2024年03月28日 星期四",
		"主办单位：济南市历下区人民政府办公室", "鲁ICP备05001234号", "相关链接", "【相关链接】", "上一篇：某某", "发布时间：2024-03-28 来源：某局",
		"首页 上一页 1 2 3 下一页 尾页", "共3页 第1页 下一页"}
	for _, s := range chrome {
		if !isPageChrome(s) {
			t.Errorf("isPageChrome(%q) = false", s)
		}
	}
	text := []string{"01", "2024", "下一页面设计", "大中小学法治教育", "中小企业", "首页设计", "打印机采购项目", "关闭违法企业3家", "一、总体情况", "济南市历下区人民政府", "2025年3月20日",
		"相关链接的维护情况良好，全年无差错。"}
	for _, s := range text {
		if isWidget(s) || isPageChrome(s) {
			t.Errorf("%q taken for chrome", s)
		}
	}
}
