//go:build unix

package model

import "syscall"

// openNoWait makes opening a FIFO return at once instead of waiting for a
// writer; reading a regular file is the same with it or without.
const openNoWait = syscall.O_NONBLOCK

// readFast reads a regular file into buf (grown if need be) with the
// fewest system calls: open, fstat, read, close. os.Open also registers the
// file with the network poller and sets flags (five more calls per file),
// which on a folder of thousands of small reports costs more than reading
// them. ok=false means the caller should read the file the ordinary way
// (an error to report, or not a regular file). The open does not wait: a
// FIFO put where the walk saw a file must not hang the search.
func readFast(p string, buf []byte) (b []byte, ok bool, err error) {
	fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, false, nil
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, false, nil
	}
	size := int64(st.Size)
	if size > MaxFileSize {
		return nil, true, ErrTooLarge
	}
	if int64(cap(buf)) < size {
		buf = make([]byte, 0, max(size, 1<<16))
	}
	b = buf[:size]
	// Read the size fstat gave, as readInto does: a file that shrinks
	// under us ends early.
	for n := 0; n < len(b); {
		k, err := syscall.Read(fd, b[n:])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false, nil
		case k == 0:
			return b[:n], true, nil
		}
		n += k
	}
	return b, true, nil
}
