package docx

import (
	"bytes"
)

// Names, attributes and namespaces of start tags.

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// parseTag reads a start tag's name and resolves its prefix. Attributes
// are parsed when first asked for (most elements are never asked), except
// in a tag that declares namespaces, which must be bound first. So a
// malformed attribute is an error only where the reader looks: the
// properties it does not read are not checked.
func (s *scanner) parseTag(tag []byte) error {
	i := 0
	for i < len(tag) && !isSpace(tag[i]) {
		i++
	}
	name := tag[:i]
	if len(name) == 0 {
		return errMalformed
	}
	s.rawAttrs, s.attrsRead = tag[i:], false
	s.attrs = s.attrs[:0]
	if bytes.Contains(s.rawAttrs, []byte("xmlns")) {
		if err := s.readAttrs(); err != nil {
			return err
		}
	}
	prefix, local := splitName(name)
	s.local = local
	s.ns = s.lookup(prefix)
	return nil
}

// readAttrs parses the attributes of the current start tag, binding the
// namespaces it declares.
func (s *scanner) readAttrs() error {
	s.attrsRead = true
	tag := s.rawAttrs
	for i := 0; ; {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i == len(tag) {
			break
		}
		j := i
		for j < len(tag) && tag[j] != '=' && !isSpace(tag[j]) {
			j++
		}
		aname := tag[i:j]
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j == len(tag) || tag[j] != '=' {
			return errMalformed
		}
		j++
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j == len(tag) || (tag[j] != '"' && tag[j] != '\'') {
			return errMalformed
		}
		k := bytes.IndexByte(tag[j+1:], tag[j])
		if k < 0 {
			return errMalformed
		}
		value := tag[j+1 : j+1+k]
		i = j + 2 + k
		prefix, local := splitName(aname)
		if s.declare(prefix, local, value) {
			continue
		}
		// The prefix is kept in ns until all declarations are bound.
		s.attrs = append(s.attrs, attr{local: local, value: value, prefix: prefix})
	}
	for k := range s.attrs {
		switch p := s.attrs[k].prefix; {
		case len(p) == 0:
			s.attrs[k].ns = nsNone
		case string(p) == "xml":
			s.attrs[k].ns = nsXML
		default:
			s.attrs[k].ns = s.lookup(p)
		}
	}
	return nil
}

// declare binds a namespace if the attribute is xmlns or xmlns:p.
func (s *scanner) declare(prefix, local, value []byte) bool {
	var p string
	switch {
	case len(prefix) == 0 && string(local) == "xmlns":
		p = ""
	case string(prefix) == "xmlns":
		p = string(local)
	default:
		return false
	}
	ns, ok := knownNS[string(value)]
	if !ok {
		ns = nsOther
		if len(value) == 0 && p == "" {
			ns = nsNone // xmlns="" undeclares the default namespace
		}
	}
	s.binds = append(s.binds, binding{prefix: p, ns: ns, depth: s.depth})
	s.cacheOK = false
	return true
}

func splitName(name []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[:i], name[i+1:]
	}
	return nil, name
}

// lookup resolves an element prefix ("" for the default namespace). The
// last answer is cached: most elements share one prefix.
func (s *scanner) lookup(prefix []byte) nsID {
	if s.cacheOK && string(prefix) == string(s.cachePrefix[:s.cacheLen]) {
		return s.cacheNS
	}
	ns := nsNone
	if len(prefix) > 0 {
		ns = nsOther
	}
	for i := len(s.binds) - 1; i >= 0; i-- {
		if s.binds[i].prefix == string(prefix) {
			ns = s.binds[i].ns
			break
		}
	}
	if len(prefix) <= len(s.cachePrefix) {
		s.cacheLen = copy(s.cachePrefix[:], prefix)
		s.cacheNS, s.cacheOK = ns, true
	}
	return ns
}

// attr returns the raw value of the attribute local in namespace ns of the
// current start tag. Unprefixed attributes match too: some writers leave
// the w: off.
func (s *scanner) attr(local string) ([]byte, bool) {
	if !s.attrsRead {
		if err := s.readAttrs(); err != nil {
			s.err = cmpErr(s.err, err) // a tag read is a tag that must be well formed
			return nil, false
		}
	}
	for _, a := range s.attrs {
		if (a.ns == nsW || a.ns == nsNone) && string(a.local) == local {
			return a.value, true
		}
	}
	return nil, false
}

// attrString is attr unescaped, "" when absent.
func (s *scanner) attrString(local string) string {
	v, ok := s.attr(local)
	if !ok {
		return ""
	}
	if plain(v, false) {
		return string(v)
	}
	return string(appendText(nil, v, false)) // resolved, controls made spaces
}
