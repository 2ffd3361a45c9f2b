package ui

import "context"

// job is a pane's slow work running as a command (wrapping a long report,
// building a long comparison's rows): a newer one cancels it, and only the
// answer of the latest is taken.
type job struct {
	gen    int
	cancel context.CancelFunc
}

// start cancels the job running, if any, and starts another: the context
// the command must stop on and the generation its answer carries.
func (j *job) start() (context.Context, int) {
	j.stop()
	ctx, cancel := context.WithCancel(context.Background())
	j.gen++
	j.cancel = cancel
	return ctx, j.gen
}

// stop cancels the job running, if any.
func (j *job) stop() {
	if j.cancel != nil {
		j.cancel()
		j.cancel = nil
	}
}

// done reports whether gen is the job running, which is then over.
func (j *job) done(gen int) bool {
	if j.cancel == nil || gen != j.gen {
		return false
	}
	j.stop()
	return true
}

// running reports whether a job is running.
func (j *job) running() bool { return j.cancel != nil }
