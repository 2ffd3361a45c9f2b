package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"fmt"
	"strings"
)

// testPDF writes PDF files for tests, object by object: the shapes real
// producers write (a classic xref table, or an xref stream with the plain
// objects in an object stream; Flate; encryption) and the broken ones.
type testPDF struct {
	objs    []string       // object n's dictionary or value is objs[n-1]
	data    map[int][]byte // stream data of stream objects
	pages   []int
	xrefStm bool // an xref stream, and the plain objects in an object stream
	crypt   *testCrypt
	info    map[string]string // document information, as text
}

const catalogNum, pagesNum = 1, 2

func newTestPDF() *testPDF {
	t := &testPDF{data: map[int][]byte{}, info: map[string]string{}}
	t.add("<</Type/Catalog/Pages 2 0 R>>")
	t.add("") // the page tree, written at the end
	return t
}

// add adds an object and returns its number.
func (t *testPDF) add(body string) int {
	t.objs = append(t.objs, body)
	return len(t.objs)
}

// addStream adds a stream; flate compresses it.
func (t *testPDF) addStream(dict string, data []byte, flate bool) int {
	if flate {
		data = deflate(data)
		dict = strings.Replace(dict, "<<", "<</Filter/FlateDecode", 1)
	}
	n := t.add(dict)
	t.data[n] = data
	return n
}

// page adds a page with its content and resources (a dictionary).
func (t *testPDF) page(content string, resources string) int {
	c := t.addStream("<<>>", []byte(content), true)
	n := t.add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources %s/Contents %d 0 R>>", resources, c))
	t.pages = append(t.pages, n)
	return n
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// bytes writes the file.
func (t *testPDF) bytes() []byte {
	kids := ""
	for _, p := range t.pages {
		kids += fmt.Sprintf("%d 0 R ", p)
	}
	if t.objs[pagesNum-1] == "" {
		t.objs[pagesNum-1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", kids, len(t.pages))
	}
	trailer := fmt.Sprintf("/Root %d 0 R/ID[<%x><%x>]", catalogNum, testID, testID)
	if len(t.info) > 0 {
		trailer += fmt.Sprintf("/Info %d 0 R", t.add(t.infoDict(len(t.objs)+1)))
	}
	if t.crypt != nil {
		trailer += fmt.Sprintf("/Encrypt %d 0 R", t.add(t.crypt.dict()))
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
	if t.xrefStm {
		t.writeCompressed(&out, trailer)
	} else {
		t.writeClassic(&out, trailer)
	}
	return out.Bytes()
}

var testID = []byte("0123456789abcdef")

// infoDict writes the information dictionary as object num.
func (t *testPDF) infoDict(num int) string {
	var b strings.Builder
	b.WriteString("<<")
	for _, k := range []string{"Title", "Author", "CreationDate"} {
		if v, ok := t.info[k]; ok {
			s := []byte(v)
			if k != "CreationDate" {
				s = utf16Text(v)
			}
			if t.crypt != nil && !t.xrefStm { // in an object stream only the stream is encrypted
				s = t.crypt.encrypt(s, num)
			}
			fmt.Fprintf(&b, "/%s<%x>", k, s)
		}
	}
	b.WriteString(">>")
	return b.String()
}

// utf16Text writes a text string as UTF-16BE with a byte order mark.
func utf16Text(s string) []byte {
	out := []byte{0xFE, 0xFF}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			out = append(out, byte(hi>>8), byte(hi), byte(lo>>8), byte(lo))
			continue
		}
		out = append(out, byte(r>>8), byte(r))
	}
	return out
}

func (t *testPDF) object(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d 0 obj\n", n)
	body := t.objs[n-1]
	if data, ok := t.data[n]; ok {
		if t.crypt != nil {
			data = t.crypt.encrypt(data, n)
		}
		body = strings.Replace(body, "<<", fmt.Sprintf("<</Length %d", len(data)), 1)
		fmt.Fprintf(&b, "%s\nstream\n%s\nendstream", body, data)
	} else {
		b.WriteString(body)
	}
	b.WriteString("\nendobj\n")
	return b.Bytes()
}

func (t *testPDF) writeClassic(out *bytes.Buffer, trailer string) {
	offs := make([]int, len(t.objs)+1)
	for n := 1; n <= len(t.objs); n++ {
		offs[n] = out.Len()
		out.Write(t.object(n))
	}
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(t.objs)+1)
	for n := 1; n <= len(t.objs); n++ {
		fmt.Fprintf(out, "%010d 00000 n \n", offs[n])
	}
	fmt.Fprintf(out, "trailer\n<</Size %d%s>>\nstartxref\n%d\n%%%%EOF\n", len(t.objs)+1, trailer, xref)
}

// writeCompressed puts the plain objects (not the encryption dictionary)
// in an object stream and writes an xref stream.
func (t *testPDF) writeCompressed(out *bytes.Buffer, trailer string) {
	var packed []int
	var head, body bytes.Buffer
	for n := 1; n <= len(t.objs); n++ {
		if _, isStream := t.data[n]; !isStream && !(t.crypt != nil && n == len(t.objs)) {
			fmt.Fprintf(&head, "%d %d ", n, body.Len())
			body.WriteString(t.objs[n-1] + "\n")
			packed = append(packed, n)
		}
	}
	stm := t.add(fmt.Sprintf("<</Type/ObjStm/N %d/First %d>>", len(packed), head.Len()))
	t.data[stm] = deflate(append(head.Bytes(), body.Bytes()...))
	t.objs[stm-1] = strings.Replace(t.objs[stm-1], "<<", "<</Filter/FlateDecode", 1)
	kind := map[int]int{}
	for i, n := range packed {
		kind[n] = i + 1
	}
	offs := map[int]int{}
	for n := 1; n <= len(t.objs); n++ {
		if kind[n] == 0 {
			offs[n] = out.Len()
			out.Write(t.object(n))
		}
	}
	xrefNum := len(t.objs) + 1
	offs[xrefNum] = out.Len()
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xFF, 0xFF})
	for n := 1; n <= xrefNum; n++ {
		if k := kind[n]; k > 0 {
			rows.Write([]byte{2, 0, 0, byte(stm >> 8), byte(stm), 0, byte(k - 1)})
		} else {
			o := offs[n]
			rows.Write([]byte{1, byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o), 0, 0})
		}
	}
	data := deflate(rows.Bytes())
	fmt.Fprintf(out, "%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Filter/FlateDecode/Length %d%s>>\nstream\n%s\nendstream\nendobj\n",
		xrefNum, xrefNum+1, len(data), trailer, data)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", offs[xrefNum])
}

// testCrypt encrypts a test file with the standard security handler.
type testCrypt struct {
	kind        string // "rc4" (V2 R3), "aesv2" (V4 R4), "aesv3" (V5 R6)
	user, owner string
	key         []byte
	o, u        []byte
	oe, ue      []byte
}

const testP = -4

func newTestCrypt(kind, user, owner string) *testCrypt {
	c := &testCrypt{kind: kind, user: user, owner: owner}
	if kind == "aesv3" {
		c.key = []byte("0123456789abcdef0123456789ABCDEF")
		uvs, uks, ovs, oks := []byte("uvsaltAA"), []byte("uksaltBB"), []byte("ovsaltCC"), []byte("oksaltDD")
		c.u = append(append(hash2B(6, []byte(user), uvs, nil), uvs...), uks...)
		c.ue = aesWrap(hash2B(6, []byte(user), uks, nil), c.key)
		c.o = append(append(hash2B(6, []byte(owner), ovs, c.u), ovs...), oks...)
		c.oe = aesWrap(hash2B(6, []byte(owner), oks, c.u), c.key)
		return c
	}
	s := md5.Sum(pad([]byte(owner)))
	ok := s[:]
	for range 50 {
		s = md5.Sum(ok)
		ok = s[:]
	}
	c.o = make([]byte, 32)
	rc4XOR(ok, c.o, pad([]byte(user)))
	for i := 1; i <= 19; i++ {
		k := make([]byte, 16)
		for j := range k {
			k[j] = ok[j] ^ byte(i)
		}
		rc4XOR(k, c.o, c.o)
	}
	pv := int32(testP)
	p := uint32(pv)
	h := md5.New()
	h.Write(pad([]byte(user)))
	h.Write(c.o)
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write(testID)
	key := h.Sum(nil)
	for range 50 {
		s := md5.Sum(key[:16])
		key = s[:]
	}
	c.key = key[:16]
	h = md5.New()
	h.Write(padding)
	h.Write(testID)
	u := h.Sum(nil)
	for i := range 20 {
		k := make([]byte, 16)
		for j := range k {
			k[j] = c.key[j] ^ byte(i)
		}
		rc4XOR(k, u, u)
	}
	c.u = append(u, make([]byte, 16)...)
	return c
}

func aesWrap(k, data []byte) []byte {
	b, _ := aes.NewCipher(k)
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(b, make([]byte, 16)).CryptBlocks(out, data)
	return out
}

func (c *testCrypt) dict() string {
	switch c.kind {
	case "rc4":
		return fmt.Sprintf("<</Filter/Standard/V 2/R 3/Length 128/P %d/O<%x>/U<%x>>>", testP, c.o, c.u)
	case "aesv2":
		return fmt.Sprintf("<</Filter/Standard/V 4/R 4/Length 128/P %d/O<%x>/U<%x>"+
			"/CF<</StdCF<</CFM/AESV2/AuthEvent/DocOpen/Length 16>>>>/StmF/StdCF/StrF/StdCF>>", testP, c.o, c.u)
	}
	return fmt.Sprintf("<</Filter/Standard/V 5/R 6/Length 256/P %d/O<%x>/U<%x>/OE<%x>/UE<%x>"+
		"/CF<</StdCF<</CFM/AESV3/AuthEvent/DocOpen/Length 32>>>>/StmF/StdCF/StrF/StdCF>>", testP, c.o, c.u, c.oe, c.ue)
}

// encrypt encrypts the data of object num.
func (c *testCrypt) encrypt(data []byte, num int) []byte {
	if c.kind == "rc4" {
		out := make([]byte, len(data))
		rc4XOR((&crypt{key: c.key, v: 2}).objectKey(ref{uint32(num), 0}, false), out, data)
		return out
	}
	key := c.key
	if c.kind == "aesv2" {
		key = (&crypt{key: c.key, v: 4}).objectKey(ref{uint32(num), 0}, true)
	}
	n := 16 - len(data)%16
	plain := append(append([]byte{}, data...), bytes.Repeat([]byte{byte(n)}, n)...)
	iv := []byte("initialvector!!!")
	b, _ := aes.NewCipher(key)
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, plain)
	return append(append([]byte{}, iv...), out...)
}
