// Command gencorpus writes a synthetic corpus of report files for benchmarks:
//
//	go run ./model/internal/corpus/gencorpus -size 100 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"baogao/model/internal/corpus"
)

func main() {
	size := flag.Int("size", 100, "total size in MB")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-size MB] DIR")
		os.Exit(2)
	}
	n, err := corpus.WriteDir(flag.Arg(0), *size<<20)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d files\n", n)
}
