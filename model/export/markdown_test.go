package export

import "testing"

func TestMarkdownBlockStart(t *testing.T) {
	for in, want := range map[string]string{
		"1. 依法决策":   `1\. 依法决策`,
		"12) 其他":    `12\) 其他`,
		"1.依法决策":    "1.依法决策",
		"- 一项":      `\- 一项`,
		"+ 一项":      `\+ 一项`,
		"===":       `\===`,
		"2024年，历下区": "2024年，历下区",
	} {
		if got := mdBlockStart(in); got != want {
			t.Errorf("mdBlockStart(%q) = %q, want %q", in, got, want)
		}
	}
}
