// Package check is the completeness check (体检) of a 法治政府建设年度报告:
// the questions the report's evaluators (CASS 法学所's yearly evaluation
// of their publication, 中国政法大学's 法治政府评估, provincial 督察) ask of
// it by hand, answered from the section tree, the topics and the figures.
//
// Run takes a report (and, when loaded, the same unit's report of the year
// before and the publication date) and returns one Result per criterion, in
// a fixed order: pass, warn, fail or info, with the evidence — the section
// path and heading, or the sentence, that supports the verdict, or the
// missing item in the regulation's own words (缺：…) — and a message in
// Chinese and English. CRITERIA.md lists the criteria, their sources and
// their thresholds; check-*.txt under testdata/golden are every seed's
// results, reviewed by hand (go test -update rewrites them).
//
// How it works. The five parts of 厅字〔2019〕28号 第二十五条 are looked for
// in any order and wording, best first: a top-level part with the topic the
// parser gives it (model.Topic); a top-level heading that names the part
// beside another (存在的问题和下一步打算); a sub-section's heading (第一责任人
// folded under 举措 is a warning, not a failure); a sentence of the text
// (2025年，…将… for the plans). Words are matched on folded text, read once
// per paragraph (folded.go). The other criteria are small functions over
// what the parts search found (criteria in check.go is the table): the
// title's items, the 落款's issuer and date (date.go reads 二〇二五年一月二十日
// too), the years of title, text, plans and 落款, the deadline of 4月1日,
// figures per 1,000 characters (model/figures) and per sub-section of the
// measures, the areas of work named (families.go), the 不足 sentences
// against last year's (Dice of character bigrams), the numbering of the
// headings.
//
// Nothing here fails or panics on odd input: a report without a title,
// parts or text fails the criteria that need them. The publication date is
// known only when the caller gives it or model.Report has a Published field
// (read by name, see published.go); unknown, it is information, never a
// failure.
package check
