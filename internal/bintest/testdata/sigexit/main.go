// Command sigexit is bintest's test binary: it prints "ready", then exits 0
// on an interrupt, or at once with status 3 when given -fail.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	fail := flag.Bool("fail", false, "exit with status 3 at once")
	flag.Parse()
	if *fail {
		os.Exit(3)
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	fmt.Println("ready")
	<-sig
	fmt.Println("stopping")
}
