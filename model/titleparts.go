// Title parts: the short lines above a report's text are not all its title.
//
// A speech-form report (政府工作报告) has, under its title, a dateline
// (——2024年3月5日在第十四届全国人民代表大会第二次会议上) and the speaker
// (国务院总理 李强); a document carries its number (国发〔2019〕5号); a
// title may have a subtitle line led by a dash; a page saved from a portal
// repeats the title in its heading (2008年国务院政府工作报告 / 政府工作报告——…).
// Each line is sorted by a small recogniser; only what none claims is title.
package model

import (
	"regexp"
	"sync"

	"baogao/model/fold"
	"strings"
	"unicode/utf8"
)

// titleFields are the parts the lines above the text are sorted into.
type titleFields struct {
	title, kept                            []string
	subtitle, dateline, speaker, docNumber string
}

// docNumberLine matches a document number alone on its line: 国发〔2019〕5号,
// 鲁政办字[2024]12号, 京政发（2023）第3号.
var docNumberLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\p{Han}{1,12}\s*[〔\[［【(（﹝]\s*(?:19|20)\d\d\s*[〕\]］】)）﹞]\s*第?\s*\d{1,4}\s*号$`)
})

// speakerLine matches a speaker: an office and a name of two to four
// characters, apart: 国务院总理 李强, 上海市市长　龚正, 代省长 施小琳.
var speakerLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\p{Han}{0,16}(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席|主任|书记|镇长|乡长|局长|厅长|部长))[ \x{3000}]*(\p{Han}{2,4}(?:·\p{Han}{1,6})?)$`)
})

// maxJoinedSpeaker is the longest speaker line without a blank between
// office and name (国务院副总理谭震林): longer, it may be a title.
const maxJoinedSpeaker = 14

// salutation ends the line a speech's opening was joined to: 各位代表：.
var salutation = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:各位代表|各位委员|同志们|各位代表、各位委员)[：:]$`)
})

// datelineText matches when and where a speech was delivered: 2024年3月5日在
// 第十四届全国人民代表大会第二次会议上, the date also in Chinese numerals,
// the speaker perhaps between date and place (2025年1月15日龚正市长在…).
var datelineText = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[0-9０-９〇○零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*` +
		`(\p{Han}{2,4}(?:总理|省长|市长|区长|县长|州长|主席))?\s*在[^。，；]{2,80}(?:上|开幕式|会议|大会)`)
})

// reportAfterSpeaker is what may follow the speaker in a dateline sentence:
// 北京市市长 殷勇同志作政府工作报告。, …会议的政府工作报告.
var reportAfterSpeaker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:同志)?(?:的|作|所作的?)?(?:政府)?工作报告[。.]?$`)
})

// dashes lead a subtitle or dateline line.
const dashes = "—–－-─━"

// titleParts sorts the lines above the text (at most a few, each short).
// The lines that are not title stay in the text too (kept, for the
// preamble): a dateline and speaker are what the document shows, and
// search and show must find them where it shows them.
func titleParts(lines []string) titleFields {
	var t titleFields
	for _, l := range lines {
		l = trimBlank(l)
		head, tail := splitAtDash(l)
		keep := l
		if head != "" && !t.takePart(head) {
			if !t.repeats(head) {
				t.title = append(t.title, head)
			}
			keep = trimBlank(strings.TrimPrefix(l, head)) // the title is in the title
		}
		if tail != "" {
			t.takeDashed(tail)
		}
		if keep != "" {
			t.kept = append(t.kept, keep)
		}
	}
	return t
}

// splitAtDash parts a line at its first run of two dashes (——): what comes
// before is the line proper, what follows a subtitle or dateline.
func splitAtDash(l string) (head, tail string) {
	i := strings.Index(l, "——")
	if i < 0 {
		i = strings.Index(l, "--")
	}
	if i < 0 {
		if strings.HasPrefix(l, "—") || strings.HasPrefix(l, "－") {
			return "", strings.TrimLeft(l, dashes)
		}
		return l, ""
	}
	return trimBlank(l[:i]), trimBlank(strings.TrimLeft(l[i:], dashes))
}

// takePart claims a line that is a dateline, a speaker or a document
// number, and reports whether it did.
func (t *titleFields) takePart(l string) bool {
	switch {
	case docNumberLine().MatchString(l) && t.docNumber == "":
		t.docNumber = l
	case isSpeaker(l) && t.speaker == "":
		t.speaker = l
	case isDateline(l) && t.dateline == "":
		t.takeDashed(strings.Trim(l, "（）()"))
	default:
		return false
	}
	return true
}

// takeDashed sorts what followed a dash: a dateline (perhaps with the
// speaker after it) or a subtitle.
func (t *titleFields) takeDashed(s string) {
	if m := datelineText().FindStringSubmatchIndex(s); m != nil && t.dateline == "" {
		t.dateline = trimBlank(s[:m[1]])
		if m[2] >= 0 && t.speaker == "" {
			t.speaker = s[m[2]:m[3]]
		}
		rest := trimBlank(reportAfterSpeaker().ReplaceAllString(s[m[1]:], ""))
		if rest != "" && !t.takePart(rest) && t.subtitle == "" {
			t.subtitle = rest
		}
		return
	}
	if !t.takePart(s) && t.subtitle == "" {
		t.subtitle = s
	}
}

func isSpeaker(l string) bool {
	l = strings.TrimLeft(l, dashes)
	n := utf8.RuneCountInString(l)
	if n > 30 || !speakerLine().MatchString(l) {
		return false
	}
	return n <= maxJoinedSpeaker || strings.ContainsAny(l, " \u3000")
}

func isDateline(l string) bool {
	l = strings.Trim(l, "（）()")
	return utf8.RuneCountInString(l) <= 200 && datelineText().MatchString(l)
}

// repeats reports whether l only repeats the title so far, as a page's
// heading repeats the headline above it (2008年国务院政府工作报告 / 政府工作报告).
func (t *titleFields) repeats(l string) bool {
	if len(t.title) == 0 || utf8.RuneCountInString(l) < 4 {
		return false
	}
	return isSubsequence(simplified(l), simplified(strings.Join(t.title, "")))
}

// isSubsequence reports whether the runes of a occur in b in order: a
// shortened repeat (1960年政府工作报告 under 1960年国务院政府工作报告).
func isSubsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(b[i:])
		b = b[i+size:]
	}
	return true
}

// takeLeadingParts reads a dateline, speaker or subtitle that opens the
// preamble (the title lines ran out before them) into their fields; the
// lines stay where they are. The first kept lines are those the title
// lines gave up (titleParts). It returns how many preamble lines are parts.
func takeLeadingParts(r *Report, kept int) int {
	t := titleFields{subtitle: r.Subtitle, dateline: r.Dateline, speaker: r.Speaker, docNumber: r.DocNumber}
	n := min(kept, len(r.Preamble))
	for ; n < len(r.Preamble) && n < kept+3; n++ {
		l := r.Preamble[n]
		if utf8.RuneCountInString(l) > 160 {
			break
		}
		if loc := salutation().FindStringIndex(l); loc != nil && loc[0] > 0 {
			l = trimBlank(l[:loc[0]]) // 各位代表： ran on from the speaker's line
		}
		head, tail := splitAtDash(l)
		claimed := head != "" && tail == "" && t.takePart(head)
		if !claimed && head == "" && isDateline(tail) && t.dateline == "" {
			t.takeDashed(tail) // a dashed line in the text is a point (——经济跨上新台阶), unless a dateline
			claimed = true
		}
		if !claimed {
			break
		}
	}
	r.Subtitle, r.Dateline, r.Speaker, r.DocNumber = t.subtitle, t.dateline, t.speaker, t.docNumber
	return n
}

// simplified maps Traditional characters to Simplified, rune for rune, so
// that names and places are matched however they are written (朝陽區 is
// 朝阳区); other runes stay as they are.
func simplified(s string) string {
	var b strings.Builder
	changed := false
	for _, r := range s {
		if r >= 0x3400 {
			if f := fold.Rune(r); f > 0x3400 && f != r {
				r, changed = f, true
			}
		}
		b.WriteRune(r)
	}
	if !changed {
		return s
	}
	return b.String()
}
