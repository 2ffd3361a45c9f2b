package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// keyMap is every key binding of the app; no other file names a key. The
// help line and the full help (?) are generated from it, so they cannot
// drift from what the keys do. Each mode decides which of them it
// answers; the keys every mode but a prompt shares are env.globalKey's.
type keyMap struct {
	// Global: work in every pane.
	Quit         key.Binding
	Help         key.Binding
	Back         key.Binding
	NextPane     key.Binding
	PrevPane     key.Binding
	FocusReports key.Binding
	FocusOutline key.Binding
	FocusReader  key.Binding
	ShowReports  key.Binding
	ShowOutline  key.Binding
	Problems     key.Binding // the files that did not load or loaded with a warning, in full

	// Movement: lists and the reader.
	Down     key.Binding
	Up       key.Binding
	PageDown key.Binding
	PageUp   key.Binding
	Top      key.Binding
	Bottom   key.Binding

	// Lists: the report list and the outline.
	Open key.Binding

	// Sections: the outline and the reader.
	PrevSection key.Binding
	NextSection key.Binding
	PrevPart    key.Binding
	NextPart    key.Binding

	// Compare: d opens it from the reader; the rest work in compare mode,
	// where [ ] { } move between section pairs and n N between changes.
	Compare    key.Binding
	NextChange key.Binding
	PrevChange key.Binding
	Swap       key.Binding
	Repair     key.Binding
	Unified    key.Binding
	Export     key.Binding // the comparison as an HTML 对照表 in the export folder
	Years      key.Binding

	// Search: / in the open report, F in every report; n N move between
	// matches in the reader (between changes in compare mode). In the
	// prompt, typed text is the query and these edit it.
	Search     key.Binding
	SearchAll  key.Binding
	NextMatch  key.Binding
	PrevMatch  key.Binding
	DeleteRune key.Binding
	ClearInput key.Binding

	// Filter: / in the report list and the report picker keeps the rows
	// that hold every word typed (filter.go).
	Filter key.Binding

	// Marks and the jump list of the reader (marks.go).
	SetMark     key.Binding
	GoMark      key.Binding
	JumpBack    key.Binding
	JumpForward key.Binding

	// Copy: the paragraph or the section being read (copy.go).
	CopyPara    key.Binding
	CopySection key.Binding

	// Command: the : command line of the reader (command.go).
	Command key.Binding

	// Review: f the key figures (of the pair in compare mode), c the
	// completeness check of the open report.
	Figures key.Binding
	Check   key.Binding
	// t the follow-through of the plans (compare mode), T the timeline
	// (reader), where h l move among years and v marks one.
	FollowUp, Timeline, Left, Right, MarkYear key.Binding
}

// defaultKeys follows less and lazygit habits.
func defaultKeys() keyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Quit:         b([]string{"q", "ctrl+c"}, "q/ctrl+c", "退出"),
		Help:         b([]string{"?"}, "?", "帮助"),
		Back:         b([]string{"esc"}, "esc", "返回"),
		NextPane:     b([]string{"tab"}, "tab", "下一窗格"),
		PrevPane:     b([]string{"shift+tab"}, "shift+tab", "上一窗格"),
		FocusReports: b([]string{"1"}, "1", "报告列表"),
		FocusOutline: b([]string{"2"}, "2", "目录"),
		FocusReader:  b([]string{"3"}, "3", "正文"),
		ShowReports:  b([]string{"r"}, "r", "报告列表"),
		ShowOutline:  b([]string{"o"}, "o", "目录"),
		Problems:     b([]string{"!"}, "!", "载入问题"),

		Down:     b([]string{"j", "down"}, "j/↓", "下"),
		Up:       b([]string{"k", "up"}, "k/↑", "上"),
		PageDown: b([]string{"pgdown", "space"}, "space/pgdn", "下一页"),
		PageUp:   b([]string{"pgup", "b"}, "b/pgup", "上一页"),
		Top:      b([]string{"g", "home"}, "g", "开头"),
		Bottom:   b([]string{"G", "end"}, "G", "末尾"),

		Open: b([]string{"enter"}, "enter", "打开"),

		PrevSection: b([]string{"["}, "[", "上一节"),
		NextSection: b([]string{"]"}, "]", "下一节"),
		PrevPart:    b([]string{"{"}, "{", "上一部分"),
		NextPart:    b([]string{"}"}, "}", "下一部分"),

		Compare:    b([]string{"d"}, "d", "与另一份报告对比"),
		NextChange: b([]string{"n"}, "n", "下一处改动"),
		PrevChange: b([]string{"N"}, "N", "上一处改动"),
		Swap:       b([]string{"x"}, "x", "交换两侧"),
		Repair:     b([]string{"p"}, "p", "手动配对本节"),
		Unified:    b([]string{"u"}, "u", "统一/并排"),
		Export:     b([]string{"e"}, "e", "导出对照表（HTML）"),
		Years:      b([]string{"y"}, "y", "显示/隐藏年份顺延"),

		Search:     b([]string{"/"}, "/", "搜索本报告"),
		SearchAll:  b([]string{"F", "ctrl+f"}, "F/ctrl+f", "搜索全部报告"),
		NextMatch:  b([]string{"n"}, "n", "下一处匹配"),
		PrevMatch:  b([]string{"N"}, "N", "上一处匹配"),
		DeleteRune: b([]string{"backspace", "ctrl+h"}, "backspace", "删除一字"),
		ClearInput: b([]string{"ctrl+u"}, "ctrl+u", "清空"),
		Filter:     b([]string{"/"}, "/", "筛选报告列表"),

		SetMark:     b([]string{"m"}, "m+字母", "设书签"),
		GoMark:      b([]string{"'"}, "'+字母", "到书签"),
		JumpBack:    b([]string{"ctrl+o"}, "ctrl+o", "跳回"),
		CopyPara:    b([]string{"y"}, "y", "复制本段"),
		CopySection: b([]string{"Y"}, "Y", "复制本节（含标题路径）"),
		Command:     b([]string{":"}, ":", "命令行"),
		JumpForward: b([]string{"ctrl+i", "ctrl+n"}, "ctrl+n", "跳进（或 ctrl+i）"),

		Figures:  b([]string{"f"}, "f", "关键数据"),
		Check:    b([]string{"c"}, "c", "体检"),
		FollowUp: b([]string{"t"}, "t", "承诺兑现"), Timeline: b([]string{"T"}, "T", "历年对照"),
		Left: b([]string{"h", "left"}, "h/←", "前一年（历年）"), Right: b([]string{"l", "right"}, "l/→", "后一年（历年）"), MarkYear: b([]string{"v"}, "v", "选定年份"),
	}
}

// commandHelp lists the commands of the : line (command.go) for the full
// help; they are typed, not keys, so they have no key to match.
func commandHelp() []key.Binding {
	c := func(cmd, desc string) key.Binding { return key.NewBinding(key.WithHelp(cmd, desc)) }
	return []key.Binding{
		c(":2.3", "到第2部分第3节"),
		c(":二/三", "同上，按标号"),
		c(":50%", "到全文某处"),
		c(":diff 2023", "与同单位某年对比"),
		c(":check", "体检"),
		c(":figures", "关键数据"),
		c("tab", "补全命令"),
	}
}

// helpGroup is a titled set of bindings in the full help.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

// helpItem is one entry of the help line: keys and what they do.
type helpItem struct{ keys, desc string }

// first is the first of the keys a binding's help names ("q" of "q/ctrl+c").
func first(b key.Binding) string {
	k, _, _ := strings.Cut(b.Help().Key, "/")
	if k == "" { // the key is "/" itself
		return b.Help().Key
	}
	return k
}

// item is the help-line entry of one binding, named by its first key.
func item(b key.Binding, desc string) helpItem { return helpItem{first(b), desc} }

// pair is one help entry for two opposite bindings, named by the first key
// of each ("j/k"), so the help line stays short.
func pair(a, b key.Binding, desc string) helpItem {
	return helpItem{first(a) + "/" + first(b), desc}
}

// shortHelp lists the keys that work in the focused pane, most useful
// first, for the one-line help. wide says whether the panes are side by
// side (then Tab moves between them; otherwise o and r open the overlays).
// In the reader, the keys a new user could not guess — the other panes,
// searching, comparing — come before [ ] { }, so that 80 columns show them.
func (k keyMap) shortHelp(f focus, wide bool) []helpItem {
	out := []helpItem{pair(k.Down, k.Up, "上下")}
	panes := []helpItem{item(k.NextPane, "窗格")}
	if !wide {
		panes = []helpItem{item(k.ShowOutline, "目录"), item(k.ShowReports, "报告")}
	}
	switch f {
	case focusReports:
		out = append(out, item(k.Open, "打开"), filterHelp(k), pair(k.Top, k.Bottom, "首尾"))
		out = append(out, panes...)
	case focusOutline:
		out = append(out, item(k.Open, "阅读"), pair(k.PrevPart, k.NextPart, "部分"))
		out = append(out, panes...)
	default:
		out = append(out, pair(k.PageDown, k.PageUp, "翻页"))
		out = append(out, panes...)
		out = append(out, item(k.Search, "搜索"), item(k.SearchAll, "全部"), item(k.Compare, "对比"),
			pair(k.PrevSection, k.NextSection, "节"), pair(k.PrevPart, k.NextPart, "部分"), pair(k.Top, k.Bottom, "首尾"))
	}
	if f != focusReader {
		out = append(out, item(k.Back, "返回"))
	}
	return append(out, item(k.Help, "帮助"), item(k.Quit, "退出"))
}

// fullHelp is every binding, grouped, for the ? screen.
func (k keyMap) fullHelp() []helpGroup {
	return []helpGroup{
		{"移动", []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom}},
		{"章节", []key.Binding{k.PrevSection, k.NextSection, k.PrevPart, k.NextPart, k.Open}},
		{"窗格", []key.Binding{k.NextPane, k.PrevPane, k.FocusReports, k.FocusOutline, k.FocusReader, k.ShowReports, k.ShowOutline, k.Back}},
		{"对比", []key.Binding{k.Compare, k.NextChange, k.PrevChange, k.Swap, k.Repair, k.Unified, k.Export, k.Years}},
		{"搜索", []key.Binding{k.Search, k.SearchAll, k.NextMatch, k.PrevMatch, k.Filter}},
		{"书签", []key.Binding{k.SetMark, k.GoMark, key.NewBinding(key.WithHelp("''", "回到跳转前")), k.JumpBack, k.JumpForward}},
		{"命令", append([]key.Binding{k.Command}, commandHelp()...)},
		{"审阅", []key.Binding{k.Figures, k.Check, k.FollowUp, k.Timeline, k.Left, k.Right, k.MarkYear, k.CopyPara, k.CopySection}},
		{"其他", []key.Binding{k.Problems, k.Help, k.Quit}},
	}
}
