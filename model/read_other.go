//go:build !unix

package model

// openNoWait is O_NONBLOCK on Unix (see read_unix.go); elsewhere a folder
// holds no FIFO to wait on.
const openNoWait = 0

// readFast is readInto's fast path on Unix; elsewhere files are read the
// ordinary way.
func readFast(p string, buf []byte) (b []byte, ok bool, err error) { return nil, false, nil }
