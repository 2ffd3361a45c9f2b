package check

import "slices"

func sortUint32(s []uint32) { slices.Sort(s) }
