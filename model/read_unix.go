//go:build unix

package model

import "syscall"

// openNoWait makes opening a FIFO return at once instead of waiting for a
// writer; reading a regular file is the same with it or without.
const openNoWait = syscall.O_NONBLOCK
