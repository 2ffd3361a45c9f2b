package ui

// Copying from the reader through the terminal's clipboard (OSC 52, which
// Bubble Tea's SetClipboard writes): y copies the paragraph under the
// reading position, Y the section being read with its heading path — the
// source text, not the wrapped lines. The status line says what was copied
// until the next key.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
)

// blockSource is the source text of block b of rep, numbered as buildLines
// numbers them: the title, the preamble, each section's heading and
// paragraphs, the signature. ok is false past the end.
func blockSource(rep *model.Report, secs []*model.Section, b int32) (string, bool) {
	var texts []string
	if rep.Title != "" {
		texts = append(texts, rep.Title)
	}
	texts = append(texts, rep.Preamble...)
	if int(b) < len(texts) {
		return texts[b], true
	}
	n := int32(len(texts))
	for _, s := range secs {
		if b == n {
			return s.Heading(), true
		}
		if int(b-n-1) < len(s.Paras) {
			return s.Paras[b-n-1], true
		}
		n += 1 + int32(len(s.Paras))
	}
	if i := int(b - n); i < len(rep.Signature) {
		return rep.Signature[i], true
	}
	return "", false
}

// Paragraph is the source of the first paragraph shown at or after the
// top line (a heading when no paragraph is in view), or "".
func (r *reader) Paragraph() string {
	if r.rep == nil || r.off >= len(r.lines) {
		return ""
	}
	pick := r.lines[r.off].block
	for i := r.off; i < min(r.off+max(r.height, 1), len(r.lines)); i++ {
		if r.lines[i].kind == kindText {
			pick = r.lines[i].block
			break
		}
	}
	s, _ := blockSource(r.rep, r.secs, pick)
	return s
}

// sectionWithPath is a section's text under the headings of the parts it
// is in, as baogao show prints it: "一、… ›" then the heading and text.
func sectionWithPath(sec *model.Section) string {
	path := sec.HeadingPath()
	if len(path) < 2 {
		return sec.Text()
	}
	return strings.Join(path[:len(path)-1], " › ") + " ›\n" + sec.Text()
}

// copyText is y or Y in the reader: the clipboard command and the flash.
func (r *readMode) copyText(section bool) tea.Cmd {
	var s, what string
	if section {
		sec := r.reader.Section()
		if sec == nil {
			r.flash = "没有正在读的节"
			return nil
		}
		s = sectionWithPath(sec)
		what = "本节"
	} else {
		s = r.reader.Paragraph()
		what = "本段"
	}
	if s == "" {
		r.flash = "没有可复制的文字"
		return nil
	}
	r.flash = "已复制" + what + "（" + strconv.Itoa(utf8.RuneCountInString(s)) + " 字）"
	return tea.SetClipboard(s)
}
