package compare

import (
	"baogao/model/fold"
	"reflect"
	"strings"
	"testing"
)

// checkOps checks what must hold for any diff: read in order, the A sides
// of the operations spell A's paragraphs and the B sides B's (spaces-only
// sentences aside); locations point at the text; the spans of a change
// cover both sentences in order; kept sentences are equal after folding.
func checkOps(t testing.TB, ops []Op, aParas, bParas []string) {
	t.Helper()
	var gotA, gotB []string
	for i, op := range ops {
		hasA, hasB := op.Kind != OpAdd, op.Kind != OpDel
		if hasA {
			gotA = append(gotA, op.A)
			if p := op.AAt.Para; p < 0 || p >= len(aParas) || !strings.HasPrefix(aParas[p][op.AAt.Off:], op.A) {
				t.Fatalf("op %d: A location %v does not hold %q", i, op.AAt, op.A)
			}
		} else if op.A != "" || op.AAt.Para != -1 {
			t.Fatalf("op %d (%s) has an A side: %q %v", i, op.Kind, op.A, op.AAt)
		}
		if hasB {
			gotB = append(gotB, op.B)
			if p := op.BAt.Para; p < 0 || p >= len(bParas) || !strings.HasPrefix(bParas[p][op.BAt.Off:], op.B) {
				t.Fatalf("op %d: B location %v does not hold %q", i, op.BAt, op.B)
			}
		} else if op.B != "" || op.BAt.Para != -1 {
			t.Fatalf("op %d (%s) has a B side: %q %v", i, op.Kind, op.B, op.BAt)
		}
		if op.Kind == OpSame && fold.String(op.A) != fold.String(op.B) {
			t.Fatalf("op %d kept but differs: %q vs %q", i, op.A, op.B)
		}
		if op.Kind == OpChange {
			checkSpans(t, op)
		}
		for _, r := range op.Shared {
			text := op.A
			if op.Kind == OpAdd {
				text = op.B
			}
			if r.Start < 0 || r.Start >= r.End || r.End > len(text) {
				t.Fatalf("op %d: shared range %v outside %q", i, r, text)
			}
		}
	}
	if want := keptText(aParas); strings.Join(gotA, "") != want {
		t.Fatalf("A sides do not spell A:\n got %q\nwant %q", strings.Join(gotA, ""), want)
	}
	if want := keptText(bParas); strings.Join(gotB, "") != want {
		t.Fatalf("B sides do not spell B:\n got %q\nwant %q", strings.Join(gotB, ""), want)
	}
}

// keptText is the paragraphs' sentences with a non-empty key, joined.
func keptText(paras []string) string {
	var b strings.Builder
	for _, s := range splitParas(paras) {
		b.WriteString(s.text)
	}
	return b.String()
}

func checkSpans(t testing.TB, op Op) {
	t.Helper()
	a, b := 0, 0
	for _, s := range op.Spans {
		if s.A0 != a || s.B0 != b || s.A1 < s.A0 || s.B1 < s.B0 {
			t.Fatalf("spans of %q→%q not contiguous at %+v", op.A, op.B, s)
		}
		switch s.Kind {
		case OpSame:
			if fold.String(op.A[s.A0:s.A1]) != fold.String(op.B[s.B0:s.B1]) {
				t.Fatalf("same span differs: %q vs %q", op.A[s.A0:s.A1], op.B[s.B0:s.B1])
			}
		case OpDel:
			if s.B0 != s.B1 || s.A0 == s.A1 {
				t.Fatalf("bad del span %+v", s)
			}
		case OpAdd:
			if s.A0 != s.A1 || s.B0 == s.B1 {
				t.Fatalf("bad add span %+v", s)
			}
		case OpChange:
			if s.A0 == s.A1 || s.B0 == s.B1 {
				t.Fatalf("bad change span %+v", s)
			}
		}
		a, b = s.A1, s.B1
	}
	if a != len(op.A) || b != len(op.B) {
		t.Fatalf("spans of %q→%q end at %d,%d", op.A, op.B, a, b)
	}
}

func TestSentenceBounds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", []string{""}},
		{"no-stop", "标题", []string{"标题"}},
		{"stops", "一。二！三？四；五", []string{"一。", "二！", "三？", "四；", "五"}},
		{"half-width", "一;二!三?四", []string{"一;", "二!", "三?", "四"}},
		{"run-of-stops", "真的吗？！好。", []string{"真的吗？！", "好。"}},
		{"inside-book-title", "印发《意见。试行》。下一句。", []string{"印发《意见。试行》。", "下一句。"}},
		{"inside-parens", "召开（第二次。会议）会议。再一句。", []string{"召开（第二次。会议）会议。", "再一句。"}},
		{"quote-closes-after-stop", "他说：“依法办事。”随后推进。", []string{"他说：“依法办事。”", "随后推进。"}},
		{"quote-mid-sentence", "开展“法治。进社区”活动。好。", []string{"开展“法治。进社区”活动。", "好。"}},
		{"closer-after-stop", "完成（见附件。）下一句。", []string{"完成（见附件。）", "下一句。"}},
		{"stray-closer", "完成了。）下一句。", []string{"完成了。）", "下一句。"}},
		{"unbalanced-long", "开展“" + strings.Repeat("法", maxBracketRunes+5) + "。下一句。", []string{"开展“" + strings.Repeat("法", maxBracketRunes+5) + "。", "下一句。"}},
		{"unbalanced-short", "开展“活动。下一句。", []string{"开展“活动。下一句。"}},
		{"newline", "第一行\n第二行。", []string{"第一行\n", "第二行。"}},
		{"trailing-space", "一。 二。", []string{"一。", " 二。"}},
		{"decimal-point", "增长12.5%。完成。", []string{"增长12.5%。", "完成。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			start := 0
			for _, end := range sentenceBounds(tt.in) {
				got = append(got, tt.in[start:end])
				start = end
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentenceBounds(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"协议174份", []string{"协", "议", "174", "份"}},
		{"率92.5%。", []string{"率", "92.5%", "。"}},
		{"100%", []string{"100%"}},
		{"1+1+n模式", []string{"1", "+", "1", "+", "n", "模", "式"}},
		{"app平台v2.5版", []string{"app", "平", "台", "v2.5", "版"}},
		{"2024.", []string{"2024", "."}},
		{"a.b", []string{"a.b"}},
		{"%5", []string{"%", "5"}},
		{"rule of law", []string{"rule", " ", "of", " ", "law"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		intern := map[string]uint32{}
		for _, tk := range tokenize(tt.in, intern) {
			got = append(got, tt.in[tk.start:tk.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Equal runs get equal codes, different runs different ones.
	intern := map[string]uint32{}
	a, b := tokenize("174份174", intern), tokenize("186份", intern)
	if a[0].code != a[2].code || a[0].code == b[0].code || a[1].code != b[1].code {
		t.Errorf("codes: %v %v", a, b)
	}
}

func TestMatchIDs(t *testing.T) {
	tests := []struct {
		name string
		x, y []int
		want []ipair
	}{
		{"empty", nil, nil, nil},
		{"allnew", nil, []int{1, 2}, nil},
		{"allold", []int{1, 2}, nil, nil},
		{"same", []int{1, 2, 3}, []int{1, 2, 3}, []ipair{{0, 0}, {1, 1}, {2, 2}}},
		{"start", []int{9, 1, 2}, []int{1, 2}, []ipair{{1, 0}, {2, 1}}},
		{"end", []int{1, 2}, []int{1, 2, 9}, []ipair{{0, 0}, {1, 1}}},
		{"swap", []int{1, 2, 3}, []int{2, 1, 3}, []ipair{{1, 0}, {2, 2}}},
		// Repeated boilerplate (7) is matched only next to anchors or where
		// it is unique within a gap, never used to tie unrelated places
		// together.
		{"dups", []int{7, 1, 7, 2, 7, 3}, []int{4, 7, 7, 5}, nil},
		{"dups-in-gap", []int{7, 1, 7, 2, 7}, []int{7, 3, 7, 7}, []ipair{{0, 0}, {2, 2}, {4, 3}}},
		{"dups-anchored", []int{1, 7, 2, 7}, []int{1, 7, 2, 7}, []ipair{{0, 0}, {1, 1}, {2, 2}, {3, 3}}},
		{"gap-unique", []int{1, 5, 6, 7, 2}, []int{1, 6, 8, 2}, []ipair{{0, 0}, {2, 1}, {4, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchIDs(tt.x, tt.y); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("matchIDs(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
			}
		})
	}
}

func TestLongestIncreasing(t *testing.T) {
	in := []ipair{{0, 3}, {1, 1}, {2, 4}, {3, 2}, {4, 5}, {5, 0}}
	want := []ipair{{1, 1}, {3, 2}, {4, 5}}
	if got := longestIncreasing(in); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestDiffTokensCap: past maxEditCost, the middle is one replacement, and
// the result still covers both sides.
func TestDiffTokensCap(t *testing.T) {
	var a, b strings.Builder
	for i := range 2 * maxEditCost {
		a.WriteRune(rune('一' + i))
		b.WriteRune(rune('丁' + 3*i))
	}
	intern := map[string]uint32{}
	ta, tb := tokenize("前"+a.String()+"后", intern), tokenize("前"+b.String()+"后", intern)
	got := diffTokens(ta, tb)
	want := []tokenEdit{{true, 0, 1, 0, 1}, {false, 1, len(ta) - 1, 1, len(tb) - 1}, {true, len(ta) - 1, len(ta), len(tb) - 1, len(tb)}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestMyersMinimal(t *testing.T) {
	tests := []struct {
		a, b string
		cost int // tokens deleted + inserted
	}{
		{"abc", "abc", 0},
		{"abcabba", "cbabac", 5},
		{"", "abc", 3},
		{"abc", "", 3},
		{"法治政府建设", "法治社会建设", 4},
		{"ab", "ba", 2},
	}
	for _, tt := range tests {
		intern := map[string]uint32{}
		// Split into single runes so that Latin letters are not one run.
		ta, tb := runeTokens(tt.a, intern), runeTokens(tt.b, intern)
		es, ok := myers(ta, tb, 100)
		if !ok {
			t.Fatalf("%q→%q: over the cap", tt.a, tt.b)
		}
		cost, x, y := 0, 0, 0
		for _, e := range es {
			if e.a0 != x || e.b0 != y {
				t.Fatalf("%q→%q: not contiguous: %v", tt.a, tt.b, es)
			}
			if e.equal {
				for k := range e.a1 - e.a0 {
					if ta[e.a0+k].code != tb[e.b0+k].code {
						t.Fatalf("%q→%q: unequal equality %v", tt.a, tt.b, e)
					}
				}
			} else {
				cost += e.a1 - e.a0 + e.b1 - e.b0
			}
			x, y = e.a1, e.b1
		}
		if x != len(ta) || y != len(tb) || cost != tt.cost {
			t.Errorf("%q→%q: cost %d (end %d,%d), want %d: %v", tt.a, tt.b, cost, x, y, tt.cost, es)
		}
	}
}

func runeTokens(s string, intern map[string]uint32) []token {
	var out []token
	for i, r := range s {
		out = append(out, token{i, i + len(string(r)), uint32(r), 1})
	}
	return out
}

func TestAssign(t *testing.T) {
	tests := []struct {
		name   string
		profit [][]float64
		want   []int
	}{
		{"empty", nil, nil},
		{"diagonal", [][]float64{{1, 0}, {0, 1}}, []int{0, 1}},
		{"crossed", [][]float64{{0, 1}, {1, 0}}, []int{1, 0}},
		// Greedy would take 0.9 and leave 0.1; the optimum is 0.8+0.8.
		{"not-greedy", [][]float64{{0.9, 0.8}, {0.8, 0.1}}, []int{1, 0}},
		{"wide", [][]float64{{0, 0, 1}}, []int{2}},
		{"tall", [][]float64{{0}, {0}, {1}}, []int{-1, -1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := assign(tt.profit); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("assign(%v) = %v, want %v", tt.profit, got, tt.want)
			}
		})
	}
}

func TestTitleKey(t *testing.T) {
	if a, b := titleKey("2025年工作打算"), titleKey("2024年度工作打算"); a != b {
		t.Errorf("years not stripped: %q vs %q", a, b)
	}
	if got := titleKey("（一）Ａ类事项"); got != "(一)a类事项" {
		t.Errorf("titleKey = %q", got)
	}
}
