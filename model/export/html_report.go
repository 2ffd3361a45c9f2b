package export

import "strconv"

// report writes one report or section: its title, what it is, a contents
// list of its headings, then its text.
func (hw *htmlWriter) report(d *Doc) {
	text := d.Text
	hw.raw("<header>")
	if len(text) > 0 && text[0].Style == Title {
		hw.raw(`<h1 class="doc-title">`)
		hw.pieces(text[0].Pieces)
		hw.raw("</h1>")
		text = text[1:]
	}
	hw.raw(`<p class="status">`)
	hw.text(sideName(d.A) + "  " + d.A.File)
	hw.raw("</p></header>\n")
	hw.raw(`<nav class="contents"><h2>目录</h2>` + "\n<ol>")
	for _, p := range text {
		if p.Style >= H1 {
			hw.raw(`<li class="toc-` + strconv.Itoa(int(p.Style-H1)+1) + `"><a href="#` + escapeXML(p.Anchor) + `">`)
			hw.pieces(p.Pieces)
			hw.raw("</a></li>\n")
		}
	}
	hw.raw("</ol></nav>\n<main>\n")
	for _, p := range text {
		switch p.Style {
		case H1, H2, H3:
			tag := "h" + strconv.Itoa(int(p.Style-H1)+2)
			hw.raw("<" + tag + ` id="` + escapeXML(p.Anchor) + `">`)
			hw.pieces(p.Pieces)
			hw.raw("</" + tag + ">\n")
		default:
			hw.raw("<p>")
			hw.pieces(p.Pieces)
			hw.raw("</p>\n")
		}
	}
	hw.raw("</main>\n")
}
