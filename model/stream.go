package model

import "context"

// Stream runs the pipeline on ins as load does, but a batch of at most n
// inputs at a time, so that a caller (the app, on a big folder) can show
// the first reports while the rest load. It sends each batch's Loaded on
// the channel it returns, in input order, p's problems with the first
// batch, and closes the channel when every input is loaded or as soon as
// ctx is done: a cancelled load stops after the batch under way and sends
// nothing more.
func Stream(ctx context.Context, ins []Input, p Problems, n int) <-chan Loaded {
	n = max(n, 1)
	out := make(chan Loaded)
	go func() {
		defer close(out)
		first := true
		for start := 0; start < len(ins) || first; start += n {
			if ctx.Err() != nil {
				return
			}
			batch := load(ins[start:min(start+n, len(ins))], Problems{})
			if first {
				batch.Problems, first = mergeProblems(p, batch.Problems), false
			}
			select {
			case out <- batch:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// mergeProblems is a's problems followed by b's.
func mergeProblems(a, b Problems) Problems {
	return Problems{
		Errors:   append(a.Errors, b.Errors...),
		Skipped:  append(a.Skipped, b.Skipped...),
		Warnings: append(a.Warnings, b.Warnings...),
	}
}

// LoadInputs runs the pipeline on inputs at once, as LoadPaths does after
// Inputs: for a caller that looked at the inputs before choosing between
// this and Stream.
func LoadInputs(ins []Input, p Problems) Loaded { return load(ins, p) }
