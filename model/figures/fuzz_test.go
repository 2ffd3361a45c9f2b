package figures

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: any text, valid UTF-8 or not: no panic, every span within
// its paragraph and holding the figure's text, every value finite.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"接收行政复议申请54件，受理94件。",
		"受众3万余人次，罚没1562.74万元，1.39万亿斤，百分之四十六",
		"二十三件、三成、两千余人、一百零五件、十余支、五亿二千多万件",
		"3至5个，10—15天，一百五十元至二百元，98%以上，近200家，5分钟内",
		"（国发〔2019〕5号）第二十五条“十四五”5G“12345”热线 一是",
		"１２３４件，參訓人員 310 人；“86个“两重”项目",
		strings.Repeat("9", 30) + "件" + strings.Repeat("万", 10) + "元",
		"\xff\xfe3件\x00十\u200b万\u00ad余人",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, fig := range ExtractText(text) {
			if math.IsInf(fig.Value, 0) || math.IsNaN(fig.Value) || math.IsInf(fig.Max, 0) || math.IsNaN(fig.Max) {
				t.Fatalf("value %v, max %v", fig.Value, fig.Max)
			}
			lines := strings.Split(text, "\n")
			if fig.Para < 0 || fig.Para >= len(lines) {
				t.Fatalf("para %d of %d", fig.Para, len(lines))
			}
			line := lines[fig.Para]
			n := utf8.RuneCountInString(line)
			if fig.Start < 0 || fig.End > n || fig.Start >= fig.End {
				t.Fatalf("span [%d,%d) in %d runes", fig.Start, fig.End, n)
			}
			if got := string([]rune(line)[fig.Start:fig.End]); got != fig.Text && utf8.ValidString(line) {
				t.Fatalf("span holds %q, Text is %q", got, fig.Text)
			}
			if !strings.Contains(line, fig.Sentence) || !strings.Contains(line, fig.Text) {
				t.Fatalf("sentence %q or text %q not in the paragraph", fig.Sentence, fig.Text)
			}
		}
	})
}
