//go:build !unix

package model

// openNoWait is O_NONBLOCK on Unix (see read_unix.go); elsewhere a folder
// holds no FIFO to wait on.
const openNoWait = 0
