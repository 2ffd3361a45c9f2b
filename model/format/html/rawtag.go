package html

import "bytes"

// Tags are read from their raw bytes (Tokenizer.Raw) rather than with
// TagName and TagAttr, which copy every name and value they return: on a
// portal page, where every <p> and <span> carries a style, the copies
// cost as much as the rest of the walk. The names read are matched
// without case; the values are only searched (class, id, style), so
// entities in them need no decoding. <meta> content, which is kept,
// still comes from TagAttr.

// rawTagName returns the lower-cased name of the tag in raw ("<p …>",
// "</td>") in buf, and the bytes after the name.
func rawTagName(raw, buf []byte) (name, rest []byte) {
	raw = bytes.TrimPrefix(bytes.TrimPrefix(raw, []byte("<")), []byte("/"))
	end := 0
	for end < len(raw) && !isTagSpace(raw[end]) && raw[end] != '/' && raw[end] != '>' {
		end++
	}
	buf = append(buf[:0], raw[:end]...)
	lower(buf)
	return buf, raw[end:]
}

// nextRawAttr reads the next attribute from the rest of a raw tag. key is
// as written (match it with bytes.EqualFold); val is raw, without quotes.
func nextRawAttr(rest []byte) (key, val, after []byte, ok bool) {
	i := 0
	for i < len(rest) && (isTagSpace(rest[i]) || rest[i] == '/') {
		i++
	}
	if i == len(rest) || rest[i] == '>' {
		return nil, nil, nil, false
	}
	start := i
	for i < len(rest) && !isTagSpace(rest[i]) && rest[i] != '/' && rest[i] != '>' && (rest[i] != '=' || i == start) {
		i++
	}
	key = rest[start:i]
	for i < len(rest) && isTagSpace(rest[i]) {
		i++
	}
	if i == len(rest) || rest[i] != '=' {
		return key, nil, rest[i:], true
	}
	i++
	for i < len(rest) && isTagSpace(rest[i]) {
		i++
	}
	if i < len(rest) && (rest[i] == '"' || rest[i] == '\'') {
		q := rest[i]
		end := bytes.IndexByte(rest[i+1:], q)
		if end < 0 {
			return key, rest[i+1:], nil, true
		}
		return key, rest[i+1 : i+1+end], rest[i+2+end:], true
	}
	start = i
	for i < len(rest) && !isTagSpace(rest[i]) && rest[i] != '>' {
		i++
	}
	return key, rest[start:i], rest[i:], true
}

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
