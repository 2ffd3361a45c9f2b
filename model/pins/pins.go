package pins

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"baogao/model"
)

// Unpaired is how a pair names the side a section is kept unpaired from.
const Unpaired = "-"

// maxFile bounds what Load reads: a reader pairs a few sections by hand per
// comparison, a few dozen bytes each.
const maxFile = 4 << 20

// maxPairs bounds the pairs kept for one pair of reports.
const maxPairs = 1000

// Pair is a hand pair: A's section path and B's; one may be Unpaired.
type Pair struct {
	A string `json:"a"`
	B string `json:"b"`
}

// String is the pair as --pair takes it: "2.4=1.3".
func (p Pair) String() string { return p.A + "=" + p.B }

// Parse reads a pair written as --pair takes it: "2.4=1.3", "2.4=-"
// (keep A's 2.4 unpaired) or "-=1.3".
func Parse(spec string) (Pair, error) {
	a, b, ok := strings.Cut(spec, "=")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case !ok || a == "" || b == "":
		return Pair{}, fmt.Errorf("a pair is A=B, section paths as outline prints them (2.4=1.3, or 2.4=- to unpair), not %q", spec)
	case a == Unpaired && b == Unpaired:
		return Pair{}, fmt.Errorf("a pair needs a section on one side at least, not %q", spec)
	}
	return Pair{a, b}, nil
}

// Key identifies a report by its text: the first 16 bytes of the SHA-256
// of model.Report.Text, in hex.
func Key(r *model.Report) string {
	sum := sha256.Sum256([]byte(r.Text()))
	return hex.EncodeToString(sum[:16])
}

// Dir is the user's state directory for baogao (see the package comment).
func Dir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "baogao"), nil
	}
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "baogao"), nil
		}
		return "", errors.New("%LocalAppData% is not set")
	case "darwin", "ios":
		d, err := os.UserConfigDir() // ~/Library/Application Support
		if err != nil {
			return "", err
		}
		return filepath.Join(d, "baogao"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "baogao"), nil
}

// Store is the pins file.
type Store struct{ path string }

// Open returns the store in the user's state directory; nothing is read
// or created until Load or Save.
func Open() (*Store, error) {
	d, err := Dir()
	if err != nil {
		return nil, err
	}
	return At(filepath.Join(d, "pins.json")), nil
}

// At is the store in the file path.
func At(path string) *Store { return &Store{path: path} }

// Path is the file the store keeps its pairs in.
func (s *Store) Path() string { return s.path }

// file is the JSON form of the store: pairs by "keyA keyB".
type file struct {
	Version int               `json:"version"`
	Pairs   map[string][]Pair `json:"pairs"`
}

func (s *Store) read() (file, error) {
	f := file{Version: 1, Pairs: map[string][]Pair{}}
	in, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, err
	}
	defer in.Close()
	b, err := io.ReadAll(io.LimitReader(in, maxFile+1))
	if err != nil {
		return f, err
	}
	if len(b) > maxFile {
		return f, fmt.Errorf("%s: larger than %d bytes", s.path, maxFile)
	}
	var got file
	if json.Unmarshal(b, &got) != nil || got.Pairs == nil {
		return f, nil // unreadable: start afresh
	}
	got.Version = 1
	return got, nil
}

// Load returns the pairs kept for reports a and b (by Key), A's path
// first; pairs kept for b and a are returned swapped.
func (s *Store) Load(a, b string) ([]Pair, error) {
	f, err := s.read()
	if err != nil {
		return nil, err
	}
	if ps, ok := f.Pairs[a+" "+b]; ok {
		return clean(ps), nil
	}
	var out []Pair
	for _, p := range f.Pairs[b+" "+a] {
		out = append(out, Pair{p.B, p.A})
	}
	return clean(out), nil
}

// clean drops malformed pairs and bounds their number.
func clean(ps []Pair) []Pair {
	var out []Pair
	for _, p := range ps {
		if p.A == "" || p.B == "" || p.A == Unpaired && p.B == Unpaired {
			continue
		}
		out = append(out, p)
	}
	return out[:min(len(out), maxPairs)]
}

// Save keeps ps as the pairs of reports a and b (an empty ps forgets
// them), replacing those kept for b and a.
func (s *Store) Save(a, b string, ps []Pair) error {
	f, err := s.read()
	if err != nil {
		return err
	}
	delete(f.Pairs, b+" "+a)
	if ps = clean(ps); len(ps) == 0 {
		delete(f.Pairs, a+" "+b)
	} else {
		f.Pairs[a+" "+b] = ps
	}
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".pins-*.json")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(append(data, '\n'))
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return errors.Join(werr, cerr)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// Resolve turns pairs of paths into pairs of sections of ra and rb, for
// compare.Options.Pins. A path a report lacks is an error naming it.
func Resolve(ra, rb *model.Report, ps []Pair) ([][2]*model.Section, error) {
	var out [][2]*model.Section
	var errs []error
	find := func(r *model.Report, side, path string) *model.Section {
		if path == Unpaired {
			return nil
		}
		s := r.FindPath(path)
		if s == nil {
			errs = append(errs, fmt.Errorf("%s (%s) has no section %q", side, r.ID, path))
		}
		return s
	}
	for _, p := range ps {
		a, b := find(ra, "A", p.A), find(rb, "B", p.B)
		if (a == nil) != (p.A == Unpaired) || (b == nil) != (p.B == Unpaired) {
			continue
		}
		out = append(out, [2]*model.Section{a, b})
	}
	return out, errors.Join(errs...)
}

// FromSections is the inverse of Resolve: pins as paths, sorted.
func FromSections(pins [][2]*model.Section) []Pair {
	path := func(s *model.Section) string {
		if s == nil {
			return Unpaired
		}
		return s.Path
	}
	out := make([]Pair, 0, len(pins))
	for _, p := range pins {
		if p[0] == nil && p[1] == nil {
			continue
		}
		out = append(out, Pair{path(p[0]), path(p[1])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Merge applies over to base: a pair of over replaces the pairs of base
// that name the same A or B section.
func Merge(base, over []Pair) []Pair {
	var out []Pair
	for _, p := range base {
		kept := true
		for _, q := range over {
			if p.A != Unpaired && p.A == q.A || p.B != Unpaired && p.B == q.B {
				kept = false
			}
		}
		if kept {
			out = append(out, p)
		}
	}
	return append(out, over...)
}
