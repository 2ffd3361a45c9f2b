package main

import (
	"context"
	"fmt"
	"io"
	"sync"

	"baogao/model"
	"baogao/model/i18n"
)

// streamAbove is how many inputs load before the app starts; with more,
// the app starts at once and the list fills while the rest load
// (model.Stream), so a big folder's first frame does not wait for it.
const streamAbove = 64

// streamBatch is how many reports join the list at a time.
const streamBatch = 256

// readPaths opens the reader on paths (or the config's folders): loaded
// first when they are few, else streamed into the running app. The
// problems of what loaded are printed, one line each, before the app
// starts or (those found while it ran) after it ends.
func readPaths(paths []string, stdin io.Reader, stderr io.Writer, wide bool) int {
	ins, p := model.Inputs(paths, stdin)
	if len(ins) <= streamAbove {
		loaded := model.LoadInputs(ins, p)
		printProblems(stderr, &loaded.Problems)
		if len(loaded.Reports) == 0 {
			fmt.Fprintln(stderr, "baogao: "+i18n.T("err.nothing_loaded"))
			return 2
		}
		return runApp(loaded.Reports, tuiOptions{problems: loaded.Problems, wide: wide})
	}
	printProblems(stderr, &p)
	ctx, cancel := context.WithCancel(context.Background())
	seen := &streamProblems{}
	o := tuiOptions{wide: wide, more: seen.record(ctx, model.Stream(ctx, ins, model.Problems{}, streamBatch))}
	o.problems = p
	code := runApp(nil, o)
	cancel() // q while loading: stop reading the rest
	seen.print(stderr)
	return code
}

// streamProblems gathers the problems of the batches the app was given,
// to print when it ends (stderr is hidden behind the app's screen).
type streamProblems struct {
	mu sync.Mutex
	p  model.Problems
}

// record forwards the batches of in, noting their problems, until in
// closes or ctx is done.
func (s *streamProblems) record(ctx context.Context, in <-chan model.Loaded) <-chan model.Loaded {
	out := make(chan model.Loaded)
	go func() {
		defer close(out)
		for b := range in {
			s.mu.Lock()
			s.p.Errors = append(s.p.Errors, b.Errors...)
			s.p.Skipped = append(s.p.Skipped, b.Skipped...)
			s.p.Warnings = append(s.p.Warnings, b.Warnings...)
			s.mu.Unlock()
			select {
			case out <- b:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (s *streamProblems) print(stderr io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	printProblems(stderr, &s.p)
}
