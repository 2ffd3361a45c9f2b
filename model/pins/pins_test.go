package pins

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"baogao/model"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Pair
		ok   bool
	}{
		{"2.4=1.3", Pair{"2.4", "1.3"}, true},
		{" 2.4 = - ", Pair{"2.4", "-"}, true},
		{"-=1", Pair{"-", "1"}, true},
		{"-=-", Pair{}, false},
		{"2.4", Pair{}, false},
		{"=1", Pair{}, false},
	} {
		got, err := Parse(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Parse(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// TestStore: pairs saved for (a, b) load for (a, b) and, swapped, for
// (b, a); saving for (b, a) replaces them; an empty save forgets them; a
// damaged file reads as empty and is replaced whole.
func TestStore(t *testing.T) {
	s := At(filepath.Join(t.TempDir(), "state", "pins.json"))
	if ps, err := s.Load("a", "b"); err != nil || len(ps) != 0 {
		t.Fatalf("empty store: %v %v", ps, err)
	}
	want := []Pair{{"2.4", "1.3"}, {"3", "-"}}
	if err := s.Save("a", "b", want); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Load("a", "b"); !reflect.DeepEqual(ps, want) {
		t.Errorf("load: %v", ps)
	}
	if ps, _ := s.Load("b", "a"); !reflect.DeepEqual(ps, []Pair{{"1.3", "2.4"}, {"-", "3"}}) {
		t.Errorf("swapped: %v", ps)
	}
	if err := s.Save("b", "a", []Pair{{"1", "2"}}); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Load("a", "b"); !reflect.DeepEqual(ps, []Pair{{"2", "1"}}) {
		t.Errorf("after the swapped save: %v", ps)
	}
	if err := s.Save("a", "b", nil); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Load("b", "a"); len(ps) != 0 {
		t.Errorf("forgotten pairs: %v", ps)
	}
	if err := os.WriteFile(s.Path(), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if ps, err := s.Load("a", "b"); err != nil || len(ps) != 0 {
		t.Errorf("damaged file: %v %v", ps, err)
	}
	if err := s.Save("a", "b", want); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Load("a", "b"); !reflect.DeepEqual(ps, want) {
		t.Errorf("after replacing the damaged file: %v", ps)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path()), ".pins-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/x/state")
	if d, err := Dir(); err != nil || d != filepath.Join("/x/state", "baogao") {
		t.Errorf("XDG_STATE_HOME: %q %v", d, err)
	}
	t.Setenv("XDG_STATE_HOME", "relative") // not absolute: ignored, as the spec says
	d, err := Dir()
	if runtime.GOOS == "linux" && (err != nil || filepath.Base(filepath.Dir(d)) != "state") {
		t.Errorf("default: %q %v", d, err)
	}
}

func TestResolveAndKey(t *testing.T) {
	ra := model.Parse("a", "标题\n一、甲\n（一）子\n正文。\n二、乙\n正文。\n")
	rb := model.Parse("b", "标题\n一、丙\n正文。\n")
	pins, err := Resolve(ra, rb, []Pair{{"1.1", "1"}, {"2", "-"}, {"9", "1"}})
	if err == nil || len(pins) != 2 || pins[0][0] != ra.FindPath("1.1") || pins[1][1] != nil {
		t.Errorf("Resolve: %v %v", pins, err)
	}
	if got := FromSections(pins); !reflect.DeepEqual(got, []Pair{{"1.1", "1"}, {"2", "-"}}) {
		t.Errorf("FromSections: %v", got)
	}
	if Key(ra) == Key(rb) || Key(ra) != Key(model.Parse("other-id", "标题\n一、甲\n（一）子\n正文。\n二、乙\n正文。\n")) {
		t.Error("Key must follow the text, not the ID")
	}
	if got := Merge([]Pair{{"1", "2"}, {"3", "4"}}, []Pair{{"1", "-"}}); !reflect.DeepEqual(got, []Pair{{"3", "4"}, {"1", "-"}}) {
		t.Errorf("Merge: %v", got)
	}
}
