package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"hash"
)

// ErrEncrypted is returned for a PDF that needs a password to open. Files
// with an empty user password (restrictions only, common on government
// portals) are decrypted and read.
var ErrEncrypted = errors.New("encrypted PDF (remove the password first)")

// crypt decrypts the strings and streams of a file protected by the
// standard security handler (RC4 and AES, revisions 2–6).
type crypt struct {
	key      []byte
	v        int64
	strAES   bool // strings: AES (else RC4)
	stmAES   bool // streams: AES (else RC4)
	strNone  bool // strings are not encrypted (Identity crypt filter)
	stmNone  bool
	metadata bool   // the XMP metadata stream is encrypted too
	encNum   uint32 // the Encrypt dictionary's own object, never encrypted
}

// padding is the password padding of the standard security handler.
var padding = []byte("\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08" +
	"\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A")

// setupCrypt authenticates with the empty password, as user or as owner.
func (f *file) setupCrypt(encObj object) error {
	enc := f.dictOf(encObj)
	if enc == nil || enc.name("Filter") != "Standard" {
		return ErrEncrypted
	}
	c := &crypt{metadata: true}
	if r, ok := encObj.(ref); ok {
		c.encNum = r.num
	}
	if b, ok := enc["EncryptMetadata"].(bool); ok {
		c.metadata = b
	}
	c.v, _ = enc["V"].(int64)
	rev, _ := enc["R"].(int64)
	o, _ := enc["O"].(string)
	u, _ := enc["U"].(string)
	p, _ := enc["P"].(int64)
	var id0 string
	if ids, ok := f.resolve(f.trailer["ID"]).(array); ok && len(ids) > 0 {
		id0, _ = f.resolve(ids[0]).(string)
	}
	c.methods(f, enc)
	var key []byte
	switch {
	case rev >= 5:
		key = aes256Key(enc, rev, o, u)
	case rev >= 2:
		key = rc4Key(enc, rev, []byte(o), []byte(u), uint32(p), []byte(id0), c.metadata)
	}
	if key == nil {
		return ErrEncrypted
	}
	c.key = key
	f.crypt = c
	f.cache = map[uint32]object{} // objects read before were still encrypted
	return nil
}

// methods reads which cipher strings and streams use.
func (c *crypt) methods(f *file, enc dict) {
	if c.v < 4 {
		return
	}
	cf := f.dictOf(enc["CF"])
	method := func(filter name) (aes, none bool) {
		if filter == "Identity" || filter == "" {
			return false, filter == "Identity"
		}
		switch f.dictOf(cf[filter]).name("CFM") {
		case "AESV2", "AESV3":
			return true, false
		case "None":
			return false, true
		}
		return false, false
	}
	c.strAES, c.strNone = method(enc.name("StrF"))
	c.stmAES, c.stmNone = method(enc.name("StmF"))
}

// rc4Key computes the file key for revisions 2–4 (algorithm 2) from the
// empty user password, or from the empty owner password (algorithm 7).
func rc4Key(enc dict, rev int64, o, u []byte, p uint32, id []byte, metadata bool) []byte {
	n := 5
	if rev >= 3 {
		if l, ok := enc["Length"].(int64); ok && l >= 40 && l <= 128 && l%8 == 0 {
			n = int(l / 8)
		} else {
			n = 16
		}
	}
	try := func(pw []byte) []byte {
		h := md5.New()
		h.Write(pad(pw))
		h.Write(o[:min(32, len(o))])
		h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
		h.Write(id)
		if rev >= 4 && !metadata {
			h.Write([]byte{0xFF, 0xFF, 0xFF, 0xFF})
		}
		key := h.Sum(nil)
		if rev >= 3 {
			for range 50 {
				s := md5.Sum(key[:n])
				key = s[:]
			}
		}
		key = key[:n]
		if checkUser(key, rev, u, id) {
			return key
		}
		return nil
	}
	if key := try(nil); key != nil {
		return key
	}
	return try(ownerToUser(rev, n, o))
}

// pad pads a password to 32 bytes.
func pad(pw []byte) []byte {
	return append(append([]byte{}, pw[:min(32, len(pw))]...), padding[:32-min(32, len(pw))]...)
}

// checkUser tests a file key against /U (algorithms 4 and 5).
func checkUser(key []byte, rev int64, u, id []byte) bool {
	if rev == 2 {
		out := make([]byte, 32)
		rc4XOR(key, out, padding)
		return bytes.Equal(out, u[:min(32, len(u))])
	}
	h := md5.New()
	h.Write(padding)
	h.Write(id)
	out := h.Sum(nil)
	for i := range 20 {
		k := make([]byte, len(key))
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		rc4XOR(k, out, out)
	}
	return len(u) >= 16 && bytes.Equal(out[:16], u[:16])
}

// ownerToUser recovers the user password from /O with the empty owner
// password (algorithm 7).
func ownerToUser(rev int64, n int, o []byte) []byte {
	s := md5.Sum(pad(nil))
	key := s[:]
	if rev >= 3 {
		for range 50 {
			s = md5.Sum(key)
			key = s[:]
		}
	}
	key = key[:n]
	out := append([]byte{}, o[:min(32, len(o))]...)
	if rev == 2 {
		rc4XOR(key, out, out)
		return out
	}
	for i := 19; i >= 0; i-- {
		k := make([]byte, n)
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		rc4XOR(k, out, out)
	}
	return out
}

func rc4XOR(key, dst, src []byte) {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return
	}
	c.XORKeyStream(dst, src)
}

// aes256Key computes the file key of revisions 5 and 6 from the empty
// password, as user or as owner.
func aes256Key(enc dict, rev int64, o, u string) []byte {
	ue, _ := enc["UE"].(string)
	oe, _ := enc["OE"].(string)
	if len(u) < 48 || len(o) < 48 {
		return nil
	}
	if bytes.Equal(hash2B(rev, nil, []byte(u[32:40]), nil), []byte(u[:32])) {
		return unwrapKey(hash2B(rev, nil, []byte(u[40:48]), nil), ue)
	}
	if bytes.Equal(hash2B(rev, nil, []byte(o[32:40]), []byte(u[:48])), []byte(o[:32])) {
		return unwrapKey(hash2B(rev, nil, []byte(o[40:48]), []byte(u[:48])), oe)
	}
	return nil
}

// unwrapKey decrypts /UE or /OE (AES-256, no IV) into the file key.
func unwrapKey(k []byte, e string) []byte {
	if len(e) < 32 {
		return nil
	}
	b, err := aes.NewCipher(k)
	if err != nil {
		return nil
	}
	out := []byte(e[:32])
	cipher.NewCBCDecrypter(b, make([]byte, 16)).CryptBlocks(out, out)
	return out
}

// hash2B is the password hash of revision 6 (algorithm 2.B); revision 5
// uses plain SHA-256.
func hash2B(rev int64, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if rev == 5 {
		return k
	}
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		k1 := bytes.Repeat(append(append(append([]byte{}, pw...), k...), udata...), 64)
		b, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(b, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
		}
		var hh hash.Hash
		switch sum % 3 {
		case 0:
			hh = sha256.New()
		case 1:
			hh = sha512.New384()
		default:
			hh = sha512.New()
		}
		hh.Write(e)
		k = hh.Sum(nil)
	}
	return k[:32]
}

// objectKey is the key for one object (algorithm 1); revisions 5 and 6 use
// the file key itself.
func (c *crypt) objectKey(id ref, aes bool) []byte {
	if c.v >= 5 {
		return c.key
	}
	h := md5.New()
	h.Write(c.key)
	h.Write([]byte{byte(id.num), byte(id.num >> 8), byte(id.num >> 16), byte(id.gen), byte(id.gen >> 8)})
	if aes {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(c.key)+5, 16)]
}

func (c *crypt) decrypt(data []byte, id ref, useAES bool) []byte {
	key := c.objectKey(id, useAES)
	if !useAES {
		out := make([]byte, len(data))
		rc4XOR(key, out, data)
		return out
	}
	if len(data) < 32 || len(data)%16 != 0 {
		if len(data) < 32 {
			return nil
		}
		data = data[:len(data)/16*16]
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data)-16)
	cipher.NewCBCDecrypter(b, data[:16]).CryptBlocks(out, data[16:])
	if n := int(out[len(out)-1]); n >= 1 && n <= 16 && n <= len(out) {
		out = out[:len(out)-n]
	}
	return out
}

// encrypts reports whether a stream's data is encrypted.
func (c *crypt) encrypts(st *stream) bool {
	switch {
	case c.stmNone, st.hdr.name("Type") == "XRef":
		return false
	case st.hdr.name("Type") == "Metadata" && !c.metadata:
		return false
	}
	return true
}

func (c *crypt) decryptStream(data []byte, id ref) []byte {
	return c.decrypt(data, id, c.stmAES)
}

// decryptStrings decrypts every string in an object read from the file.
func (c *crypt) decryptStrings(o object, id ref) object {
	if c.strNone {
		return o
	}
	switch v := o.(type) {
	case string:
		return string(c.decrypt([]byte(v), id, c.strAES))
	case array:
		for i := range v {
			v[i] = c.decryptStrings(v[i], id)
		}
	case dict:
		for k := range v {
			v[k] = c.decryptStrings(v[k], id)
		}
	case *stream:
		c.decryptStrings(v.hdr, id)
	}
	return o
}
