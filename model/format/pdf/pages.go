package pdf

import (
	"fmt"
	"sort"
)

// maxPages bounds the pages read from one file: reports run to tens of
// pages, a volume of a yearbook to hundreds.
const maxPages = 5000

var errTooManyPages = fmt.Errorf("more than %d pages", maxPages)

// page is a leaf of the page tree with what it inherits.
type page struct {
	dict      dict
	resources dict
	box       [4]float64 // the visible area: CropBox, else MediaBox
	rotate    int        // 0, 90, 180 or 270
}

// inherited are the attributes a page takes from its ancestors.
type inherited struct {
	resources dict
	media     array
	crop      array
	rotate    int64
}

// pages walks the page tree in order. A node seen twice (a loop) is
// skipped; a tree that yields nothing falls back to every /Type /Page
// object in the file.
func (f *file) pages() ([]page, error) {
	root := f.dictOf(f.trailer["Root"])
	var out []page
	seen := map[uint32]bool{}
	var walk func(o object, in inherited, depth int) error
	walk = func(o object, in inherited, depth int) error {
		if r, ok := o.(ref); ok {
			if seen[r.num] {
				return nil
			}
			seen[r.num] = true
		}
		node := f.dictOf(o)
		if node == nil || depth > maxDepth {
			return nil
		}
		if err := f.ctx.Err(); err != nil {
			return err
		}
		in = f.inherit(node, in)
		kids, isTree := f.resolve(node["Kids"]).(array)
		if !isTree || node.name("Type") == "Page" {
			if len(out) == maxPages {
				return errTooManyPages
			}
			out = append(out, makePage(node, in))
			return nil
		}
		for _, k := range kids {
			if err := walk(k, in, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root["Pages"], inherited{}, 0); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return f.loosePages()
	}
	return out, nil
}

func (f *file) inherit(node dict, in inherited) inherited {
	if r := f.dictOf(node["Resources"]); r != nil {
		in.resources = r
	}
	if m, ok := f.resolve(node["MediaBox"]).(array); ok {
		in.media = m
	}
	if c, ok := f.resolve(node["CropBox"]).(array); ok {
		in.crop = c
	}
	if r, ok := f.resolve(node["Rotate"]).(int64); ok {
		in.rotate = r
	}
	return in
}

func makePage(node dict, in inherited) page {
	p := page{dict: node, resources: in.resources, box: [4]float64{0, 0, 595, 842}}
	box := in.crop
	if len(box) != 4 {
		box = in.media
	}
	if len(box) == 4 && isNum(box[0]) && isNum(box[1]) && isNum(box[2]) && isNum(box[3]) {
		x0, y0, x1, y1 := num(box[0]), num(box[1]), num(box[2]), num(box[3])
		if x1 != x0 && y1 != y0 {
			p.box = [4]float64{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
		}
	}
	p.rotate = int((in.rotate%360 + 360) % 360 / 90 * 90)
	return p
}

// loosePages finds the page objects of a file whose page tree is broken,
// in object-number order.
func (f *file) loosePages() ([]page, error) {
	var nums []uint32
	for n := range f.xref {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	var out []page
	for i, n := range nums {
		if i%256 == 0 && f.ctx.Err() != nil {
			return nil, f.ctx.Err()
		}
		d, ok := f.get(ref{num: n}).(dict)
		if !ok || d.name("Type") != "Page" {
			continue
		}
		if len(out) == maxPages {
			return nil, errTooManyPages
		}
		out = append(out, makePage(d, f.inherit(d, inherited{})))
	}
	return out, nil
}

// contents returns the page's content streams.
func (f *file) contents(p page) []*stream {
	switch v := f.resolve(p.dict["Contents"]).(type) {
	case *stream:
		return []*stream{v}
	case array:
		var out []*stream
		for _, o := range v {
			if st, ok := f.resolve(o).(*stream); ok {
				out = append(out, st)
			}
		}
		return out
	}
	return nil
}
