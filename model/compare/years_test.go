package compare

import (
	"baogao/seeds"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baogao/model"
)

// bumpYears moves every year written as a year (four digits and 年, or the
// start of a range) on by d.
func bumpYears(s string, d int) string {
	return regexp.MustCompile(`(19|20)\d\d(年|[—-])`).ReplaceAllStringFunc(s, func(m string) string {
		y, _ := strconv.Atoi(m[:4])
		return strconv.Itoa(y+d) + m[4:]
	})
}

// TestYearBumps: next year's copy of a seed with every year moved on and
// exactly three real edits (a count, a sentence added, a sentence
// dropped) counts exactly three changes; the bumped sentences are
// unchanged with Years set, and a year that moved by anything else is a
// change.
func TestYearBumps(t *testing.T) {
	orig := comparedSeed(t, "jinan-lixia-2024")
	text := seedText(t, "jinan-lixia-2024")
	next := bumpYears(text, 1)
	if strings.Count(next, "2025年") < 5 {
		t.Fatalf("the fixture bumps too few years")
	}
	for _, e := range [][2]string{
		{"办理人大代表建议、政协委员提案401件", "办理人大代表建议、政协委员提案415件"},
		{"三是社会和谐稳定质效全面提升。", ""},
		{"切实提高监督效能。", "切实提高监督效能。全年开展法治督察3次。"},
	} {
		if strings.Count(next, e[0]) != 1 {
			t.Fatalf("%q is not in the seed once", e[0])
		}
		next = strings.Replace(next, e[0], e[1], 1)
	}
	b, err := model.LoadBytes("lixia-next", "lixia-next.txt", []byte(next))
	if err != nil {
		t.Fatal(err)
	}
	if b.Year != orig.Year+1 {
		t.Fatalf("years %d, %d", orig.Year, b.Year)
	}
	c := Reports(orig, b)
	s := c.Summary
	if got := s.Edited + s.Added + s.Removed + s.Moved; got != 3 {
		t.Errorf("%d changes counted (edited %d, added %d, removed %d), want 3", got, s.Edited, s.Added, s.Removed)
	}
	if s.Years < 5 {
		t.Errorf("%d year-bumped sentences, want at least 5", s.Years)
	}
	if c.Title.Kind != OpSame || !c.Title.Years {
		t.Errorf("title %+v: want the same but for its year", c.Title)
	}
	for _, p := range c.Pairs {
		for _, op := range p.Ops {
			if op.Kind == OpSame && op.A != op.B && !op.Years {
				t.Errorf("OpSame with differing text and no Years: %q", op.A)
			}
			if op.Years {
				yearSpans := 0
				for _, sp := range op.Spans {
					switch sp.Kind {
					case OpYear:
						yearSpans++
					case OpSame:
					default:
						t.Errorf("year-only op with a %s span: %q", sp.Kind, op.A)
					}
				}
				if yearSpans == 0 {
					t.Errorf("year-only op without a year span: %q", op.A)
				}
			}
		}
	}
	// Without the years known, every bump is a change again.
	a0, b0 := *orig, *b
	a0.Year, b0.Year = 0, 0
	if s0 := Reports(&a0, &b0).Summary; s0.Years != 0 || s0.Edited+s0.Added+s0.Removed <= 3 {
		t.Errorf("years unknown: %+v", s0)
	}
}

// TestYearSpans: inside one sentence, a year moved on by the difference is
// a year span; a year moved by more, a count, or a year not written as a
// year (2024人) is an edit.
func TestYearSpans(t *testing.T) {
	k := newComparer(Options{})
	k.years = 1
	for _, tc := range []struct {
		a, b  string
		years bool // the op is OpSame with Years
		kinds string
	}{
		{"2024年完成任务。", "2025年完成任务。", true, "year same"},
		{"2023—2025年规划。", "2024—2026年规划。", true, "year same year same"},
		{"2024年完成任务。", "2026年完成任务。", false, "change same"},
		{"培训2024人。", "培训2025人。", false, "same change same"},
		{"2024年培训30人。", "2025年培训45人。", false, "year same change same"},
	} {
		sa := splitParas([]string{tc.a})
		sb := splitParas([]string{tc.b})
		op, _ := k.change(&sa[0], &sb[0])
		var kinds []string
		for _, s := range op.Spans {
			kinds = append(kinds, string(s.Kind))
		}
		if got := strings.Join(kinds, " "); got != tc.kinds || op.Years != tc.years {
			t.Errorf("%s → %s: spans %q years %v, want %q %v", tc.a, tc.b, got, op.Years, tc.kinds, tc.years)
		}
	}
}

// seedText is a sample report's text.
func seedText(t testing.TB, id string) string {
	t.Helper()
	b, err := fs.ReadFile(seeds.FS, id+".txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
