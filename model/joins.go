// Lines that belong together: a paragraph broken across lines by a page
// break (copied from a PDF or a paged web view) is joined again, and the
// title, which may span a few lines, is taken off the top first.

package model

import (
	"strings"
	"unicode/utf8"
)

// minBrokenRunes is the shortest line that may have been cut by a page
// break. Shorter lines without a full stop are titles and sub-headings.
const minBrokenRunes = 60

// joinBroken re-joins paragraphs that a page break split: a long line that
// ends without closing punctuation is glued to the next non-blank line when
// that line does not start a heading. A heading line is glued only when it
// has run-in body text, so a long heading alone on its line stays alone.
// Blank lines between the two halves go; other blank lines stay.
func joinBroken(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		if !mayContinue(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		// Gather the pieces and join them once: a run of thousands of
		// unpunctuated lines must not be copied and re-measured per line.
		pieces := []string{lines[i]}
		for {
			j := i + 1
			for j < len(lines) && lines[j] == "" {
				j++
			}
			if j == len(lines) || startsHeading(lines[j]) {
				break
			}
			pieces = append(pieces, lines[j])
			i = j
			if endsSentence(lines[j]) {
				break
			}
		}
		out = append(out, strings.Join(pieces, ""))
	}
	return out
}

// mayContinue reports whether l looks like the first half of a paragraph
// that a page break cut.
func mayContinue(l string) bool {
	if len(l) < minBrokenRunes || endsSentence(l) || utf8.RuneCountInString(l) < minBrokenRunes {
		return false
	}
	if h, ok := recognise(l); ok {
		_, body := splitRunIn(h.rest)
		return body != ""
	}
	return true
}

func startsHeading(l string) bool {
	if _, ok := recognise(l); ok {
		return true
	}
	_, ok := blockNumber(l)
	return ok
}

// endsSentence reports whether l ends with closing punctuation: a full stop,
// question or exclamation mark, semicolon, colon or ellipsis, possibly
// followed by closing quotes or brackets. “一规划两纲要” does not end one.
func endsSentence(l string) bool {
	t := strings.TrimRight(l, "”’」』）)》〉】]\"'")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？；：…!?;:.", r)
}

// maxShortRunes is the longest line taken as a title or news sub-heading.
const maxShortRunes = 40

// isShortLine reports whether l could be a title or a sub-heading line: short,
// not ending a sentence or a clause, and not itself a heading.
func isShortLine(l string) bool {
	if l == "" || len(l) > maxShortRunes*4 || utf8.RuneCountInString(l) > maxShortRunes || endsSentence(l) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(l); strings.ContainsRune("，、,", r) {
		return false
	}
	return !startsHeading(l)
}

// maxTitleLines is how many short lines at the top may form the title.
const maxTitleLines = 4

// splitTitle takes the title lines off the top of the file: up to a few
// short lines before the first paragraph or heading. It drops blank lines
// from what it returns.
func splitTitle(lines []string) (title, rest []string) {
	i := 0
	for ; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		if !isTitleLine(lines[i]) || len(title) == maxTitleLines {
			break
		}
		title = append(title, lines[i])
	}
	rest = make([]string, 0, len(lines)-i)
	for _, l := range lines[i:] {
		if l != "" {
			rest = append(rest, l)
		}
	}
	return title, rest
}

// maxTitleRunes bounds one title line: titles are long, sub-headings short.
const maxTitleRunes = 60

func isTitleLine(l string) bool {
	if utf8.RuneCountInString(l) > maxTitleRunes || endsSentence(l) || startsHeading(l) || strings.Contains(l, "。") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune("，、,", r)
}

// joinTitle joins title lines. A line break inside a title carries no
// meaning in Chinese, so the lines join without a space, except between
// ASCII letters or digits.
func joinTitle(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(lines[i-1])
			next, _ := utf8.DecodeRuneInString(l)
			if prev < utf8.RuneSelf && next < utf8.RuneSelf {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
