package docx

import (
	"context"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"baogao/model/format"
)

// The parts of a Word package are found the way Word finds them: the
// package relationships name the main document, its relationships name the
// styles and numbering. Writers that leave the relationships out still get
// read from the usual names.

type relationship struct {
	kind   string // the part of the Type after its last "/"
	target string // normalised part name
}

// readRels reads the relationships of the part source ("" for the
// package) and resolves their targets.
func (p *pkg) readRels(ctx context.Context, source string) ([]relationship, error) {
	relsPath := "_rels/.rels"
	if source != "" {
		relsPath = path.Join(path.Dir(source), "_rels", path.Base(source)+".rels")
	}
	var rels []relationship
	err := p.scanPart(ctx, relsPath, maxSmallPart, func(sc *scanner) error {
		for sc.next() != tokEOF {
			if sc.kind != tokStart || string(sc.local) != "Relationship" {
				continue
			}
			if strings.EqualFold(sc.attrString("TargetMode"), "External") {
				continue
			}
			typ, target := sc.attrString("Type"), sc.attrString("Target")
			if target == "" {
				continue
			}
			if !strings.HasPrefix(target, "/") {
				target = path.Join(path.Dir(source), target)
			}
			rels = append(rels, relationship{kind: typ[strings.LastIndexByte(typ, '/')+1:], target: partName(target)})
		}
		return sc.err
	})
	return rels, err
}

func findRel(rels []relationship, kind string) string {
	for _, r := range rels {
		if r.kind == kind {
			return r.target
		}
	}
	return ""
}

// contentTypes reads [Content_Types].xml: the content type of each part
// named in an Override, and of each extension in a Default.
func (p *pkg) contentTypes(ctx context.Context) (map[string]string, error) {
	types := map[string]string{}
	err := p.scanPart(ctx, "[Content_Types].xml", maxSmallPart, func(sc *scanner) error {
		for sc.next() != tokEOF {
			if sc.kind != tokStart {
				continue
			}
			switch string(sc.local) {
			case "Override":
				types[partName(sc.attrString("PartName"))] = strings.ToLower(sc.attrString("ContentType"))
			case "Default":
				types["."+strings.ToLower(sc.attrString("Extension"))] = strings.ToLower(sc.attrString("ContentType"))
			}
		}
		return sc.err
	})
	return types, err
}

func typeOf(types map[string]string, part string) string {
	if t, ok := types[part]; ok {
		return t
	}
	return types[path.Ext(part)]
}

// scanPart runs fn on a scanner over a part; a missing part is no error
// and fn is not called.
func (p *pkg) scanPart(ctx context.Context, name string, max int64, fn func(*scanner) error) error {
	rc, err := p.open(name, max)
	if rc == nil || err != nil {
		return err
	}
	defer rc.Close()
	r, err := utf8Reader(rc)
	if err != nil {
		return fmt.Errorf("%s: %w", printable(name), err)
	}
	sc := newScanner(ctx, r)
	defer sc.release()
	if err := fn(sc); err != nil {
		return fmt.Errorf("%s: %w", printable(name), err)
	}
	return nil
}

// parts are the parts of a Word document the reader uses.
type parts struct {
	document, styles, numbering, core string
}

// findParts finds the main document and its styles, numbering and core
// properties, or says what the package is instead.
func (p *pkg) findParts(ctx context.Context) (parts, error) {
	var ps parts
	rels, err := p.readRels(ctx, "")
	if err != nil {
		return ps, err
	}
	types, err := p.contentTypes(ctx)
	if err != nil {
		return ps, err
	}
	ps.document = findRel(rels, "officeDocument")
	ps.core = findRel(rels, "core-properties")
	if ps.core == "" {
		ps.core = "docprops/core.xml"
	}
	if ps.document != "" && p.has(ps.document) {
		if t := typeOf(types, ps.document); otherKind(t) != "" {
			return ps, notWord(p, t)
		}
	} else if p.has("word/document.xml") {
		ps.document = "word/document.xml"
	} else if ps.document != "" && isWordType(typeOf(types, ps.document)) || p.hasUnder("word/") {
		return ps, fmt.Errorf("%w: a Word package without its document part (%s)", format.ErrCorrupt, printable(orDefault(ps.document, "word/document.xml")))
	} else {
		return ps, notWord(p, typeOf(types, ps.document))
	}
	docRels, err := p.readRels(ctx, ps.document)
	if err != nil {
		return ps, err
	}
	dir := path.Dir(ps.document)
	ps.styles = orDefault(findRel(docRels, "styles"), path.Join(dir, "styles.xml"))
	ps.numbering = orDefault(findRel(docRels, "numbering"), path.Join(dir, "numbering.xml"))
	return ps, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// isWordType reports whether a content type is a Word main document:
// .docx, .docm, .dotx, .dotm, or the strict-schema forms of these.
func isWordType(t string) bool {
	return strings.Contains(t, "wordprocessingml") || strings.HasPrefix(t, "application/vnd.ms-word.")
}

// utf8Reader passes UTF-8 through and converts a part written in UTF-16,
// which the Open XML standard allows, after its byte-order mark.
func utf8Reader(r io.Reader) (io.Reader, error) {
	var head [2]byte
	n, err := io.ReadFull(r, head[:])
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return strings.NewReader(string(head[:n])), nil
	}
	if err != nil {
		return nil, err
	}
	switch {
	case head[0] == 0xFF && head[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Reader(r), nil
	case head[0] == 0xFE && head[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Reader(r), nil
	}
	return io.MultiReader(strings.NewReader(string(head[:])), r), nil
}
