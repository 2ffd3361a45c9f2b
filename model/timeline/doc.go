// Package timeline sets a unit's reports side by side, year after year:
// the reports grouped by unit (the district, city, province or department
// that reports: District and City of model.Report), years ascending, and
// for a unit of two reports or more one row per mandated part (第二十五条:
// 举措和成效, 不足, 第一责任人, 下一年度安排, 其他) with, for each year, the
// part's size, its figures, and how it compares with the year before:
// same, changed or rewritten by the Dice coefficient of the character
// bigrams of the two parts' text, new or gone.
//
// Parts are found as the completeness check finds them
// (check.PartSections); figures are model/figures'. Reports that name no
// unit or no year are left out: they cannot be placed on a unit's line.
// Any two of a unit's reports are what `baogao diff` and `baogao figures`
// compare; the timeline only says where to look.
package timeline
