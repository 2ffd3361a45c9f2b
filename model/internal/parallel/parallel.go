// Package parallel is the one worker pool of the model packages: loading
// files, folding reports into a search index, building its postings and
// searching it all hand out indices to one worker per CPU this way.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls work(i) for every i in [0, n), on up to one worker per CPU,
// and returns when all calls have returned.
func For(n int, work func(i int)) {
	Workers(context.Background(), n, func() (func(int), func()) { return work, nil })
}

// Workers is For with state per worker and a context: each worker calls
// start once for its work function (which may keep a buffer of its own) and
// the done function start returned, if any, when no index is left for it.
// Workers stop taking indices once ctx is done, and it returns ctx's error.
func Workers(ctx context.Context, n int, start func() (work func(i int), done func())) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work, done := start()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					break
				}
				work(i)
			}
			if done != nil {
				done()
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
