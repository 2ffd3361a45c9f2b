package html

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// kind is what an element does to the text flow.
type kind uint8

const (
	kInline  kind = iota // text runs through: a, span, font, b, strong …
	kBlock               // starts and ends a paragraph: p, div, li …
	kHeading             // h1–h6: a paragraph with an outline level
	kPre                 // pre, xmp, plaintext: line breaks are paragraphs
	kTable               // table: its rows are paragraphs
	kRow                 // tr
	kCell                // td, th: joined by format.CellSep within a row
	kSection             // tbody, thead, tfoot
	kSkip                // script, style, form controls, media: no text
	kTitle               // the page's <title>
	kBreak               // br: a line break (void)
	kRule                // hr: a paragraph break (void)
	kVoid                // img, input, meta …: no content, no break
	kIgnore              // unknown tags (Word's o:p, st1:chsdate): ignored
)

// kindOf classifies a tag by its atom. Unknown tags (atom 0) are ignored:
// they are inline in browsers and carry nothing the walk needs.
func kindOf(a atom.Atom) kind {
	switch a {
	case atom.A, atom.Abbr, atom.Acronym, atom.B, atom.Bdi, atom.Bdo, atom.Big,
		atom.Blink, atom.Cite, atom.Code, atom.Data, atom.Del, atom.Dfn, atom.Em,
		atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Label, atom.Mark, atom.Nobr,
		atom.Q, atom.Rb, atom.Rp, atom.Rt, atom.Rtc, atom.Ruby, atom.S, atom.Samp,
		atom.Small, atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup,
		atom.Time, atom.Tt, atom.U, atom.Var, atom.Output, atom.Picture:
		return kInline
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.Frameset, atom.Header, atom.Hgroup, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Section, atom.Summary, atom.Ul, atom.Head:
		return kBlock
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return kHeading
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		return kPre
	case atom.Table:
		return kTable
	case atom.Tr:
		return kRow
	case atom.Td, atom.Th:
		return kCell
	case atom.Tbody, atom.Thead, atom.Tfoot:
		return kSection
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea,
		atom.Select, atom.Option, atom.Optgroup, atom.Datalist, atom.Button,
		atom.Iframe, atom.Object, atom.Applet, atom.Audio, atom.Video, atom.Canvas,
		atom.Svg, atom.Math, atom.Noembed, atom.Noframes, atom.Map, atom.Marquee:
		return kSkip
	case atom.Title:
		return kTitle
	case atom.Br:
		return kBreak
	case atom.Hr:
		return kRule
	case atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Col, atom.Colgroup,
		atom.Embed, atom.Frame, atom.Image, atom.Img, atom.Input, atom.Keygen,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return kVoid
	}
	return kIgnore
}

// headingLevel is 1 for h1 … 6 for h6.
func headingLevel(a atom.Atom) int8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	}
	return 6
}

// chromeTag is an HTML5 element that holds page chrome, not the article.
func chromeTag(a atom.Atom) bool {
	return a == atom.Nav || a == atom.Aside || a == atom.Footer
}

// contentNames are class and id names that portal templates give the
// container of the article (正文). They are a hint to the scoring, never
// the decision: the same names wrap whole pages on other sites.
var contentNames = []string{
	"zoom", "trs_editor", "article", "content", "pages_content", "bt_content",
	"zhengwen", "detail", "maintext", "news_text", "textbox", "wzzw", "conn",
}

// contentTokens are hint names matched as whole tokens only: short names
// that occur inside unrelated words.
var contentTokens = []string{"view", "con", "zw", "text", "main", "body"}

// chromeNames are class and id names of page chrome. Text inside such an
// element weighs against any container that includes it.
var chromeNames = []string{
	"footer", "breadcrumb", "crumb", "location", "position", "share",
	"copyright", "sidebar", "banner", "related", "qrcode", "toolbar", "navbar",
	"menu", "xglj", "dqwz", "weizhi", "bottom", "pager", "prevnext",
}

var contentNameBytes, chromeNameBytes = toBytes(contentNames), toBytes(chromeNames)

func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// chromeTokens are chrome names matched as whole tokens only.
var chromeTokens = []string{"nav", "foot", "ewm", "fx", "links", "tools", "top"}

// nameHint scores a class or id attribute: +1 for a content name, -1 for
// a chrome name (chrome wins when both occur), 0 otherwise. buf is
// scratch space.
func nameHint(val []byte, buf []byte) (int8, []byte) {
	buf = append(buf[:0], val...)
	lower(buf)
	hint := int8(0)
	for _, n := range chromeNameBytes {
		if bytes.Contains(buf, n) {
			return -1, buf
		}
	}
	forTokens(buf, func(tok []byte) {
		for _, n := range chromeTokens {
			if string(tok) == n {
				hint = -1
			}
		}
	})
	if hint < 0 {
		return hint, buf
	}
	for _, n := range contentNameBytes {
		if bytes.Contains(buf, n) {
			return 1, buf
		}
	}
	forTokens(buf, func(tok []byte) {
		for _, n := range contentTokens {
			if string(tok) == n {
				hint = 1
			}
		}
	})
	return hint, buf
}

// forTokens calls f with each run of ASCII letters and digits in b.
func forTokens(b []byte, f func([]byte)) {
	start := -1
	for i := 0; i <= len(b); i++ {
		alnum := i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= '0' && b[i] <= '9')
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			f(b[start:i])
			start = -1
		}
	}
}

// lower lower-cases ASCII letters in place.
func lower(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

var displayNone, visibilityHidden = []byte("display:none"), []byte("visibility:hidden")

// hiddenStyle reports whether a style attribute hides its element. buf is
// scratch space.
func hiddenStyle(val []byte, buf []byte) (bool, []byte) {
	if !hasFold(val, 'n', "none") && !hasFold(val, 'h', "hidden") {
		return false, buf // most styles: fonts, sizes, indents
	}
	buf = buf[:0]
	for _, c := range val {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			buf = append(buf, c)
		}
	}
	lower(buf)
	return bytes.Contains(buf, displayNone) || bytes.Contains(buf, visibilityHidden), buf
}

// hasFold reports whether b holds word (lower-case ASCII starting with c),
// ignoring case.
func hasFold(b []byte, c byte, word string) bool {
	for i := 0; i+len(word) <= len(b); i++ {
		if b[i]|0x20 == c && bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
			return true
		}
	}
	return false
}
