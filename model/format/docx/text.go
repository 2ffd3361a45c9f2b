package docx

import (
	"encoding/binary"
	"strconv"
	"unicode/utf8"
)

// appendText appends XML character data to dst: entities and character
// references resolved (unless cdata), line ends and other C0 controls made
// spaces, since a paragraph is one line and a line break in w:t shows as a
// space in Word. Tabs stay. An unknown named entity is kept as written:
// nothing a DTD declares is ever expanded.
func appendText(dst, src []byte, cdata bool) []byte {
	if plain(src, cdata) {
		return append(dst, src...)
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c >= 0x20 && (c != '&' || cdata) {
			continue
		}
		dst = append(dst, src[:i]...)
		src = src[i:]
		if c == '&' {
			var n int
			dst, n = appendEntity(dst, src)
			src = src[n:]
		} else {
			if c == '\t' {
				dst = append(dst, '\t')
			} else {
				dst = append(dst, ' ')
			}
			src = src[1:]
		}
		i = -1
	}
	return append(dst, src...)
}

// plain reports whether src has no control byte and (unless cdata) no
// '&', eight bytes at a time: text is most of a document.
func plain(src []byte, cdata bool) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	amp := uint64(ones * '&')
	if cdata {
		amp = 0 // ones*0 never matches: a zero byte is a control, found anyway
	}
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		control := (x - ones*0x20) & ^x & highs // some byte < 0x20
		y := x ^ amp
		isAmp := (y - ones) & ^y & highs // some byte == '&'
		if control|isAmp != 0 {
			return false
		}
	}
	for ; i < len(src); i++ {
		if c := src[i]; c < 0x20 || c == '&' && !cdata {
			return false
		}
	}
	return true
}

var namedEntities = map[string]byte{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\''}

// appendEntity decodes the reference at the start of src ("&…;") and
// returns how many bytes it used.
func appendEntity(dst, src []byte) ([]byte, int) {
	end := -1
	for i := 1; i < len(src) && i < 12; i++ {
		if src[i] == ';' {
			end = i
			break
		}
	}
	if end < 0 {
		return append(dst, '&'), 1
	}
	name := src[1:end]
	if len(name) > 1 && name[0] == '#' {
		r := charRef(name[1:])
		switch {
		case r < 0:
			return append(dst, src[:end+1]...), end + 1
		case r == '\t':
			return append(dst, '\t'), end + 1
		case r < 0x20:
			return append(dst, ' '), end + 1
		}
		return utf8.AppendRune(dst, rune(r)), end + 1
	}
	if c, ok := namedEntities[string(name)]; ok {
		return append(dst, c), end + 1
	}
	return append(dst, src[:end+1]...), end + 1
}

// charRef parses the digits of &#…; (x for hex). It returns -1 when they
// are not a number, and U+FFFD for a number that is no character.
func charRef(s []byte) int {
	base := 10
	if s[0] == 'x' || s[0] == 'X' {
		base, s = 16, s[1:]
	}
	n, err := strconv.ParseUint(string(s), base, 32)
	if err != nil || len(s) == 0 {
		return -1
	}
	if n > utf8.MaxRune || !utf8.ValidRune(rune(n)) || n == 0 {
		return utf8.RuneError
	}
	return int(n)
}
