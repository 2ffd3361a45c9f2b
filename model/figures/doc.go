// Package figures reads the key figures (指标) of a report — 行政复议申请54件,
// 出庭应诉率100%, 受众3万余人次, 罚没1562.74万元 — and follows them from one
// report to another, as evaluators do when they set this year's report
// beside last year's, or one district's beside another's.
//
// # Extraction
//
// Extract reads each paragraph of a report (the preamble and every
// section's Paras; headings and the signature hold dates, not figures) in
// four steps:
//
//  1. Fold. The paragraph is folded with fold.Map (full-width digits
//     and punctuation made half-width, Traditional made Simplified, spaces
//     next to CJK dropped), and every folded rune remembers the original
//     rune it came from. Everything below reads the folded runes and cuts
//     what it returns (Text, Subject, Sentence, the Start/End rune span)
//     from the original.
//  2. Tokenize (tokenize.go). Runs of digits (1562.74, 34,204) and runs of
//     Chinese numerals (二十三, 一百零五, 两千, 五亿二千) become number tokens,
//     kept exact as mantissa × 10^exponent until the end, so that 1562.74万
//     is exactly 15627400. A Chinese run that is no well-formed numeral
//     (十四五, 八五, 二〇二四) is marked bad; more than 15 digits is an ID, not
//     a count.
//  3. Recognise (recognise.go). Each number goes through figureRules, a
//     table of small recognisers that either reject it — inside quotes or
//     a 《title》, an ordinal (第二十五条, 十三届四次), glued to Latin letters
//     or a formula (5G, 1+1+N), a lone 一/两 (一次性, 一件事), a lone 万 (万家),
//     a date or serial (2024年, 3月5日, 28号), a count that names a policy
//     (八项规定, 三个“全覆盖”) — or read a little more: a range (3至5个,
//     10—15天), a multiplier (3万, 1.39万亿), 余/多 (100余次, 700余万), the unit,
//     a qualifier after it (以上, 左右, 以内, 5分钟内) or before the number
//     (近, 约, 超过, 不少于). A number without a unit from the table is no
//     figure: that alone keeps out phone lines (12345), case names
//     (“9.16”) and versions (4.0版).
//  4. Name what it counts (subject.go, counted.go). The words after the
//     number when they name what is counted (16台自助服务终端, 92%的审批服务
//     事项), else the words of its clause before it, trimmed by subjectRules:
//     dates, fillers (全年, 累计 — which becomes the qualifier), leading words
//     and generic verbs (其中, 全区, 开展, 办理: 办理行政复议案件54件 counts
//     行政复议案件), connectives before the number (达到, 均为, 保持), the
//     part before the last generic verb or 的 of a long clause. A subject
//     that is only an action (受理94件 after 行政复议案件96件) or only a change
//     (、下降6.2%) leans on the figure before it in the sentence and is
//     written with its words (行政复议案件受理); Context says which words
//     those are. The vocabulary is data (words.go, units.go).
//
// Units are kept in a base unit, with Value scaled to it: 万元 and 亿元 are
// 元 (1562.74万元 → 15627400 元, so that it compares with 15627400元), 名 and
// 位 are 人, 场 is 场次, 成 is % (三成 → 30 %), 千米 is 公里. Text keeps the
// figure as written. Years are not a unit at all: 2024年 is a date and
// 三年行动计划 a name, so a next-year report's shifted years are never
// figures, and neither is a duration in years (连续5年).
//
// # Correspondence
//
// Correspond takes the figures of several reports (Set) and, for each two
// consecutive ones, a Pairing of their sections — given from outside, as
// the comparison package aligns sections. Two figures correspond when their
// units are equal and their subjects alike (the mean of the Dice
// coefficients of their folded characters and bigrams, at least 0.5:
// 行政复议申请 ≈ 行政复议案件申请) within paired sections (or the nearest
// paired ancestors), the most alike first, the one at the same place in
// its section breaking ties; a figure left over then matches one anywhere
// in the other report when both reports have that subject and unit once.
// The Table has one row per figure and one column per report, with the
// change from the first to the last report that has it.
//
// # Limits
//
// There is no word segmentation: subjects are cut by word lists, and a
// clause with no generic verb or 的 to cut at stays long. A count in one
// Chinese character before a noun (三项制度) is taken for a name, so old
// reports that write counts in Chinese lose some. Figures in tables are
// read like any paragraph.
package figures
