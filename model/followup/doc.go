// Package followup follows a report's plans (下一年度安排; a work report's
// tasks) into the next year's report (承诺兑现), as evaluators do when they
// ask whether last year's promises were kept.
//
// Follow(A, B) takes each item of A's plans part — a sub-section, else a
// paragraph, else a sentence — and splits it into tasks, its clauses of six
// Chinese characters or more (at ，；。：). Each task is looked for among
// the sentences and headings of B's parts other than its own plans and
// shortcomings: the sentence holding the largest share of the task's
// character bigrams, each bigram weighted by its rarity among B's sentences
// (inverse document frequency), so that 合法性审查 and 述法 count and
// 推进, 法治, 建设 hardly do. A task is carried out when that share is at
// least 0.5. An item is 落实 (done) when half its tasks (by length) are
// carried out, 部分 (partial) from a fifth, else 未见 (none); its evidence is
// the sentences of B that carried out its tasks, the best first.
//
// Limits: bigrams stand in for words, so a plan carried out in other words
// (提升执法水平 → 开展执法培训12场) is not seen, and a plan whose words B
// repeats as a slogan may be taken as done. The status is a pointer to
// read the evidence, not a verdict.
package followup
