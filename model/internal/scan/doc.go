// Package scan finds a literal in bytes by its rarest byte: the search
// index's scans and the byte checks that spare loading files (the prefilter
// and the byte counter of package model) share it.
package scan
