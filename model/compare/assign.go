// The assignment problem behind section pairing: the pairing of most total
// score, solved exactly (Hungarian method) for the sizes reports have.

package compare

import "math"

// assign solves the assignment problem for a rectangular profit matrix
// (rows × cols, profits ≥ 0) and returns for each row its column, or -1.
// It is the O(n²m) Hungarian method with potentials (after Kuhn and
// Munkres, in the compact form of e-maxx), minimising the negated profit.
func assign(profit [][]float64) []int {
	rows := len(profit)
	if rows == 0 {
		return nil
	}
	cols := len(profit[0])
	transposed := rows > cols
	if transposed { // the method wants rows ≤ cols
		profit, rows, cols = transpose(profit), cols, rows
	}
	const inf = math.MaxFloat64 / 4
	var (
		u   = make([]float64, rows+1) // row potentials (1-based)
		v   = make([]float64, cols+1) // column potentials
		p   = make([]int, cols+1)     // p[j]: row assigned to column j, 0 = none
		way = make([]int, cols+1)     // way[j]: previous column on the augmenting path
	)
	for i := 1; i <= rows; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, cols+1)
		used := make([]bool, cols+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= cols; j++ {
				if used[j] {
					continue
				}
				cur := -profit[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	return rowsToColumns(p, len(profit), cols, transposed)
}

// rowsToColumns turns the method's column → row assignment p (1-based, 0 =
// none) into each original row's column, -1 when it has none; transposed
// says the method ran on the transposed matrix.
func rowsToColumns(p []int, rows, cols int, transposed bool) []int {
	out := make([]int, rows)
	if transposed {
		out = make([]int, cols)
	}
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= cols; j++ {
		if p[j] == 0 {
			continue
		}
		if transposed {
			out[j-1] = p[j] - 1
		} else {
			out[p[j]-1] = j - 1
		}
	}
	return out
}

// transpose returns the transpose of a rectangular matrix.
func transpose(m [][]float64) [][]float64 {
	t := make([][]float64, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}
