package chainspec

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestL1GenesisHoldsConstructorStorage(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 2)
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	sys := g.Alloc[dc.SystemConfigAddress]
	signerSlot := common.HexToHash("0x65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08")
	if got := common.BytesToAddress(sys.Storage[signerSlot].Bytes()); got != dc.UnsafeBlockSigner {
		t.Fatalf("unsafe block signer slot holds %s, want %s", got, dc.UnsafeBlockSigner)
	}
	if got := common.BytesToAddress(sys.Storage[common.Hash{}].Bytes()); got != dc.SystemConfigOwner {
		t.Fatalf("owner slot holds %s, want %s", got, dc.SystemConfigOwner)
	}
}
