package figures

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := "testdata/golden/" + name
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff", path)
	}
}

func keysOfObject(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestFiguresJSON: `figures --json R` prints {"id","figures":[{subject,
// value, unit, qualifier, section, sentence}]}, and nothing more.
func TestFiguresJSON(t *testing.T) {
	r := loadSeed(t, "jinan-lixia-2024.txt")
	rf := ForReport(r)
	b, err := json.Marshal(rf)
	if err != nil {
		t.Fatal(err)
	}
	var top struct {
		ID      string            `json:"id"`
		Figures []json.RawMessage `json:"figures"`
	}
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	if got := keysOfObject(t, b); !slices.Equal(got, []string{"figures", "id"}) {
		t.Errorf("top-level keys %v", got)
	}
	if top.ID != "jinan-lixia-2024" || len(top.Figures) == 0 {
		t.Fatalf("id %q, %d figures", top.ID, len(top.Figures))
	}
	want := []string{"qualifier", "section", "sentence", "subject", "unit", "value"}
	for _, f := range top.Figures {
		if got := keysOfObject(t, f); !slices.Equal(got, want) {
			t.Fatalf("figure keys %v, want %v", got, want)
		}
	}
	if !strings.Contains(string(b), `"value":310000,`) {
		t.Errorf("31万件 is not printed as 310000")
	}
	golden(t, "figures-jinan-lixia-2024.json", rf)
	// No figures is an empty list, not null.
	if b, _ := json.Marshal(ForReport(parse(t, "empty", "标题\n一、概述\n没有数字。\n"))); !strings.Contains(string(b), `"figures":[]`) {
		t.Errorf("%s", b)
	}
}

// TestTableJSON: with two or more reports, {"reports":[{id,unit,year}],
// "rows":[{subject,unit,values,sections,change,percent}]}, with null where
// a report lacks the figure.
func TestTableJSON(t *testing.T) {
	text := seedText(t, "jinan-lixia-2024.txt")
	next := nextYear(t, text, map[string]string{
		"听取法治建设工作汇报14次":  "听取法治建设工作汇报16次",
		"受理法律援助案件2172件":  "受理法律援助案件2010件",
		"推广安装烟感报警器3万余户，": "",
	})
	tab := Compare(SetOf(parse(t, "lixia-2024", text)), SetOf(parse(t, "lixia-2025", next)), SamePath)
	b, err := json.Marshal(tab)
	if err != nil {
		t.Fatal(err)
	}
	if got := keysOfObject(t, b); !slices.Equal(got, []string{"reports", "rows"}) {
		t.Errorf("top-level keys %v", got)
	}
	var top struct {
		Reports []json.RawMessage `json:"reports"`
		Rows    []json.RawMessage `json:"rows"`
	}
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	for _, r := range top.Reports {
		if got := keysOfObject(t, r); !slices.Equal(got, []string{"id", "unit", "year"}) {
			t.Errorf("report keys %v", got)
		}
	}
	for _, r := range top.Rows {
		if got := keysOfObject(t, r); !slices.Equal(got, []string{"change", "percent", "sections", "subject", "unit", "values"}) {
			t.Errorf("row keys %v", got)
		}
	}
	for _, want := range []string{
		`"values":[14,16],"sections":["1.3","1.3"],"change":2,"percent":14.29`,
		`"values":[30000,null],"sections":["2.5",null],"change":null,"percent":null`,
		`"values":[2172,2010],"sections":["2.5","2.5"],"change":-162,"percent":-7.46`,
		`{"id":"lixia-2025","unit":"历下区","year":2025}`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("missing %s", want)
		}
	}
	golden(t, "table-lixia-2024-2025.json", tab)
}
