package compare

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"baogao/model"
)

// A truth set of section pairs: for pairs of seeds, the sections a reader
// pairs (same subject, whatever the words), judged by hand from their
// titles and text and kept only where the pairing is clear; for next-year
// copies of a seed (reordered, reworded, years moved on), the pairs are
// known by construction. TestAlignmentTruth measures the alignment on it.
var truthSeeds = []struct {
	a, b  string
	pairs string // "A=B" section paths, space-separated
}{
	{"jinan-lixia-2024", "zibo-zhoucun-2023",
		"1=2 2=1 3=3 4=4 1.1=2.2 1.2=2.1 1.3=2.3 2.1=1.2 2.3=1.1 2.4=1.3 4.2=4.1"},
	{"jinan-lixia-2024", "jinan-changqing-2023",
		"1=1 2=2 3=3 4=4 2.1=2.2 2.2=2.3 2.3=2.1 2.4=2.4 2.5=2.6"},
	{"zibo-zhoucun-2023", "jinan-changqing-2023",
		"1=2 2=1 3=3 4=4 1.1=2.1 1.2=2.2 1.3=2.4 1.4=2.5 1.5=2.6 4.2=4.2"},
	{"jinan-lixia-2024", "jining-jingkai-2024",
		"1=3 2=1 3=2 4=4 1.1=3.1 1.3=3.3 2.1=1.1 2.2=1.3 2.5=1.2"},
	{"jinan-changqing-2023", "jining-jingkai-2024",
		"1=3 2=1 3=2 4=4 2.2=1.1 2.3=1.3 2.6=1.2"},
	{"zibo-zhoucun-2023", "jining-jingkai-2024",
		"1=1 2=3 3=2 4=4 1.2=1.1 1.5=1.2 2.2=3.1"},
}

// nextYearCopy is a seed as its next report might be: every year moved on,
// the measures part's sub-sections in another order with their titles
// reworded (terms swapped, synonyms), a sentence or two changed in each.
type copyEdit struct {
	seed    string
	parent  string            // the part whose sub-sections are reordered
	order   []int             // new order of its sub-sections (1-based)
	retitle map[string]string // old sub-section title → new
}

var truthCopies = []copyEdit{
	{"jinan-lixia-2024", "2", []int{3, 1, 5, 2, 4}, map[string]string{
		"（四）刚性约束，监督制约制度健全": "（四）强化制约监督，权力运行规范透明",
		"（三）优化服务，营商环境持续向好": "（三）持续优化法治化营商环境",
		"（二）严格规范，执法效能稳步提升": "（二）规范公正文明执法，提升执法质效",
	}},
	{"zibo-zhoucun-2023", "1", []int{2, 1, 4, 5, 3}, map[string]string{
		"（三）强化行政权力制约监督，职能履行阳光透明": "（三）行政权力监督制约更加有力",
		"（二）健全依法行政制度体系，行政制度落实有力": "（二）依法行政制度体系更加完善",
	}},
	{"jinan-changqing-2023", "2", []int{6, 5, 4, 3, 2, 1}, map[string]string{
		"(四)加强行政权力制约监督,促进权力规范透明运行": "(四)推动权力规范透明运行，完善监督制约",
		"(六)深化普法宣传,提高基层治理法治水平":     "(六)提升基层治理法治化水平",
	}},
}

// buildCopy returns the copy's text and the truth pairs (original path =
// path in the copy) of every section.
func buildCopy(t testing.TB, e copyEdit) (*model.Report, []string) {
	t.Helper()
	orig := comparedSeed(t, e.seed)
	lines := strings.Split(bumpYears(seedText(t, e.seed), 1), "\n")
	parent := orig.FindPath(e.parent)
	kids := parent.Children
	// Line ranges of the sub-sections: from a heading line to the next.
	start := func(s *model.Section) int {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" && strings.Contains(l, s.Title) && strings.Contains(l, s.Label) {
				return i
			}
		}
		t.Fatalf("%s: no line for %q", e.seed, s.Heading())
		return -1
	}
	var starts []int
	for _, k := range kids {
		starts = append(starts, start(k))
	}
	end := len(lines)
	if next := nextSibling(orig, parent); next != nil {
		end = start(next)
	}
	starts = append(starts, end)
	var moved []string
	var truth []string
	for newIdx, old := range e.order {
		block := append([]string(nil), lines[starts[old-1]:starts[old]]...)
		for i, l := range block {
			for from, to := range e.retitle {
				block[i] = strings.Replace(l, from, to, 1)
				l = block[i]
			}
		}
		// Renumber the heading to its new place, as a drafter would.
		block[0] = strings.Replace(block[0], kids[old-1].Label, kids[newIdx].Label, 1)
		moved = append(moved, block...)
		truth = append(truth, fmt.Sprintf("%s.%d=%s.%d", e.parent, old, e.parent, newIdx+1))
	}
	out := append(append(append([]string(nil), lines[:starts[0]]...), moved...), lines[end:]...)
	r, err := model.LoadBytes(e.seed+"-next", e.seed+"-next.txt", []byte(strings.Join(out, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	orig.Walk(func(s *model.Section) {
		if !strings.HasPrefix(s.Path, e.parent+".") {
			truth = append(truth, s.Path+"="+s.Path)
		}
	})
	return r, truth
}

func nextSibling(r *model.Report, s *model.Section) *model.Section {
	for i, x := range r.Sections {
		if x == s && i+1 < len(r.Sections) {
			return r.Sections[i+1]
		}
	}
	return nil
}

// truthCase is one comparison of the truth set.
type truthCase struct {
	name  string
	a, b  *model.Report
	pairs []string
}

func truthCases(t testing.TB) []truthCase {
	var out []truthCase
	for _, s := range truthSeeds {
		out = append(out, truthCase{s.a + " × " + s.b, comparedSeed(t, s.a), comparedSeed(t, s.b), strings.Fields(s.pairs)})
	}
	for _, e := range truthCopies {
		b, pairs := buildCopy(t, e)
		out = append(out, truthCase{e.seed + " × next-year copy", comparedSeed(t, e.seed), b, pairs})
	}
	return out
}

// TestAlignmentTruth: at least 95% of the truth pairs are found, and no
// section of a truth pair is paired with another section.
func TestAlignmentTruth(t *testing.T) {
	total, found, wrong := 0, 0, 0
	var table []string
	for _, tc := range truthCases(t) {
		c := Reports(tc.a, tc.b)
		got := map[string]string{} // A path → B path, "-" for none
		for _, p := range c.Pairs {
			if p.A != nil && p.A.Path != "" {
				got[p.A.Path] = "-"
				if p.B != nil {
					got[p.A.Path] = p.B.Path
				}
			}
		}
		n, w := 0, 0
		var missed []string
		for _, pr := range tc.pairs {
			a, b, _ := strings.Cut(pr, "=")
			switch g := got[a]; {
			case g == b:
				n++
			case g != "-":
				w++
				missed = append(missed, pr+" (got "+a+"="+g+")")
			default:
				missed = append(missed, pr)
			}
		}
		total, found, wrong = total+len(tc.pairs), found+n, wrong+w
		table = append(table, fmt.Sprintf("%-50s %3d/%-3d wrong %d  missed %v", tc.name, n, len(tc.pairs), w, missed))
	}
	sort.Strings(table)
	t.Logf("alignment truth set: %d of %d found, %d wrong\n%s", found, total, wrong, strings.Join(table, "\n"))
	if found*100 < total*95 {
		t.Errorf("found %d of %d truth pairs (%d%%), want ≥ 95%%", found, total, found*100/total)
	}
	if wrong > 0 {
		t.Errorf("%d truth sections paired with another section", wrong)
	}
}

func TestTruthCopyShape(t *testing.T) {
	for _, e := range truthCopies {
		b, pairs := buildCopy(t, e)
		var heads []string
		for _, k := range b.FindPath(e.parent).Children {
			heads = append(heads, k.Heading())
		}
		if len(heads) != len(e.order) {
			t.Errorf("%s: copy has %d sub-sections under %s, want %d: %q", e.seed, len(heads), e.parent, len(e.order), heads)
		}
		for from, to := range e.retitle {
			if !strings.Contains(strings.Join(heads, "\n"), strings.TrimLeft(to, "（）()一二三四五六")) {
				t.Errorf("%s: %q not retitled to %q: %q", e.seed, from, to, heads)
			}
		}
		if testing.Verbose() {
			t.Logf("%s: %q %v", e.seed, heads, pairs[:len(e.order)])
		}
	}
}
