package model

import (
	"context"
	"testing"

	"baogao/seeds"
)

// TestStreamMatchesLoad: the batches, joined, are what load gives at once,
// in the same order, whatever the batch size.
func TestStreamMatchesLoad(t *testing.T) {
	ins, p := FSInputs(seeds.FS, "seeds")
	want := load(ins, p)
	for _, n := range []int{1, 2, len(ins), len(ins) + 5} {
		var got []*Report
		batches := 0
		for b := range Stream(context.Background(), ins, p, n) {
			got = append(got, b.Reports...)
			batches++
		}
		if wantBatches := (len(ins) + n - 1) / n; batches != wantBatches {
			t.Errorf("n=%d: %d batches, want %d", n, batches, wantBatches)
		}
		if len(got) != len(want.Reports) {
			t.Fatalf("n=%d: %d reports, want %d", n, len(got), len(want.Reports))
		}
		for i := range got {
			if got[i].ID != want.Reports[i].ID || got[i].Title != want.Reports[i].Title {
				t.Errorf("n=%d: report %d is %s %q, want %s %q", n, i, got[i].ID, got[i].Title, want.Reports[i].ID, want.Reports[i].Title)
			}
		}
	}
}

// TestStreamEmpty: no inputs still send the problems, once.
func TestStreamEmpty(t *testing.T) {
	p := Problems{Skipped: []Skip{{Path: "a.doc", Reason: "x"}}}
	var got []Loaded
	for b := range Stream(context.Background(), nil, p, 4) {
		got = append(got, b)
	}
	if len(got) != 1 || len(got[0].Skipped) != 1 || len(got[0].Reports) != 0 {
		t.Fatalf("got %+v, want one batch with the one skip", got)
	}
}

// TestStreamCancel: after cancelling, the channel closes without sending
// the rest.
func TestStreamCancel(t *testing.T) {
	ins, p := FSInputs(seeds.FS, "seeds")
	ctx, cancel := context.WithCancel(context.Background())
	ch := Stream(ctx, ins, p, 1)
	if b, ok := <-ch; !ok || len(b.Reports) != 1 {
		t.Fatalf("first batch: %v %d reports, want one report", ok, len(b.Reports))
	}
	cancel()
	rest := 0
	for b := range ch {
		rest += len(b.Reports)
	}
	if rest > 1 { // at most the batch already under way when cancel came
		t.Errorf("%d reports after cancel, want at most 1 of %d", rest, len(ins)-1)
	}
}
