package main

// baogao followup: last year's plans followed into this year's report
// (model/followup).

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/followup"
)

// cmdFollowup prints each item of A's plans with the status of its follow
// through in B and B's sentences that carry it out.
func cmdFollowup(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao followup", "[--json] [PATH...] A B", stderr)
	asJSON := jsonFlag(fs)
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	sel := newSelector(splitArgs(fs.Args(), *in), stdin, stderr)
	a, b, err := pickPair(sel)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		if errors.Is(err, errPairArgs) {
			return usageFailed(stderr, fs)
		}
		return 2
	}
	failed := sel.failed
	lang := reviewLang()
	if a.Year != 0 && b.Year != 0 && b.Year < a.Year {
		fmt.Fprintln(stderr, "baogao: "+tr(lang,
			fmt.Sprintf("%s（%d）晚于%s（%d）：A 应为较早的报告", a.ID, a.Year, b.ID, b.Year),
			fmt.Sprintf("%s (%d) is later than %s (%d): A should be the earlier report", a.ID, a.Year, b.ID, b.Year)))
	}
	res := followup.Follow(a, b)
	if *asJSON {
		writeJSON(stdout, res)
	} else {
		writeFollowup(stdout, a, b, res, lang)
	}
	return exitCode(failed)
}

// writeFollowup prints the items: status, A's section and the item's
// first line, then B's sentences that carry it out with their sections.
func writeFollowup(w io.Writer, a, b *model.Report, res *followup.Result, lang check.Lang) {
	zh := lang == check.Chinese
	fmt.Fprintf(w, "%s → %s\n", a.Label(), b.Label())
	if len(res.Items) == 0 {
		fmt.Fprintln(w, tr(lang, a.ID+" 没有下一年度安排", a.ID+" has no plans part"))
		return
	}
	counts := map[followup.Status]int{}
	for _, it := range res.Items {
		counts[it.Status]++
	}
	fmt.Fprintln(w, tr(lang,
		fmt.Sprintf("%d项安排：落实%d，部分%d，未见%d", len(res.Items), counts[followup.Done], counts[followup.Partial], counts[followup.None]),
		fmt.Sprintf("%d plan items: %d done, %d partial, %d none", len(res.Items), counts[followup.Done], counts[followup.Partial], counts[followup.None])))
	for _, it := range res.Items {
		first, _, _ := strings.Cut(it.Text, "\n")
		fmt.Fprintf(w, "\n%s  %s  %s\n", it.Status.Word(zh), it.Section, first)
		for _, e := range it.Evidence {
			fmt.Fprintf(w, "    %s %.0f%%  %s\n", e.Section, e.Similarity*100, e.Text)
		}
	}
}
