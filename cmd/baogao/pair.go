package main

import (
	"errors"
	"fmt"
	"strings"

	"baogao/model"
	"baogao/model/i18n"
)

// errPairArgs marks an error about how diff's reports were named, which
// the usage line follows.
var errPairArgs = errors.New("pair arguments")

// pairArgsError is an errPairArgs with the message the user reads.
type pairArgsError struct{ msg string }

func (e pairArgsError) Error() string        { return e.msg }
func (e pairArgsError) Is(target error) bool { return target == errPairArgs }

// pickPair resolves diff's A and B. Each file argument is a report, each
// run of words names one; two words-only arguments name one each (quoted
// words: '历下 2024' '周村 2023'); a longer run is split where both halves
// name one report each, or read as words shared by both and the last two
// told apart (历下 2023 2024 is 历下 2023 and 历下 2024).
func pickPair(sel *selector) (a, b *model.Report, err error) {
	specs := pairSpecs(sel.args.items)
	words := sel.args.words()
	switch {
	case len(specs) == 2:
		if a, err = sel.pickSpec(specs[0]); err != nil {
			return nil, nil, err
		}
		b, err = sel.pickSpec(specs[1])
		return a, b, err
	case len(specs) == 1 && !specs[0].file && len(words) == 2:
		if a, err = sel.pick(words[:1]); err != nil {
			return nil, nil, err
		}
		b, err = sel.pick(words[1:])
		return a, b, err
	case len(specs) == 1 && !specs[0].file && len(words) > 2:
		return pickSplit(sel, words)
	case len(specs) == 0 && len(sel.all()) == 2:
		return sel.reports[0], sel.reports[1], nil
	}
	return nil, nil, pairArgsError{i18n.T("err.diff_args", len(specs))}
}

// pairSpec is one report diff names: a file, or a run of words.
type pairSpec struct {
	file  bool
	text  string
	words []string
}

// pairSpecs groups positional arguments into what names a report each.
func pairSpecs(items []argItem) []pairSpec {
	var specs []pairSpec
	for i, it := range items {
		switch {
		case it.folder:
		case it.file:
			specs = append(specs, pairSpec{file: true, text: it.text})
		case i > 0 && !items[i-1].file && !items[i-1].folder && len(specs) > 0:
			last := &specs[len(specs)-1]
			last.words = append(last.words, it.text)
		default:
			specs = append(specs, pairSpec{words: []string{it.text}})
		}
	}
	return specs
}

// pickSpec resolves one pairSpec.
func (s *selector) pickSpec(p pairSpec) (*model.Report, error) {
	if !p.file {
		return s.pick(p.words)
	}
	if r := s.pickFile(p.text); r != nil {
		return r, nil
	}
	return nil, fmt.Errorf("%s", i18n.T("err.not_loaded", quote(p.text)))
}

// pickSplit resolves a run of three or more words naming two reports: the
// readings where both halves name one report each, and the one where the
// last two words are told apart (历下 2023 2024). One distinct reading is
// taken; none or several are an error that says how to name them.
func pickSplit(sel *selector, words []string) (a, b *model.Report, err error) {
	reports := sel.pool()
	type reading struct{ a, b *model.Report }
	var found []reading
	add := func(aw, bw []string) {
		ra, errA := resolveReport(strings.Join(aw, " "), reports)
		rb, errB := resolveReport(strings.Join(bw, " "), reports)
		if errA != nil || errB != nil || ra == rb {
			return
		}
		for _, f := range found {
			if f.a == ra && f.b == rb {
				return
			}
		}
		found = append(found, reading{ra, rb})
	}
	n := len(words)
	shared := words[: n-2 : n-2]
	add(append(shared, words[n-2]), append(shared, words[n-1]))
	for i := 1; i < n; i++ {
		add(words[:i], words[i:])
	}
	if len(found) == 1 {
		return found[0].a, found[0].b, nil
	}
	if len(found) == 0 {
		return nil, nil, pairArgsError{i18n.T("err.diff_words", quote(strings.Join(words, " ")))}
	}
	return nil, nil, pairArgsError{i18n.T("err.diff_words_several", quote(strings.Join(words, " ")), len(found))}
}
