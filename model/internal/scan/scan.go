// Package scan finds a literal in bytes by its rarest byte: the search
// index's scans and the byte checks that spare loading files (the prefilter
// and the byte counter of package model) share it.
package scan

import (
	"bytes"
	"strings"
)

// Freq is how often each byte occurs in the text looked through; the rarer
// a byte, the fewer places a scan for it stops at.
type Freq = [256]uint32

// DefaultFreq stands in for corpus statistics when there are none: Chinese
// text is mostly 3-byte characters with lead bytes E4–E9 and continuation
// bytes spread over 80–BF; ASCII letters and spaces are common.
var DefaultFreq = func() (f Freq) {
	for b := range f {
		switch {
		case b >= 0xE4 && b <= 0xE9:
			f[b] = 1000
		case b >= 0x80 && b <= 0xBF:
			f[b] = 100
		case b == ' ' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
			f[b] = 50
		default:
			f[b] = 10
		}
	}
	return f
}()

// Sample counts the bytes of the start of b (a file like those to be
// searched: reports in one folder are alike).
func Sample(b []byte) *Freq {
	f := new(Freq)
	for _, c := range b[:min(len(b), 1<<16)] {
		f[c]++
	}
	return f
}

// Finder finds a term by scanning for its rarest byte.
type Finder struct {
	Term string
	Cost uint32 // the rarest byte's frequency: lower is better
	off  int    // offset of the rarest byte in Term
	b    byte   // the rarest byte
}

// NewFinder prepares term for scanning, its rarest byte chosen by freq.
func NewFinder(term string, freq *Freq) Finder {
	f := Finder{Term: term, Cost: ^uint32(0)}
	for i := 0; i < len(term); i++ {
		if c := freq[term[i]]; c < f.Cost {
			f.off, f.b, f.Cost = i, term[i], c
		}
	}
	return f
}

// Index returns the first occurrence of the term in s at or after from, or -1.
func (f *Finder) Index(s string, from int) int {
	n := len(f.Term)
	for from+n <= len(s) {
		i := strings.IndexByte(s[from+f.off:len(s)-n+f.off+1], f.b)
		if i < 0 {
			return -1
		}
		at := from + i
		if s[at:at+n] == f.Term {
			return at
		}
		from = at + 1
	}
	return -1
}

// IndexBytes is Index on a byte slice.
func (f *Finder) IndexBytes(s []byte, from int) int {
	n := len(f.Term)
	for from+n <= len(s) {
		i := bytes.IndexByte(s[from+f.off:len(s)-n+f.off+1], f.b)
		if i < 0 {
			return -1
		}
		at := from + i
		if string(s[at:at+n]) == f.Term {
			return at
		}
		from = at + 1
	}
	return -1
}
