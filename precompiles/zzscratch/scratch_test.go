package zzscratch

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	bn256 "github.com/ethereum/go-ethereum/crypto/bn256/cloudflare"
)

func measure(p vm.PrecompiledContract, in []byte) (float64, uint64) {
	gas := p.RequiredGas(in)
	n := 0
	start := time.Now()
	for time.Since(start) < 200*time.Millisecond {
		_ = p.RequiredGas(in)
		_, _ = p.Run(in)
		n++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n) / float64(gas), gas
}

func w(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

func TestGeth(t *testing.T) {
	set := vm.PrecompiledContractsPrague
	// ecrecover
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256([]byte("x"))
	sig, _ := crypto.Sign(h, key)
	in := append(append(append(append([]byte{}, h...), w(uint64(sig[64])+27)...), sig[:32]...), sig[32:64]...)
	r, g := measure(set[common.BytesToAddress([]byte{1})], in)
	fmt.Printf("ecrecover %.1f ns/gas (gas %d)\n", r, g)
	// modexp grid
	best := 0.0
	var bestDesc string
	for _, ml := range []int{1, 8, 16, 32, 64, 128, 256, 512} {
		for _, el := range []int{1, 8, 16, 32, 64, 128, 256} {
			base := make([]byte, ml)
			mod := make([]byte, ml)
			exp := bytes.Repeat([]byte{0xff}, el)
			rand.Read(base)
			rand.Read(mod)
			mod[ml-1] |= 1
			in := append(append(append(append(append(w(uint64(ml)), w(uint64(el))...), w(uint64(ml))...), base...), exp...), mod...)
			r, g := measure(set[common.BytesToAddress([]byte{5})], in)
			if r > best {
				best, bestDesc = r, fmt.Sprintf("ml=%d el=%d gas=%d", ml, el, g)
			}
		}
	}
	fmt.Printf("modexp worst %.1f ns/gas (%s)\n", best, bestDesc)
	// pairing
	for k := 1; k <= 4; k++ {
		var in []byte
		for i := 0; i < k; i++ {
			_, g1, _ := bn256.RandomG1(rand.Reader)
			_, g2, _ := bn256.RandomG2(rand.Reader)
			in = append(in, g1.Marshal()...)
			in = append(in, g2.Marshal()...)
		}
		r, g := measure(set[common.BytesToAddress([]byte{8})], in)
		fmt.Printf("pairing k=%d %.1f ns/gas (gas %d)\n", k, r, g)
	}
	for _, rounds := range []uint32{1, 12, 1000} {
		in := make([]byte, 213)
		binary.BigEndian.PutUint32(in, rounds)
		in[212] = 1
		r, g := measure(set[common.BytesToAddress([]byte{9})], in)
		fmt.Printf("blake2f rounds=%d %.1f ns/gas (gas %d)\n", rounds, r, g)
	}
}
