package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/format/docx"
)

// Accepting and rejecting every revision of a .docx, as Word's 接受所有修订
// and 拒绝所有修订 do, on a tree of document.xml; then the docx reader reads
// what is left.

const wURI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// node is an XML element (or, with a nil Name.Local, character data).
type node struct {
	name  xml.Name
	attrs []xml.Attr
	kids  []*node
	text  string
}

func parseTree(t testing.TB, data []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		top := stack[len(stack)-1]
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &node{name: tk.Name, attrs: tk.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.kids = append(top.kids, &node{text: string(tk)})
		}
	}
	return root
}

func (n *node) is(local string) bool { return n.name.Space == wURI && n.name.Local == local }

func (n *node) child(local string) *node {
	for _, k := range n.kids {
		if k.is(local) {
			return k
		}
	}
	return nil
}

// resolve applies accept (drop="del", keep="ins") or reject (drop="ins",
// keep="del") to the elements under n: dropped revisions removed, kept
// ones unwrapped, deleted text made text again.
func resolve(n *node, drop, keep string) {
	var out []*node
	for _, k := range n.kids {
		switch {
		case k.is(drop):
			continue
		case k.is(keep):
			resolve(k, drop, keep)
			out = append(out, k.kids...)
			continue
		case k.is("delText"):
			k.name.Local = "t"
		}
		resolve(k, drop, keep)
		out = append(out, k)
	}
	n.kids = out
}

// revisedMark says whether a paragraph's mark is a revision of kind local.
func revisedMark(p *node, local string) bool {
	ppr := p.child("pPr")
	if ppr == nil {
		return false
	}
	rpr := ppr.child("rPr")
	return rpr != nil && rpr.child(local) != nil
}

// joinMarks joins each paragraph whose mark is a dropped revision to the
// next one, before the revisions are resolved.
func joinMarks(body *node, drop string) {
	var out []*node
	var carry []*node // runs of paragraphs whose mark went
	for _, k := range body.kids {
		if !k.is("p") {
			out = append(out, k)
			continue
		}
		var runs []*node
		for _, r := range k.kids {
			if !r.is("pPr") {
				runs = append(runs, r)
			}
		}
		if revisedMark(k, drop) {
			carry = append(carry, runs...)
			continue
		}
		if len(carry) > 0 {
			var ppr []*node
			if p := k.child("pPr"); p != nil {
				ppr = []*node{p}
			}
			k.kids = append(append(ppr, carry...), runs...)
			carry = nil
		}
		out = append(out, k)
	}
	body.kids = out
}

// paragraphText is the text of the paragraphs of a resolved body.
func paragraphText(n *node, b *strings.Builder) {
	for _, k := range n.kids {
		switch {
		case k.name.Local == "" && k.text != "":
		case k.is("t"):
			for _, c := range k.kids {
				b.WriteString(c.text)
			}
		case k.is("tab"):
			b.WriteByte('\t')
		default:
			paragraphText(k, b)
		}
	}
}

// resolved reads a .docx back with the docx reader after accepting (or
// rejecting) every revision.
func resolved(t testing.TB, file []byte, accept bool) []string {
	t.Helper()
	drop, keep := "del", "ins"
	if !accept {
		drop, keep = "ins", "del"
	}
	z, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range z.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" {
			root := parseTree(t, data)
			body := root.child("document").child("body")
			joinMarks(body, drop)
			resolve(root, drop, keep)
			data = writeTree(root)
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	doc, err := docx.Extract(context.Background(), out.Bytes())
	if err != nil {
		t.Fatalf("docx reader: %v", err)
	}
	var paras []string
	for _, p := range doc.Paras {
		if p.Text != "" {
			paras = append(paras, p.Text)
		}
	}
	return paras
}

// writeTree writes the tree back as XML.
func writeTree(root *node) []byte {
	var b bytes.Buffer
	enc := xml.NewEncoder(&b)
	var write func(n *node)
	write = func(n *node) {
		if n.name.Local == "" {
			enc.EncodeToken(xml.CharData(n.text))
			return
		}
		name := xml.Name{Local: "w:" + n.name.Local}
		var attrs []xml.Attr
		for _, a := range n.attrs {
			switch {
			case a.Name.Space == "xmlns" || a.Name.Local == "xmlns":
				continue
			case a.Name.Space == wURI:
				a.Name = xml.Name{Local: "w:" + a.Name.Local}
			case a.Name.Space == "http://www.w3.org/XML/1998/namespace":
				a.Name = xml.Name{Local: "xml:" + a.Name.Local}
			}
			attrs = append(attrs, a)
		}
		if n.is("document") {
			attrs = append(attrs, xml.Attr{Name: xml.Name{Local: "xmlns:w"}, Value: wURI})
		}
		enc.EncodeToken(xml.StartElement{Name: name, Attr: attrs})
		for _, k := range n.kids {
			write(k)
		}
		enc.EncodeToken(xml.EndElement{Name: name})
	}
	for _, k := range root.kids {
		write(k)
	}
	enc.Flush()
	return b.Bytes()
}

// reportParas is a report's text as the docx carries it: title, preamble,
// headings and paragraphs, 落款, empty ones left out.
func reportParas(r *model.Report) []string {
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	add(r.Title)
	for _, p := range r.Preamble {
		add(p)
	}
	r.Walk(func(s *model.Section) {
		add(s.Heading())
		for _, p := range s.Paras {
			add(p)
		}
	})
	for _, l := range r.Signature {
		add(l)
	}
	return out
}
