// The 落款: the issuer and date that close a report, and the note on its
// release under them (（此件公开发布）). They belong to no part.
package model

import (
	"strings"
	"unicode/utf8"
)

// maxSignatureLines bounds the 落款: an issuer or two and a date.
const maxSignatureLines = 4

// takeSignature moves the issuer and date lines that close a report (安吉县
// 人民政府 / 二〇二五年一月二十日) out of the last section's paragraphs: they
// belong to no part, and in a comparison of two years the changed date
// would otherwise read as a change to the plans.
func takeSignature(open []*Section) []string {
	if len(open) == 0 {
		return nil
	}
	last := open[len(open)-1]
	var notes []string // （此件公开发布） and its kin stand under the 落款
	for len(last.Paras) > 0 && len(notes) < 2 && isPublicationNote(last.Paras[len(last.Paras)-1]) {
		notes = append([]string{last.Paras[len(last.Paras)-1]}, notes...)
		last.Paras = last.Paras[:len(last.Paras)-1]
	}
	if sig := takeSignatureLines(last); sig != nil || notes == nil {
		return append(sig, notes...)
	}
	last.Paras = append(last.Paras, notes...) // no 落款 above them: leave the text as it was
	return nil
}

// isPublicationNote reports whether l is the bracketed note on how a
// document is released: （此件公开发布）, （此件主动公开）, （此件不予公开）.
func isPublicationNote(l string) bool {
	l = strings.TrimSpace(l)
	if utf8.RuneCountInString(l) > 16 {
		return false
	}
	inner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(l, "（"), "("), "）"), ")")
	return inner != l && strings.HasPrefix(inner, "此件")
}

// takeSignatureLines moves the 落款 lines off the end of last.
func takeSignatureLines(last *Section) []string {
	n := 0
	for n < len(last.Paras) && n < maxSignatureLines && isSignatureLine(last.Paras[len(last.Paras)-1-n]) {
		n++
	}
	if n == 0 || !isDateLine(last.Paras[len(last.Paras)-1]) && n < 2 {
		return nil // a lone unit name may be a short paragraph; a 落款 ends with its date or has two lines
	}
	sig := append([]string(nil), last.Paras[len(last.Paras)-n:]...)
	last.Paras = last.Paras[:len(last.Paras)-n]
	return sig
}

// signatureUnits are how the names of issuing bodies end.
var signatureUnits = []string{"人民政府", "委员会", "管委会", "办公室", "政府", "党委", "党工委", "局", "委", "办", "院", "厅"}

// isSignatureLine reports whether l is a 落款 line: a short issuer name or a
// date, without punctuation.
func isSignatureLine(l string) bool {
	if utf8.RuneCountInString(l) > 30 || strings.ContainsAny(l, "，。；：,;:！？") {
		return false
	}
	return isDateLine(l) || hasAnySuffix(l, signatureUnits)
}

// isDateLine reports whether l is a date alone: 2025年1月20日, 二〇二五年一月二十日.
func isDateLine(l string) bool {
	l = strings.ReplaceAll(l, " ", "")
	y, rest, ok := strings.Cut(l, "年")
	if !ok || utf8.RuneCountInString(y) != 4 || !allIn(y, "0123456789０１２３４５６７８９〇○零一二三四五六七八九") {
		return false
	}
	m, d, ok := strings.Cut(rest, "月")
	return ok && m != "" && allIn(m, "0123456789一二三四五六七八九十") &&
		(d == "" || strings.HasSuffix(d, "日") && allIn(strings.TrimSuffix(d, "日"), "0123456789一二三四五六七八九十"))
}

func allIn(s, set string) bool {
	for _, r := range s {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return s != ""
}
