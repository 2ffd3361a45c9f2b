package figures

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"baogao/model"
	"baogao/model/fold"
	"baogao/seeds"
)

// label is one hand-labelled figure (testdata/labels/*.tsv).
type label struct {
	text, key, unit, qual string
	value                 float64
}

func readLabels(t *testing.T, path string) []label {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			t.Fatalf("%s:%d: %d columns", path, n, len(cols))
		}
		v, err := strconv.ParseFloat(cols[2], 64)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		l := label{text: cols[0], key: cols[1], value: v, unit: cols[3]}
		if len(cols) > 4 {
			l.qual = cols[4]
		}
		out = append(out, l)
	}
	return out
}

// subjectRunes is the folded subject without punctuation: what acceptable
// compares.
func subjectRunes(s string) []rune {
	var out []rune
	for _, r := range fold.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// acceptable reports whether an extracted subject says what the label's
// key says: it holds the key's characters in order, and is not more than
// 10 characters longer (a subject that runs over the whole clause is not
// one a reviewer can read at a glance).
func acceptable(got, key string) bool {
	g, k := subjectRunes(got), subjectRunes(key)
	if len(g) > len(k)+10 {
		return false
	}
	i := 0
	for _, r := range g {
		if i < len(k) && r == k[i] {
			i++
		}
	}
	return i == len(k)
}

func sameValue(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }

// score matches the extracted figures to the labels, one to one, in
// document order: a figure is correct when its value and unit are the
// label's and its subject is acceptable.
func score(figs []Figure, labels []label) (correct int, missed []label, wrong []Figure, quals int) {
	used := make([]bool, len(figs))
	for _, l := range labels {
		found := false
		for i, f := range figs {
			if !used[i] && sameValue(f.Value, l.value) && f.Unit == l.unit && acceptable(f.Subject, l.key) {
				used[i], found = true, true
				correct++
				if f.Qualifier == l.qual {
					quals++
				}
				break
			}
		}
		if !found {
			missed = append(missed, l)
		}
	}
	for i, f := range figs {
		if !used[i] {
			wrong = append(wrong, f)
		}
	}
	return
}

func loadSeed(t testing.TB, name string) *model.Report {
	t.Helper()
	b, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes(strings.TrimSuffix(name, ".txt"), "seeds/"+name, b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestLabelledPrecisionRecall scores extraction against every figure of
// two seeds, labelled by hand.
func TestLabelledPrecisionRecall(t *testing.T) {
	var correct, labelled, extracted, quals int
	for _, name := range []string{"jinan-changqing-2023", "zibo-zhoucun-2023"} {
		labels := readLabels(t, "testdata/labels/"+name+".tsv")
		figs := Extract(loadSeed(t, name+".txt"))
		c, missed, wrong, q := score(figs, labels)
		for _, l := range missed {
			t.Logf("%s: missed %s (%s %v %s)", name, l.text, l.key, l.value, l.unit)
		}
		for _, f := range wrong {
			t.Logf("%s: wrong %s [%s] %v %s", name, f.Text, f.Subject, f.Value, f.Unit)
		}
		t.Logf("%s: %d labelled, %d extracted, %d correct", name, len(labels), len(figs), c)
		correct, labelled, extracted, quals = correct+c, labelled+len(labels), extracted+len(figs), quals+q
	}
	p, r := float64(correct)/float64(extracted), float64(correct)/float64(labelled)
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d), qualifier right on %d/%d correct figures",
		p, correct, extracted, r, correct, labelled, quals, correct)
	if p < 0.9 || r < 0.9 {
		t.Errorf("precision %.3f, recall %.3f: both must be at least 0.9", p, r)
	}
}
