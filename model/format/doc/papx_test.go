package doc

import "testing"

func TestApplySprms(t *testing.T) {
	grpprl := []byte{
		0x08, 0xD6, 0x05, 0x00, 1, 2, 3, 4, // sprmTDefTable: cb 5 → 4 more bytes
		0x15, 0xC6, 0x02, 9, 9, // sprmPChgTabs with a length byte
		0x16, 0x24, 0x01, // sprmPFInTable 1
		0x0A, 0x26, 0x02, // sprmPIlvl 2
		0x0B, 0x46, 0x03, 0x00, // sprmPIlfo 3
		0x40, 0x26, 0x01, // sprmPOutLvl 1 → level 2
		0x17, 0x24, 0x01, // sprmPFTtp
		0x49, 0x66, 0x01, 0x00, 0x00, 0x00, // sprmPItap 1
	}
	var p paraProps
	applySprms(&p, grpprl)
	want := paraProps{inTable: true, ttp: true, ilfo: 3, ilvl: 2, outLvl: 2, hasOutLvl: true}
	if p != want {
		t.Errorf("got %+v, want %+v", p, want)
	}
	// A truncated sprm stops the walk without reading past the end.
	var q paraProps
	applySprms(&q, []byte{0x16, 0x24, 0x01, 0x0B, 0x46, 0x03})
	if !q.inTable || q.ilfo != 0 {
		t.Errorf("truncated: %+v", q)
	}
}

func TestChgTabsSize(t *testing.T) {
	// cb 255: 2 deleted tabs (2+2 bytes each), 1 added (2+1 bytes).
	op := []byte{255, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}
	if n := chgTabsSize(op); n != len(op) {
		t.Errorf("size %d, want %d", n, len(op))
	}
	if n := chgTabsSize([]byte{255}); n != -1 {
		t.Errorf("truncated: %d", n)
	}
}

func TestHides(t *testing.T) {
	tests := []struct {
		grpprl []byte
		want   bool
	}{
		{[]byte{0x00, 0x08, 0x01}, true},                         // deleted
		{[]byte{0x3C, 0x08, 0x01}, true},                         // hidden
		{[]byte{0x3C, 0x08, 0x81}, true},                         // against the style
		{[]byte{0x3C, 0x08, 0x80}, false},                        // as the style
		{[]byte{0x3C, 0x08, 0x00}, false},                        // off
		{[]byte{0x01, 0x08, 0x01}, false},                        // inserted: shown
		{[]byte{0x30, 0x4A, 0x01, 0x00, 0x00, 0x08, 0x01}, true}, // after sprmCIstd
		{[]byte{0x00, 0x08}, false},                              // truncated
	}
	for _, tt := range tests {
		if got := hides(tt.grpprl); got != tt.want {
			t.Errorf("hides(% x) = %v", tt.grpprl, got)
		}
	}
}

func TestHiddenCursor(t *testing.T) {
	c := hiddenCursor{runs: hiddenRuns{{10, 20}, {30, 40}}}
	c.seek(0)
	var got []uint32
	for fc := uint32(0); fc < 50; fc += 5 {
		if c.hidden(fc) {
			got = append(got, fc)
		}
	}
	if len(got) != 4 || got[0] != 10 || got[1] != 15 || got[2] != 30 || got[3] != 35 {
		t.Errorf("hidden at %v", got)
	}
	c.seek(35)
	if !c.hidden(35) || c.hidden(40) {
		t.Error("after seek")
	}
}
