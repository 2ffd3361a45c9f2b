package compare

// summarise counts the pairs and sentences of c.
func summarise(c *Comparison) Summary {
	var s Summary
	var all counts
	for _, p := range c.Pairs {
		switch p.Status {
		case StatusSame:
			s.Same++
		case StatusChanged:
			s.Changed++
		case StatusParallel:
			s.Parallel++
		case StatusOnlyA:
			s.OnlyA++
		case StatusOnlyB:
			s.OnlyB++
		}
		if p.Parent == -1 {
			all.add(p.sub)
		}
		for _, op := range p.Ops {
			switch {
			case op.Kind == OpSame:
				s.Unchanged++
				if op.Years {
					s.Years++
				}
			case op.Kind == OpChange:
				s.Edited++
			case op.Moved:
				if op.Kind == OpDel {
					s.Moved++ // once per move, not for both ends
				}
			case op.Kind == OpAdd:
				s.Added++
			case op.Kind == OpDel:
				s.Removed++
			}
		}
	}
	s.Similarity = roundSim(all.similarity())
	return s
}
