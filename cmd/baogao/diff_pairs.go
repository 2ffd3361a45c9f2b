package main

// Hand pairs in baogao diff: the pairs made with p in the app are kept in
// the user's state directory (model/pins) and apply to the printed
// comparison of the same two reports too; --pair A=B adds or overrides
// pairs for this run (2.4=- keeps A's 2.4 unpaired). The printout marks
// them ", pinned"; a pair the alignment could not honour (its sections are
// not siblings of one aligned pair) is warned of on stderr.

import (
	"fmt"
	"io"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/pins"
)

// parsePairs reads the --pair values; a later pair naming a section
// replaces an earlier one.
func parsePairs(specs []string) ([]pins.Pair, error) {
	var out []pins.Pair
	for _, s := range specs {
		p, err := pins.Parse(s)
		if err != nil {
			return nil, err
		}
		out = pins.Merge(out, []pins.Pair{p})
	}
	return out, nil
}

// handPins are the comparison options with the kept pairs of a and b and
// the --pair ones over them. An unreadable store is warned of and left
// out; a --pair path a report lacks is an error.
func handPins(a, b *model.Report, over []pins.Pair, stderr io.Writer) (compare.Options, error) {
	if _, err := pins.Resolve(a, b, over); err != nil {
		return compare.Options{}, err
	}
	var kept []pins.Pair
	if store, err := pins.Open(); err == nil {
		if kept, err = store.Load(pins.Key(a), pins.Key(b)); err != nil {
			fmt.Fprintf(stderr, "baogao: hand pairs not read: %v\n", err)
		}
	}
	ps, _ := pins.Resolve(a, b, pins.Merge(kept, over)) // kept paths that are gone are dropped
	return compare.Options{Pins: ps}, nil
}

// warnUnpinned warns of the pins that the comparison could not make.
func warnUnpinned(c *compare.Comparison, ps [][2]*model.Section, stderr io.Writer) {
	for _, p := range ps {
		if p[0] == nil || p[1] == nil {
			continue
		}
		made := false
		for _, q := range c.Pairs {
			made = made || q.A == p[0] && q.B == p[1]
		}
		if !made {
			fmt.Fprintf(stderr, "baogao: pair %s=%s not made: the two sections must both be top-level or sub-sections of one aligned pair\n", p[0].Path, p[1].Path)
		}
	}
}
