// Package parallel is the one worker pool of the model packages: loading
// files, folding reports into a search index, building its postings and
// searching it all hand out indices to one worker per CPU this way.
package parallel
