package main

// baogao followup: last year's plans followed into this year's report
// (model/followup).

import (
	"fmt"
	"io"
	"os"
	"strings"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/followup"
)

// cmdFollowup prints each item of A's plans with the status of its follow
// through in B and B's sentences that carry it out.
func cmdFollowup(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao followup", "[--json] [--in PATH]... A B\n\n"+
		"A is the earlier report (its 下一年度安排 are followed), B the next year's.\n"+reviewUsage, stderr)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	var in multiFlag
	fs.Var(&in, "in", "load reports from this file or folder instead of the samples (repeatable)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 2 {
		fmt.Fprintf(stderr, "baogao: followup takes two reports, A and B (got %d); quote a report named by words: baogao followup '长清 2023' '长清 2024'\n", fs.NArg())
		return 2
	}
	a, b, failed, err := pickTwo(fs.Arg(0), fs.Arg(1), in, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	lang := userLang(os.Getenv)
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
