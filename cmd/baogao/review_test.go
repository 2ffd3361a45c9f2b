package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"baogao/model/check"
	"baogao/model/i18n"
	"baogao/seeds"
)

// TestReviewLang checks that the reviewing commands speak the language
// model/i18n detects from the locale.
func TestReviewLang(t *testing.T) {
	defer i18n.SetLang(i18n.Current())
	tests := []struct {
		env  map[string]string
		want check.Lang
	}{
		{map[string]string{}, check.English},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, check.Chinese},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, check.English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, check.Chinese},
		{map[string]string{"LC_ALL": "zh_HK"}, check.Chinese},
		{map[string]string{"LANG": "C.UTF-8"}, check.English},
	}
	for _, tt := range tests {
		for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
			t.Setenv(k, tt.env[k])
		}
		i18n.SetLang(i18n.Detect())
		if got := reviewLang(); got != tt.want {
			t.Errorf("%v: %v, want %v", tt.env, got, tt.want)
		}
	}
}

// TestCheckCLI: the seeds all lack a 落款, so check exits 1; the JSON has
// the documented shape and every criterion.
func TestCheckCLI(t *testing.T) {
	t.Setenv("LANG", "C")
	t.Setenv("LC_ALL", "")
	out, errOut, code := runCLI(t, "", "check", "--json", "jinan-lixia-2024", "周村 2023")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (stderr %q)", code, errOut)
	}
	var got []struct {
		ID       string `json:"id"`
		Criteria []struct {
			ID       string   `json:"id"`
			Status   string   `json:"status"`
			Evidence []string `json:"evidence"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "jinan-lixia-2024" || got[1].ID != "zibo-zhoucun-2023" {
		t.Fatalf("reports %+v", got)
	}
	var ids []string
	for _, c := range got[0].Criteria {
		ids = append(ids, c.ID)
		if !slices.Contains([]string{"pass", "warn", "fail", "info"}, c.Status) {
			t.Errorf("%s: status %q", c.ID, c.Status)
		}
	}
	want := []string{"parts.measures", "parts.shortcomings", "parts.causes", "parts.duties", "parts.plans", "parts.other",
		"title", "signature", "year", "published", "density", "families", "copied", "headings"}
	if !slices.Equal(ids, want) {
		t.Errorf("criteria %v, want %v", ids, want)
	}

	out, _, code = runCLI(t, "", "check", "zibo-zhoucun-2023")
	if code != 1 || !strings.Contains(out, "fail  signature") || !strings.Contains(out, "pass  causes") {
		t.Errorf("text (exit %d):\n%s", code, out)
	}
	t.Setenv("LANG", "zh_CN.UTF-8")
	out, _, _ = runCLI(t, "", "check", "zibo-zhoucun-2023")
	if !strings.Contains(out, "不符  落款") || !strings.Contains(out, "分析了不足的原因") {
		t.Errorf("zh text:\n%s", out)
	}
	out, _, code = runCLI(t, "", "check", "--json")
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 1 || len(got) != 5 {
		t.Errorf("check without REPORT: exit %d, %d reports, %v", code, len(got), err)
	}
	t.Setenv("LANG", "C")
	if _, errOut, code := runCLI(t, "", "check", "nosuchreport"); code != 2 || !strings.Contains(errOut, "no report matches") {
		t.Errorf("unknown report: exit %d, %q", code, errOut)
	}
}

// TestCheckCLIPasses: a report that meets every criterion exits 0.
func TestCheckCLIPasses(t *testing.T) {
	dir := t.TempDir()
	text := seedFile(t, "zibo-zhoucun-2023.txt") + "\n中共周村区委 周村区人民政府\n2024年2月5日\n"
	path := writeFile(t, dir, "zhoucun.txt", text)
	out, errOut, code := runCLI(t, "", "check", "--json", path)
	if code != 0 {
		t.Errorf("exit %d (stderr %q):\n%s", code, errOut, out)
	}
}

func TestFiguresCLI(t *testing.T) {
	t.Setenv("LANG", "C")
	out, _, code := runCLI(t, "", "figures", "--json", "jinan-lixia-2024")
	var one struct {
		ID      string            `json:"id"`
		Figures []json.RawMessage `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || one.ID != "jinan-lixia-2024" || len(one.Figures) == 0 {
		t.Fatalf("one report: exit %d, %v, %s", code, err, out[:min(len(out), 200)])
	}
	out, _, code = runCLI(t, "", "figures", "--json", "jinan-changqing-2023", "zibo-zhoucun-2023")
	var table struct {
		Reports []struct {
			ID   string `json:"id"`
			Unit string `json:"unit"`
			Year int    `json:"year"`
		} `json:"reports"`
		Rows []struct {
			Values []*float64 `json:"values"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &table); err != nil || code != 0 || len(table.Reports) != 2 || len(table.Rows) == 0 {
		t.Fatalf("two reports: exit %d, %v", code, err)
	}
	for _, r := range table.Rows {
		if len(r.Values) != 2 {
			t.Fatalf("row with %d values", len(r.Values))
		}
	}
	out, _, _ = runCLI(t, "", "figures", "--csv", "jinan-changqing-2023", "zibo-zhoucun-2023")
	if !strings.HasPrefix(out, "\uFEFFsubject,unit,") || !strings.Contains(out, "\r\n") || strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Errorf("CSV is not BOM + CRLF: %q", out[:min(len(out), 80)])
	}
	out, _, _ = runCLI(t, "", "figures", "jinan-changqing-2023", "zibo-zhoucun-2023")
	if !strings.Contains(out, "only in 长清区2023") || !strings.Contains(out, "CHANGE") {
		t.Errorf("table text:\n%s", out)
	}
	if _, _, code := runCLI(t, "", "figures", "--json", "--csv", "jinan-lixia-2024"); code != 2 {
		t.Errorf("--json --csv: exit %d", code)
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{"=1+2": "'=1+2", "@SUM": "'@SUM", "-5件": "'-5件", "行政复议": "行政复议", "": ""} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// seedFile is a seed's bytes as text (the seeds are UTF-8).
func seedFile(t *testing.T, name string) string {
	t.Helper()
	b, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFollowupCLI(t *testing.T) {
	t.Setenv("LANG", "C")
	next := filepath.Join("..", "..", "model", "followup", "testdata", "lixia-2025.txt")
	out, errOut, code := runCLI(t, "", "followup", "--json", "jinan-lixia-2024", next)
	var got struct {
		A, B  string
		Items []struct {
			Section, Text, Status string
			Evidence              []struct {
				Section, Text string
				Similarity    float64
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("exit %d, %v, stderr %q", code, err, errOut)
	}
	if got.A != "jinan-lixia-2024" || got.B != "lixia-2025" || len(got.Items) != 3 || got.Items[0].Status != "done" || len(got.Items[0].Evidence) == 0 {
		t.Errorf("followup JSON: %+v", got)
	}
	out, _, _ = runCLI(t, "", "followup", "jinan-lixia-2024", next)
	if !strings.Contains(out, "3 plan items: 1 done, 1 partial, 1 none") {
		t.Errorf("text:\n%s", out)
	}
	if _, errOut, _ := runCLI(t, "", "followup", next, "jinan-lixia-2024"); !strings.Contains(errOut, "should be the earlier") {
		t.Errorf("reversed: stderr %q", errOut)
	}
	if _, _, code := runCLI(t, "", "followup", "jinan-lixia-2024"); code != 2 {
		t.Errorf("one report: exit %d", code)
	}
}

func TestTimelineCLI(t *testing.T) {
	t.Setenv("LANG", "C")
	out, _, code := runCLI(t, "", "timeline", "--json")
	var got struct {
		Units []struct {
			Unit    string
			Reports []struct {
				ID   string
				Year int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	if len(got.Units) != 4 {
		t.Fatalf("units %+v", got.Units)
	}
	for _, u := range got.Units {
		for i := 1; i < len(u.Reports); i++ {
			if u.Reports[i].Year < u.Reports[i-1].Year {
				t.Errorf("%s: years not ascending: %+v", u.Unit, u.Reports)
			}
		}
	}
	out, _, _ = runCLI(t, "", "timeline")
	if !strings.Contains(out, "4 units (1 with several years), 5 reports") || !strings.Contains(out, "jinan-lixia-2020  jinan-lixia-2024") {
		t.Errorf("text:\n%s", out)
	}
}

func TestReadable(t *testing.T) {
	for v, want := range map[float64]string{208300000000: "2083亿", 15627400: "1562.74万", 30000: "3万", 9999: "9999", 12345.678: "12345.678", -62000000000: "-620亿", 0.5: "0.5"} {
		if got := readable(v); got != want {
			t.Errorf("readable(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestFiguresNextYear: a seed and its next year (every year one later, two
// figures changed), sections paired as diff pairs them: the two changes
// are the only rows that changed, and no year is a figure.
func TestFiguresNextYear(t *testing.T) {
	text := seedFile(t, "jinan-changqing-2023.txt")
	next := strings.NewReplacer("2024", "2025", "2023", "2024", "2022", "2023").Replace(text)
	for old, changed := range map[string]string{"审查行政规范性文件11件": "审查行政规范性文件13件", "法律顾问达到31人": "法律顾问达到28人"} {
		if !strings.Contains(next, old) {
			t.Fatalf("seed has no %q", old)
		}
		next = strings.Replace(next, old, changed, 1)
	}
	dir := t.TempDir()
	a := writeFile(t, dir, "changqing-2023.txt", text)
	b := writeFile(t, dir, "changqing-2024.txt", next)
	out, errOut, code := runCLI(t, "", "figures", "--json", b, a) // given out of order: put in year order
	var table struct {
		Reports []struct{ Year int }
		Rows    []struct {
			Subject string
			Values  []*float64
			Change  *float64
		}
	}
	if err := json.Unmarshal([]byte(out), &table); err != nil || code != 0 {
		t.Fatalf("exit %d, %v, %s", code, err, errOut)
	}
	if table.Reports[0].Year != 2023 || table.Reports[1].Year != 2024 {
		t.Fatalf("years %+v", table.Reports)
	}
	var changed []string
	for _, r := range table.Rows {
		if r.Values[0] == nil || r.Values[1] == nil {
			t.Errorf("%s is in one report only", r.Subject)
			continue
		}
		if *r.Change != 0 {
			changed = append(changed, fmt.Sprintf("%s %v→%v", r.Subject, *r.Values[0], *r.Values[1]))
		}
	}
	slices.Sort(changed)
	if want := []string{"审查行政规范性文件 11→13", "政府法律顾问 31→28"}; !slices.Equal(changed, want) {
		t.Errorf("changed rows %q, want %q", changed, want)
	}
}
