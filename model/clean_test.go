package model

import "testing"

func TestIsChrome(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"字号:", true},
		{"字号：大 中 小", true},
		{"大 中 小", true},
		{"【大】【中】【小】", true},
		{"扫码使用手机浏览本页内容", true},
		{"扫一扫在手机打开当前页", true},
		{"打印本页 关闭窗口", true},
		{"【打印本页】【关闭窗口】", true},
		{"打印 关闭", true},
		{"分享到：微信 微博 QQ空间", true},
		{"来源：济南市司法局 发布时间：2024-03-28", true},
		{"发布时间：2024年3月28日 浏览次数：1024", true},
		{"首页 > 政务公开 > 法治政府建设", true},
		{"当前位置：首页 > 信息公开", true},
		{"您当前的位置：首页", true},
		{"您当前的位置：首页 » 政府信息公开 » 法治政府建设年度报告", true},
		{"【字体：大 中 小】  【打印】【关闭】", true},
		{"信息来源：县司法局    发布日期：2025-01-26    浏览次数：386", true},
		{"上一篇：关于印发2024年工作要点的通知", true},

		// Report prose stays.
		{"大中小学法治教育", false},
		{"中小企业", false},
		{"加强大中小学法治教育，推动法治进校园。", false},
		{"来源于群众的诉求，办结率100%。", false},
		{"一、主要举措和成效", false},
		{"首页设计", false},
		{"2024年，全区上下打印本页面的人很多，关闭窗口的人也不少，这是一个超过六十个字符的长句子，用来确认长行永远不会被当作网页残留删除。", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isChrome(tt.line); got != tt.want {
			t.Errorf("isChrome(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ line, want string }{
		{"# 标题", "标题"},
		{"## 一、主要举措", "一、主要举措"},
		{"#### 四、安排", "四、安排"},
		{"## **二、党政主要负责人履行职责情况**", "二、党政主要负责人履行职责情况"},
		{"**加粗**的正文", "加粗的正文"},
		{"#一、没有空格", "一、没有空格"},
		{"#1号文件", "#1号文件"},
		{"#tag", "#tag"},
		{"####### 七个井号", "####### 七个井号"},
		{"正文 # 不在行首", "正文 # 不在行首"},
	}
	for _, tt := range tests {
		if got := stripMarkdown(tt.line); got != tt.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestCleanLines(t *testing.T) {
	got := cleanLines("　　（一）缩进的标题\n\u00a0 正文\t\n字号：大 中 小\n\n# 标题")
	want := []string{"（一）缩进的标题", "正文", "", "标题"}
	if len(got) != len(want) {
		t.Fatalf("cleanLines = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %q, want %q", i, got[i], want[i])
		}
	}
}
